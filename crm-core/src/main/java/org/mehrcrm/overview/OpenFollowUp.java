package org.mehrcrm.overview;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.followup.FollowUpId;
import org.mehrcrm.followup.FollowUpState;
import org.mehrcrm.followup.Priority;

/**
 * An open follow-up task as shown in the 360° view, with its state as in force at the view's
 * moment (an expired claim shows as open).
 *
 * <p>Example: {@code OpenFollowUp[T-1, sales, "Call about renewal", due, HIGH, agent-7, CLAIMED, agent-7]}.
 * Immutable and thread-safe.
 *
 * @param id the task
 * @param purpose its purpose
 * @param title what to do
 * @param due when
 * @param priority how urgent
 * @param owner the owner, or {@code null}
 * @param state {@code OPEN} or {@code CLAIMED}
 * @param holder the agent holding a live claim, or {@code null}
 */
public record OpenFollowUp(FollowUpId id, Purpose purpose, String title, Instant due,
    Priority priority, @Nullable String owner, FollowUpState state, @Nullable String holder) {
  /** Checks for nulls. */
  public OpenFollowUp {
    requireNonNull(id, "id");
    requireNonNull(purpose, "purpose");
    requireNonNull(title, "title");
    requireNonNull(due, "due");
    requireNonNull(priority, "priority");
    requireNonNull(state, "state");
  }
}
