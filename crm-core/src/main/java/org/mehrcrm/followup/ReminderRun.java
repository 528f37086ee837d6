package org.mehrcrm.followup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What one {@link Reminders#runDue} call did.
 *
 * <p>Example: {@code reminders.runDue(now).created().size()} tasks were opened by rules. A second
 * run at the same moment reports nothing created, reminded or escalated. Immutable and
 * thread-safe.
 *
 * @param at the moment evaluated
 * @param created tasks the rules opened
 * @param reminded tasks whose owners were reminded
 * @param escalated tasks escalated to a manager
 * @param alreadyHandled firings skipped because they had fired before, or because a task for the
 *     customer and purpose was already open
 */
public record ReminderRun(Instant at, List<FollowUpId> created, List<FollowUpId> reminded,
    List<FollowUpId> escalated, int alreadyHandled) {

  /** Copies the lists. */
  public ReminderRun {
    requireNonNull(at, "at");
    created = List.copyOf(created);
    reminded = List.copyOf(reminded);
    escalated = List.copyOf(escalated);
  }
}
