package org.mehrcrm.satisfaction;

import static java.util.Objects.requireNonNull;

/**
 * One satisfaction figure with its evidence: how many answered, out of how many invited, and a
 * 95% confidence interval.
 *
 * <p>Example: NPS 32.0 from 150 responses of 600 invitations (rate 0.25), interval 20.1 to 43.9.
 * With no responses the value and interval are {@code NaN}. Immutable and thread-safe.
 *
 * @param kind the measure
 * @param value NPS (−100..100), CSAT (0..100, percent) or CES (1..7, mean)
 * @param responses how many responses had a score
 * @param invited how many invitations the responses were drawn from
 * @param responseRate responses divided by invited, 0 when none were invited
 * @param lower the lower bound of the 95% confidence interval
 * @param upper the upper bound
 */
public record Score(ScoreKind kind, double value, int responses, int invited, double responseRate,
    double lower, double upper) {

  /** Checks for nulls. */
  public Score {
    requireNonNull(kind, "kind");
  }
}
