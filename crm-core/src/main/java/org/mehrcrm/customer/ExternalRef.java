package org.mehrcrm.customer;

import org.mehrcrm.kernel.Ids;

/**
 * The identifier a host system gives a customer, so the host can find it again.
 *
 * <p>Example: {@code ExternalRef.of("sap", "0000104711")}. A customer holds at most one
 * reference per system, and no two customers hold the same one. Immutable and thread-safe.
 *
 * @param system the host system's code, e.g. {@code "sap"}
 * @param id the customer's identifier in that system
 */
public record ExternalRef(String system, String id) {

  /**
   * Validates the parts.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if the system is not a code or the id is
   *     not a valid identifier
   */
  public ExternalRef {
    Codes.requireCode(system, "externalRef.system");
    Ids.requireValid(id, "externalRef.id");
  }

  /**
   * Returns a reference.
   *
   * @param system the system's code
   * @param id the identifier in that system
   * @return the reference
   */
  public static ExternalRef of(String system, String id) {
    return new ExternalRef(system, id);
  }

  /**
   * Parses the {@code system:id} form produced by {@link #toString()}.
   *
   * @param text the text
   * @return the reference
   * @throws org.mehrcrm.kernel.InvalidFieldException if there is no colon or a part is invalid
   */
  public static ExternalRef parse(CharSequence text) {
    String s = text.toString();
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw new org.mehrcrm.kernel.InvalidFieldException("externalRef", "must read 'system:id'");
    }
    return new ExternalRef(s.substring(0, colon), s.substring(colon + 1));
  }

  /** Returns {@code system:id}. */
  @Override
  public String toString() {
    return system + ":" + id;
  }
}
