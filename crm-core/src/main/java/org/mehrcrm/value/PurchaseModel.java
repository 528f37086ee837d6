package org.mehrcrm.value;

import java.util.List;

/**
 * A model of repeat purchases ("buy 'til you die"): it fits its parameters to a cohort's
 * histories and predicts from them. BG/NBD, MBG/NBD, Pareto/NBD and BG/BB are built in
 * ({@link BgNbd}, {@link ParetoNbd}, {@link BgBb}); a vendor plugs its own by implementing this.
 *
 * <p>Example:
 * <pre>{@code
 * FittedPurchaseModel fitted = BgNbd.standard().fit(histories);
 * double pAlive = fitted.predictor().probabilityAlive(2, 30.43, 38.86);
 * }</pre>
 *
 * <h2>Specification for implementors</h2>
 * Implementations are immutable and thread-safe. {@link #fit} returns only a converged maximum
 * with finite standard errors, and throws {@link ModelFitException} otherwise;
 * {@link #withParameters} rejects values outside the parameter space with
 * {@code InvalidFieldException}.
 */
public interface PurchaseModel {

  /**
   * Returns the model's name as the command line spells it, e.g. {@code "bg-nbd"}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the parameters' published names, in order.
   *
   * @return the names
   */
  List<String> parameterNames();

  /**
   * Fits the model by maximum likelihood.
   *
   * @param histories the cohort
   * @return the estimates with their standard errors, and the predictor at the estimates
   * @throws ModelFitException if the fit does not converge
   */
  FittedPurchaseModel fit(PurchaseHistories histories);

  /**
   * Returns the predictor at given parameters, e.g. published ones.
   *
   * @param parameters the values in the order of {@link #parameterNames()}
   * @return the predictor
   * @throws org.mehrcrm.kernel.InvalidFieldException if a value is outside the parameter space
   */
  PurchasePredictor withParameters(double... parameters);
}
