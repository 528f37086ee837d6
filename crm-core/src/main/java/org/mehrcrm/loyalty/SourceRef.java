package org.mehrcrm.loyalty;

import org.mehrcrm.kernel.Ids;

/**
 * A reference to what caused a posting in the host's world: an order number, a return, a support ticket.
 *
 * <p>Example: {@code SourceRef.of("order:1001")}. Opaque; see {@link Ids} for the rule it follows.
 * Immutable and thread-safe.
 *
 * @param value the identifier's string form
 * @since 0.1
 */
public record SourceRef(String value) implements Comparable<SourceRef> {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public SourceRef {
    Ids.requireValid(value, "source");
  }

  /**
   * Returns the identifier with the given string form.
   *
   * @param value the string form
   * @return the identifier
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public static SourceRef of(String value) {
    return new SourceRef(value);
  }

  @Override
  public int compareTo(SourceRef other) {
    return value.compareTo(other.value);
  }

  /** Returns the string form, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
