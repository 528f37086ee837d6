package org.mehrcrm.loyalty;

import org.mehrcrm.kernel.Ids;

/**
 * The identifier of a member's account in one programme (a membership).
 *
 * <p>Example: {@code MembershipId.of("M-000417")}. Opaque; see {@link Ids} for the rule it follows.
 * Immutable and thread-safe.
 *
 * @param value the identifier's string form
 * @since 0.1
 */
public record MembershipId(String value) implements Comparable<MembershipId> {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public MembershipId {
    Ids.requireValid(value, "membershipId");
  }

  /**
   * Returns the identifier with the given string form.
   *
   * @param value the string form
   * @return the identifier
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public static MembershipId of(String value) {
    return new MembershipId(value);
  }

  @Override
  public int compareTo(MembershipId other) {
    return value.compareTo(other.value);
  }

  /** Returns the string form, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
