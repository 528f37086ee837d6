package org.mehrcrm.value;

import java.util.Map;

/**
 * A purchase model with its parameters set: what it predicts for one customer's history.
 *
 * <p>Example: {@code predictor.expectedPurchases(39, 2, 30.43, 38.86)} is 1.226 for BG/NBD at
 * the CDNOW estimates. The arguments are those of {@link PurchaseHistories}: frequency {@code x},
 * recency {@code tₓ} and age {@code T}.
 *
 * <h2>Specification for implementors</h2>
 * Implementations are immutable and thread-safe. For every valid history (see
 * {@link PurchaseHistories#of}), including frequencies in the thousands, they return finite
 * results: {@link #probabilityAlive} in {@code [0, 1]} and {@link #expectedPurchases}
 * {@code >= 0}, non-decreasing in {@code t}. Implement the two abstract methods; the defaults
 * derive the rest.
 */
public interface PurchasePredictor {

  /**
   * Returns the parameters by their published names.
   *
   * @return the parameters, in the model's order
   */
  Map<String, Double> parameters();

  /**
   * Returns the probability that the customer is still active at the end of the calibration
   * period.
   *
   * @param frequency repeat purchases {@code x}
   * @param recency time of the last repeat purchase {@code tₓ}
   * @param age time since the first purchase {@code T}
   * @return P(alive), in {@code [0, 1]}
   */
  double probabilityAlive(double frequency, double recency, double age);

  /**
   * Returns the expected number of purchases in the next {@code t} time units.
   *
   * @param t the length of the future period, {@code >= 0}
   * @param frequency repeat purchases {@code x}
   * @param recency time of the last repeat purchase {@code tₓ}
   * @param age time since the first purchase {@code T}
   * @return E[Y(t) | x, tₓ, T], {@code >= 0}
   */
  double expectedPurchases(double t, double frequency, double recency, double age);

  /**
   * Returns the expected number of purchases of a customer just acquired, in the first
   * {@code t} time units (repeat purchases, after the first).
   *
   * @param t the length of the period
   * @return E[X(t)], {@code >= 0}
   */
  default double expectedPurchasesOfNewCustomer(double t) {
    return expectedPurchases(t, 0, 0, 0);
  }

  /**
   * Returns the discounted number of purchases expected over the horizon: the purchases expected
   * in each period, discounted to the end of the calibration period.
   *
   * @param frequency repeat purchases {@code x}
   * @param recency time of the last repeat purchase {@code tₓ}
   * @param age time since the first purchase {@code T}
   * @param horizon the periods and the discount rate
   * @return the discounted expected purchases, {@code >= 0}
   */
  default double discountedPurchases(double frequency, double recency, double age, ValueHorizon horizon) {
    double total = 0;
    double before = 0;
    double discount = 1;
    double factor = 1 / (1 + horizon.discountRate());
    for (int k = 1; k <= horizon.periods(); k++) {
      double cumulative = expectedPurchases(k * horizon.periodLength(), frequency, recency, age);
      discount *= factor;
      total += Math.max(0, cumulative - before) * discount;
      before = cumulative;
    }
    return total;
  }

  /**
   * Returns P(alive), the expected and the discounted expected purchases over the horizon at
   * once; implementations may override it to share work between the three.
   *
   * @param frequency repeat purchases {@code x}
   * @param recency time of the last repeat purchase {@code tₓ}
   * @param age time since the first purchase {@code T}
   * @param horizon the periods and the discount rate
   * @return the outlook
   */
  default PurchaseOutlook outlook(double frequency, double recency, double age, ValueHorizon horizon) {
    return new PurchaseOutlook(probabilityAlive(frequency, recency, age),
        expectedPurchases(horizon.periods() * horizon.periodLength(), frequency, recency, age),
        discountedPurchases(frequency, recency, age, horizon));
  }
}
