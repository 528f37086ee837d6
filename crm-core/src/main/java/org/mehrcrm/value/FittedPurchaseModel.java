package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

/**
 * A fitted purchase model: the fit's summary and the predictor at its estimates.
 *
 * <p>Example: {@code BgNbd.standard().fit(histories).predictor().probabilityAlive(2, 30.43,
 * 38.86)}. Immutable and thread-safe.
 *
 * @param summary the estimates, standard errors and log-likelihood
 * @param predictor the predictor at the estimates
 */
public record FittedPurchaseModel(ModelFit summary, PurchasePredictor predictor) {

  /** Checks the parts. */
  public FittedPurchaseModel {
    requireNonNull(summary, "summary");
    requireNonNull(predictor, "predictor");
  }
}
