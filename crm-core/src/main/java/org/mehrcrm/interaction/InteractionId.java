package org.mehrcrm.interaction;

import org.mehrcrm.kernel.Ids;

/**
 * The identifier of an interaction: the host's own (a call id from the telephony system, a
 * message id) or one minted by the library.
 *
 * <p>Example: {@code InteractionId.of("call-20260417-0093")}. Opaque; see {@link Ids} for the
 * rule it follows. Immutable and thread-safe.
 *
 * @param value the identifier's string form
 */
public record InteractionId(String value) implements Comparable<InteractionId> {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public InteractionId {
    Ids.requireValid(value, "interactionId");
  }

  /**
   * Returns the identifier with the given string form.
   *
   * @param value the string form
   * @return the identifier
   */
  public static InteractionId of(String value) {
    return new InteractionId(value);
  }

  @Override
  public int compareTo(InteractionId other) {
    return value.compareTo(other.value);
  }

  /** Returns the string form, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
