package org.mehrcrm.satisfaction;

import org.mehrcrm.kernel.Ids;

/**
 * The identifier of a survey invitation; its response shares it.
 *
 * <p>Example: {@code InvitationId.of("INV-0001")}. Immutable and thread-safe.
 *
 * @param value the identifier's string form
 */
public record InvitationId(String value) implements Comparable<InvitationId> {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public InvitationId {
    Ids.requireValid(value, "invitationId");
  }

  /**
   * Returns the identifier.
   *
   * @param value the string form
   * @return the identifier
   */
  public static InvitationId of(String value) {
    return new InvitationId(value);
  }

  @Override
  public int compareTo(InvitationId other) {
    return value.compareTo(other.value);
  }

  /** Returns the string form. */
  @Override
  public String toString() {
    return value;
  }
}
