package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

/**
 * The ISO 10002 assessment of a complaint: how severe, how urgent, how wide its impact.
 *
 * <p>Example: {@code new Assessment(Level.HIGH, Level.HIGH, Level.MEDIUM).priority()} is
 * {@link Priority#URGENT}. Immutable and thread-safe.
 *
 * @param severity how much harm the problem does
 * @param urgency how soon it must be fixed
 * @param impact how many customers or how much business it affects
 */
public record Assessment(Level severity, Level urgency, Level impact) {

  /** Checks for nulls. */
  public Assessment {
    requireNonNull(severity, "severity");
    requireNonNull(urgency, "urgency");
    requireNonNull(impact, "impact");
  }

  /**
   * Returns the priority this assessment suggests: the sum of the three ratings (0 to 6) mapped
   * to LOW (0–1), NORMAL (2–3), HIGH (4–5) and URGENT (6).
   *
   * @return the priority
   */
  public Priority priority() {
    int score = severity.ordinal() + urgency.ordinal() + impact.ordinal();
    return score >= 6 ? Priority.URGENT : score >= 4 ? Priority.HIGH : score >= 2 ? Priority.NORMAL : Priority.LOW;
  }
}
