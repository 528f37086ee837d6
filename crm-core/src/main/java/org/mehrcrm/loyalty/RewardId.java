package org.mehrcrm.loyalty;

import org.mehrcrm.kernel.Ids;

/**
 * The identifier of a reward in a programme's catalogue.
 *
 * <p>Example: {@code RewardId.of("free-coffee")}. Opaque; see {@link Ids} for the rule it follows.
 * Immutable and thread-safe.
 *
 * @param value the identifier's string form
 * @since 0.1
 */
public record RewardId(String value) implements Comparable<RewardId> {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public RewardId {
    Ids.requireValid(value, "rewardId");
  }

  /**
   * Returns the identifier with the given string form.
   *
   * @param value the string form
   * @return the identifier
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public static RewardId of(String value) {
    return new RewardId(value);
  }

  @Override
  public int compareTo(RewardId other) {
    return value.compareTo(other.value);
  }

  /** Returns the string form, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
