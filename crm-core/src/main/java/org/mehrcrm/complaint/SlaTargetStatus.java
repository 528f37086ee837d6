package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where one service-time target of a case stands at a moment: elapsed and remaining business
 * time, the due time, a warning and a breach.
 *
 * <p>Example: {@code status.target(SlaTarget.RESOLVE).orElseThrow().due()}. A breached target
 * stays breached: {@code breachedAt} is the moment it was missed, even after the case moves on.
 * Immutable and thread-safe.
 *
 * @param kind which target
 * @param phase whether its clock counts
 * @param goal the target's length in business time
 * @param elapsed business time counted so far (for the update target: since the last update)
 * @param due when the target is due: fixed while running; while paused, the due time if handling
 *     resumed now; {@code null} when not started or stopped
 * @param breachedAt when the target was missed, or {@code null} if it was not
 * @param warning whether the warning share of the goal has elapsed on a target not yet breached
 *     and still counting or paused
 */
public record SlaTargetStatus(SlaTarget kind, SlaPhase phase, Duration goal, Duration elapsed,
    @Nullable Instant due, @Nullable Instant breachedAt, boolean warning) {

  /** Checks for nulls. */
  public SlaTargetStatus {
    requireNonNull(kind, "kind");
    requireNonNull(phase, "phase");
    requireNonNull(goal, "goal");
    requireNonNull(elapsed, "elapsed");
  }

  /**
   * Returns the business time left; negative when overdue.
   *
   * @return goal minus elapsed
   */
  public Duration remaining() {
    return goal.minus(elapsed);
  }

  /**
   * Tells whether the target was missed.
   *
   * @return true if breached
   */
  public boolean isBreached() {
    return breachedAt != null;
  }
}
