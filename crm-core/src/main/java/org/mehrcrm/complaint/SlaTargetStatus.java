package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where one service-time target of a case stands at a moment: elapsed and remaining business
 * time, the due time, a warning and a breach.
 *
 * <p>Example: {@code status.target(SlaTarget.RESOLVE).orElseThrow().due()}. A breached target
 * stays breached: {@link #breachedAt()} is the moment it was missed, even after the case moves
 * on. Times are kept as milliseconds and turned into {@code Duration} and {@code Instant} objects
 * only when asked for, because the clock evaluates millions of these. Immutable and thread-safe.
 */
public final class SlaTargetStatus {
  private static final long NONE = Long.MIN_VALUE;

  private final SlaTarget kind;
  private final SlaPhase phase;
  private final long goalMillis;
  private final long elapsedMillis;
  private final long dueMillis;
  private final long breachedAtMillis;
  private final boolean warning;

  /**
   * Creates a status.
   *
   * @param kind which target
   * @param phase whether its clock counts
   * @param goal the target's length in business time
   * @param elapsed business time counted so far (for the update target: since the last update)
   * @param due when the target is due: fixed while running; while paused, the due time if
   *     handling resumed now; {@code null} when not started or stopped
   * @param breachedAt when the target was missed, or {@code null} if it was not
   * @param warning whether the warning share of the goal has elapsed on a target not yet
   *     breached and still counting or paused
   */
  public SlaTargetStatus(SlaTarget kind, SlaPhase phase, Duration goal, Duration elapsed,
      @Nullable Instant due, @Nullable Instant breachedAt, boolean warning) {
    this(requireNonNull(kind, "kind"), requireNonNull(phase, "phase"),
        requireNonNull(goal, "goal").toMillis(), requireNonNull(elapsed, "elapsed").toMillis(),
        due == null ? NONE : due.toEpochMilli(), breachedAt == null ? NONE : breachedAt.toEpochMilli(),
        warning);
  }

  SlaTargetStatus(SlaTarget kind, SlaPhase phase, long goalMillis, long elapsedMillis,
      long dueMillis, long breachedAtMillis, boolean warning) {
    this.kind = kind;
    this.phase = phase;
    this.goalMillis = goalMillis;
    this.elapsedMillis = elapsedMillis;
    this.dueMillis = dueMillis;
    this.breachedAtMillis = breachedAtMillis;
    this.warning = warning;
  }

  /**
   * Returns which target this is.
   *
   * @return the target
   */
  public SlaTarget kind() {
    return kind;
  }

  /**
   * Returns whether the target's clock counts.
   *
   * @return the phase
   */
  public SlaPhase phase() {
    return phase;
  }

  /**
   * Returns the target's length in business time.
   *
   * @return the goal
   */
  public Duration goal() {
    return Duration.ofMillis(goalMillis);
  }

  /**
   * Returns the business time counted so far (for the update target: since the last update).
   *
   * @return the elapsed time
   */
  public Duration elapsed() {
    return Duration.ofMillis(elapsedMillis);
  }

  /**
   * Returns the business time left; negative when overdue.
   *
   * @return goal minus elapsed
   */
  public Duration remaining() {
    return Duration.ofMillis(goalMillis - elapsedMillis);
  }

  /**
   * Returns when the target is due: fixed while running; while paused, the due time if handling
   * resumed now.
   *
   * @return the due time, or {@code null} when not started or stopped
   */
  public @Nullable Instant due() {
    return dueMillis == NONE ? null : Instant.ofEpochMilli(dueMillis);
  }

  /**
   * Returns when the target was missed.
   *
   * @return the moment, or {@code null} if it was not missed
   */
  public @Nullable Instant breachedAt() {
    return breachedAtMillis == NONE ? null : Instant.ofEpochMilli(breachedAtMillis);
  }

  /**
   * Tells whether the target was missed.
   *
   * @return true if breached
   */
  public boolean isBreached() {
    return breachedAtMillis != NONE;
  }

  /**
   * Tells whether the warning share of the goal has elapsed on a target not yet breached and
   * still counting or paused.
   *
   * @return true to warn
   */
  public boolean warning() {
    return warning;
  }

  /** Equal when every part is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SlaTargetStatus s && kind == s.kind && phase == s.phase
        && goalMillis == s.goalMillis && elapsedMillis == s.elapsedMillis
        && dueMillis == s.dueMillis && breachedAtMillis == s.breachedAtMillis
        && warning == s.warning;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, phase, goalMillis, elapsedMillis, dueMillis, breachedAtMillis, warning);
  }

  /** Returns e.g. {@code "RESOLVE RUNNING elapsed PT3H of PT16H, due 2026-11-24T12:30:00Z"}. */
  @Override
  public String toString() {
    return kind + " " + phase + " elapsed " + elapsed() + " of " + goal()
        + (due() != null ? ", due " + due() : "")
        + (isBreached() ? ", breached at " + breachedAt() : "")
        + (warning ? ", warning" : "");
  }
}
