package org.mehrcrm.followup;

/**
 * Where a follow-up task stands.
 *
 * <p>Example: a new task is {@link #OPEN}; an agent's claim makes it {@link #CLAIMED} until the
 * lease runs out; it ends {@link #DONE} or {@link #CANCELLED}. A claim whose lease has expired
 * counts as open again ({@link FollowUp#stateAt}).
 */
public enum FollowUpState {
  /** Waiting for someone to take it. */
  OPEN,
  /** Being worked on by an agent, under a lease that expires. */
  CLAIMED,
  /** Finished. */
  DONE,
  /** Dropped. */
  CANCELLED;

  /**
   * Tells whether the task still needs doing.
   *
   * @return true for {@code OPEN} and {@code CLAIMED}
   */
  public boolean isOpen() {
    return this == OPEN || this == CLAIMED;
  }
}
