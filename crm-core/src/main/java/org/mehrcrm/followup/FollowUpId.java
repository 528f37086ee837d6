package org.mehrcrm.followup;

import org.mehrcrm.kernel.Ids;

/**
 * The identifier of a follow-up task.
 *
 * <p>Example: {@code FollowUpId.of("01JD3Q4X5M7N8P9R0S1T2V3W4X")}. Opaque; see {@link Ids} for
 * the rule it follows. Immutable and thread-safe.
 *
 * @param value the identifier's string form
 */
public record FollowUpId(String value) implements Comparable<FollowUpId> {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public FollowUpId {
    Ids.requireValid(value, "followUpId");
  }

  /**
   * Returns the identifier with the given string form.
   *
   * @param value the string form
   * @return the identifier
   */
  public static FollowUpId of(String value) {
    return new FollowUpId(value);
  }

  @Override
  public int compareTo(FollowUpId other) {
    return value.compareTo(other.value);
  }

  /** Returns the string form, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
