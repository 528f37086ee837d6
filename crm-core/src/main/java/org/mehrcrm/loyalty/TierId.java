package org.mehrcrm.loyalty;

import org.mehrcrm.kernel.Ids;

/**
 * The identifier of a tier of a programme, such as silver or gold.
 *
 * <p>Example: {@code TierId.of("gold")}. Opaque; see {@link Ids} for the rule it follows.
 * Immutable and thread-safe.
 *
 * @param value the identifier's string form
 * @since 0.1
 */
public record TierId(String value) implements Comparable<TierId> {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public TierId {
    Ids.requireValid(value, "tierId");
  }

  /**
   * Returns the identifier with the given string form.
   *
   * @param value the string form
   * @return the identifier
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public static TierId of(String value) {
    return new TierId(value);
  }

  @Override
  public int compareTo(TierId other) {
    return value.compareTo(other.value);
  }

  /** Returns the string form, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
