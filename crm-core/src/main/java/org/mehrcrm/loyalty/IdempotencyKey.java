package org.mehrcrm.loyalty;

import org.mehrcrm.kernel.Ids;

/**
 * The key that makes a ledger command idempotent: the host's order or request id; a command repeated with the same key returns the first result and changes nothing.
 *
 * <p>Example: {@code IdempotencyKey.of("order-1001-earn")}. Opaque; see {@link Ids} for the rule it follows.
 * Immutable and thread-safe.
 *
 * @param value the identifier's string form
 * @since 0.1
 */
public record IdempotencyKey(String value) implements Comparable<IdempotencyKey> {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public IdempotencyKey {
    Ids.requireValid(value, "idempotencyKey");
  }

  /**
   * Returns the identifier with the given string form.
   *
   * @param value the string form
   * @return the identifier
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public static IdempotencyKey of(String value) {
    return new IdempotencyKey(value);
  }

  @Override
  public int compareTo(IdempotencyKey other) {
    return value.compareTo(other.value);
  }

  /** Returns the string form, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
