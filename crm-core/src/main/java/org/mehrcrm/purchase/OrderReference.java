package org.mehrcrm.purchase;

import org.mehrcrm.kernel.Ids;

/**
 * The host's reference of an order or of a return (credit note, RMA), unique per kind: the key
 * that makes reporting a purchase or return twice harmless.
 *
 * <p>Example: {@code OrderReference.of("SO-2026-00417")}. Opaque; see {@link Ids} for the rule it
 * follows. Immutable and thread-safe.
 *
 * @param value the reference's string form
 */
public record OrderReference(String value) implements Comparable<OrderReference> {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public OrderReference {
    Ids.requireValid(value, "orderReference");
  }

  /**
   * Returns the reference with the given string form.
   *
   * @param value the string form
   * @return the reference
   */
  public static OrderReference of(String value) {
    return new OrderReference(value);
  }

  @Override
  public int compareTo(OrderReference other) {
    return value.compareTo(other.value);
  }

  /** Returns the string form, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
