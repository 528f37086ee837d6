package org.mehrcrm.followup;

/**
 * How urgent a follow-up task is, lowest first.
 *
 * <p>Example: a reminder rule creates tasks at {@link #NORMAL}; escalation raises a task one
 * step with {@link #raised()}.
 */
public enum Priority {
  /** Whenever there is time. */
  LOW,
  /** The default. */
  NORMAL,
  /** Before normal work. */
  HIGH,
  /** Now. */
  URGENT;

  /**
   * Returns the next higher priority.
   *
   * @return the priority one step up, or {@code URGENT} if already urgent
   */
  public Priority raised() {
    return this == URGENT ? URGENT : values()[ordinal() + 1];
  }
}
