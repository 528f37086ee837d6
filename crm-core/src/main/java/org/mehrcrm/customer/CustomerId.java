package org.mehrcrm.customer;

import org.mehrcrm.kernel.Ids;

/**
 * The identifier of a customer: the host's own customer number, or one minted by the library.
 *
 * <p>Example: {@code CustomerId.of("ERP-000417")}. Opaque; see {@link Ids} for the rule it
 * follows. Immutable and thread-safe.
 *
 * @param value the identifier's string form
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public CustomerId {
    Ids.requireValid(value, "customerId");
  }

  /**
   * Returns the identifier with the given string form.
   *
   * @param value the string form
   * @return the identifier
   */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  /** Returns the string form, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
