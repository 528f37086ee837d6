package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

/**
 * A fitted spend model: the fit's summary and the predictor at its estimates.
 *
 * <p>Example: {@code GammaGamma.model().fit(spend).summary().value("p")}. Immutable and
 * thread-safe.
 *
 * @param summary the estimates, standard errors and log-likelihood
 * @param predictor the predictor at the estimates
 */
public record FittedSpendModel(ModelFit summary, SpendPredictor predictor) {

  /** Checks the parts. */
  public FittedSpendModel {
    requireNonNull(summary, "summary");
    requireNonNull(predictor, "predictor");
  }
}
