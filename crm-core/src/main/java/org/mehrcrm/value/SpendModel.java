package org.mehrcrm.value;

import java.util.List;

/**
 * A model of the value of purchases, independent of their timing; {@link GammaGamma} is built
 * in, a vendor may plug its own.
 *
 * <p>Example: {@code GammaGamma.model().fit(spend).predictor().expectedSpend(2, 22.35)}.
 *
 * <h2>Specification for implementors</h2>
 * As for {@link PurchaseModel}: immutable, thread-safe, and {@link #fit} returns only a converged
 * maximum or throws {@link ModelFitException}.
 */
public interface SpendModel {

  /**
   * Returns the model's name, e.g. {@code "gamma-gamma"}.
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
   * @param histories the repeat buyers' spend
   * @return the estimates and the predictor
   * @throws ModelFitException if the fit does not converge
   */
  FittedSpendModel fit(SpendHistories histories);

  /**
   * Returns the predictor at given parameters.
   *
   * @param parameters the values in the order of {@link #parameterNames()}
   * @return the predictor
   * @throws org.mehrcrm.kernel.InvalidFieldException if a value is outside the parameter space
   */
  SpendPredictor withParameters(double... parameters);
}
