package org.mehrcrm.complaint;

import org.mehrcrm.kernel.Ids;

/**
 * The identifier of a complaint case: the host's own case number, or one minted by the library.
 *
 * <p>Example: {@code ComplaintId.of("CASE-2026-0042")}. Opaque; see {@link Ids} for the rule it
 * follows. Immutable and thread-safe.
 *
 * @param value the identifier's string form
 */
public record ComplaintId(String value) implements Comparable<ComplaintId> {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public ComplaintId {
    Ids.requireValid(value, "complaintId");
  }

  /**
   * Returns the identifier with the given string form.
   *
   * @param value the string form
   * @return the identifier
   */
  public static ComplaintId of(String value) {
    return new ComplaintId(value);
  }

  @Override
  public int compareTo(ComplaintId other) {
    return value.compareTo(other.value);
  }

  /** Returns the string form, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
