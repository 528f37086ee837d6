package org.mehrcrm.value;

import java.util.Map;

/**
 * A spend model with its parameters set: the expected value of a customer's future purchases.
 *
 * <p>Example: {@code predictor.expectedSpend(2, 22.35)} is 24.66 for Gamma-Gamma at the CDNOW
 * estimates.
 *
 * <h2>Specification for implementors</h2>
 * Immutable and thread-safe; finite positive results for every valid input.
 */
public interface SpendPredictor {

  /**
   * Returns the parameters by their published names.
   *
   * @return the parameters, in the model's order
   */
  Map<String, Double> parameters();

  /**
   * Returns the expected value of one future purchase of a customer.
   *
   * @param frequency the repeat purchases observed, {@code >= 0}
   * @param meanSpend their mean value (ignored when {@code frequency} is 0)
   * @return the expected spend per purchase
   */
  double expectedSpend(double frequency, double meanSpend);
}
