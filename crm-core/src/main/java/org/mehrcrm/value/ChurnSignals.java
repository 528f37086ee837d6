package org.mehrcrm.value;

import java.util.OptionalInt;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * What is known about a customer that bears on churn, as plain values the host or other features
 * fill: the model's P(alive), the time since the last purchase against the customer's usual gap
 * between purchases, and complaint and satisfaction signals where those features exist.
 *
 * <p>Example: {@code ChurnSignals.of(0.31, 24, 8).withComplaints(1, 1).withLatestNps(3)}.
 * Immutable and thread-safe.
 *
 * @param probabilityAlive P(alive) from a purchase model, in {@code [0, 1]}
 * @param timeSinceLastPurchase time since the last purchase, {@code >= 0}, in the model's unit
 * @param usualGap the customer's (or cohort's) usual time between purchases, positive
 * @param openComplaints complaints still open, {@code >= 0}
 * @param breachedComplaints of those, or recently closed ones, the cases that breached their SLA
 * @param latestNps the latest NPS answer (0 to 10), if any
 */
public record ChurnSignals(double probabilityAlive, double timeSinceLastPurchase, double usualGap,
    int openComplaints, int breachedComplaints, OptionalInt latestNps) {

  /**
   * Validates the signals.
   *
   * @throws InvalidFieldException if a value is out of range
   */
  public ChurnSignals {
    if (!(probabilityAlive >= 0 && probabilityAlive <= 1)) {
      throw new InvalidFieldException("probabilityAlive", "must lie between 0 and 1");
    }
    if (!(timeSinceLastPurchase >= 0) || Double.isInfinite(timeSinceLastPurchase)) {
      throw new InvalidFieldException("timeSinceLastPurchase", "must be finite and >= 0");
    }
    if (!(usualGap > 0) || Double.isInfinite(usualGap)) {
      throw new InvalidFieldException("usualGap", "must be positive and finite");
    }
    if (openComplaints < 0) {
      throw new InvalidFieldException("openComplaints", "must be >= 0");
    }
    if (breachedComplaints < 0) {
      throw new InvalidFieldException("breachedComplaints", "must be >= 0");
    }
    java.util.Objects.requireNonNull(latestNps, "latestNps");
    if (latestNps.isPresent() && (latestNps.getAsInt() < 0 || latestNps.getAsInt() > 10)) {
      throw new InvalidFieldException("latestNps", "must lie between 0 and 10");
    }
  }

  /**
   * Returns the signals from the purchase history alone.
   *
   * @param probabilityAlive P(alive)
   * @param timeSinceLastPurchase time since the last purchase
   * @param usualGap the usual time between purchases
   * @return the signals, without complaints or NPS
   */
  public static ChurnSignals of(double probabilityAlive, double timeSinceLastPurchase, double usualGap) {
    return new ChurnSignals(probabilityAlive, timeSinceLastPurchase, usualGap, 0, 0, OptionalInt.empty());
  }

  /**
   * Returns these signals with complaint counts.
   *
   * @param open complaints still open
   * @param breached cases that breached their SLA
   * @return the new signals
   */
  public ChurnSignals withComplaints(int open, int breached) {
    return new ChurnSignals(probabilityAlive, timeSinceLastPurchase, usualGap, open, breached, latestNps);
  }

  /**
   * Returns these signals with the latest NPS answer.
   *
   * @param score 0 to 10
   * @return the new signals
   */
  public ChurnSignals withLatestNps(int score) {
    return new ChurnSignals(probabilityAlive, timeSinceLastPurchase, usualGap, openComplaints, breachedComplaints,
        OptionalInt.of(score));
  }
}
