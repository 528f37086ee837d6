package org.mehrcrm.complaint;

import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Ids;

/**
 * What an escalation rule does to a case that meets its trigger.
 *
 * <p>Example: {@code new EscalationAction.Notify("team-lead")},
 * {@code new EscalationAction.Reassign("senior-1")}. Immutable and thread-safe.
 */
public sealed interface EscalationAction {

  /**
   * Tell someone: the run reports a notification for the host to send.
   *
   * @param recipient an actor id or a role code the host resolves
   */
  record Notify(String recipient) implements EscalationAction {
    /**
     * Validates the recipient.
     *
     * @throws InvalidFieldException if it is not a valid identifier
     */
    public Notify {
      Ids.requireValid(recipient, "recipient");
    }
  }

  /**
   * Hand the case to someone else (counted as a hand-off).
   *
   * @param to the new assignee
   */
  record Reassign(String to) implements EscalationAction {
    /**
     * Validates the assignee.
     *
     * @throws InvalidFieldException if it is not a valid identifier
     */
    public Reassign {
      Ids.requireValid(to, "to");
    }
  }

  /** Raise the case's priority by one step. */
  record RaisePriority() implements EscalationAction {}

  /**
   * Raise the escalation level.
   *
   * @param level the level to reach, at least 1
   */
  record RaiseLevel(int level) implements EscalationAction {
    /**
     * Validates the level.
     *
     * @throws InvalidFieldException if it is below 1
     */
    public RaiseLevel {
      if (level < 1) {
        throw new InvalidFieldException("level", "must be at least 1");
      }
    }
  }
}
