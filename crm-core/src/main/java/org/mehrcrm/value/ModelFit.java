package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Collections;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The outcome of a converged maximum-likelihood fit: the estimates with their standard errors,
 * the log-likelihood at the maximum, how many customers it saw and how many iterations it took.
 *
 * <p>Example: {@code BgNbd.standard().fit(histories).summary().value("r")}. A fit that does not
 * converge throws {@link ModelFitException} instead. Immutable and thread-safe.
 *
 * @param model the model's name, e.g. {@code "bg-nbd"}
 * @param estimates the parameters in the model's order
 * @param logLikelihood the log-likelihood at the maximum
 * @param customers the number of customers (the sum of the weights)
 * @param iterations the optimiser's iterations
 * @param gradientNorm the largest absolute component of the gradient of the mean negative
 *     log-likelihood in log-parameters at the end: the convergence criterion
 */
public record ModelFit(String model, List<Estimate> estimates, double logLikelihood, double customers,
    int iterations, double gradientNorm) {

  /**
   * Validates and copies the fit.
   *
   * @throws InvalidFieldException if the log-likelihood is not finite or there are no estimates
   */
  public ModelFit {
    requireNonNull(model, "model");
    estimates = List.copyOf(estimates);
    if (estimates.isEmpty()) {
      throw new InvalidFieldException("estimates", "must not be empty");
    }
    if (!Double.isFinite(logLikelihood)) {
      throw new InvalidFieldException("logLikelihood", "must be finite");
    }
  }

  /**
   * Returns the estimate of the named parameter.
   *
   * @param name the parameter's name
   * @return its value
   * @throws InvalidFieldException if the model has no such parameter
   */
  public double value(String name) {
    return estimate(name).value();
  }

  /**
   * Returns the named estimate.
   *
   * @param name the parameter's name
   * @return the estimate
   * @throws InvalidFieldException if the model has no such parameter
   */
  public Estimate estimate(String name) {
    for (Estimate e : estimates) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new InvalidFieldException("name", "must be a parameter of " + model);
  }

  /**
   * Returns the estimates by name, in the model's order.
   *
   * @return the parameter values
   */
  public Map<String, Double> parameters() {
    Map<String, Double> map = new LinkedHashMap<>();
    for (Estimate e : estimates) {
      map.put(e.name(), e.value());
    }
    return Collections.unmodifiableMap(map);
  }
}
