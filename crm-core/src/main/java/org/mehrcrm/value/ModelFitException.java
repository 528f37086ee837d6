package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.CrmException;

/**
 * Thrown when a model cannot be fitted: the optimiser did not converge, a parameter ran away to 0
 * or infinity, or the maximum is not strict so that no standard errors exist.
 *
 * <p>Example: {@code catch (ModelFitException e) { log.warn("{} not fitted: {}", e.model(),
 * e.reason()); }}. It never carries half-fitted parameters.
 */
public final class ModelFitException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String model;
  private final String reason;
  private final int iterations;

  /**
   * Creates the exception.
   *
   * @param model the model's name
   * @param reason why the fit failed
   * @param iterations the iterations spent
   */
  public ModelFitException(String model, String reason, int iterations) {
    super(requireNonNull(model, "model") + ": not converged: " + requireNonNull(reason, "reason")
        + " (" + iterations + " iterations)");
    this.model = model;
    this.reason = reason;
    this.iterations = iterations;
  }

  /**
   * Returns the model's name.
   *
   * @return the name
   */
  public String model() {
    return model;
  }

  /**
   * Returns why the fit failed.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the iterations spent.
   *
   * @return the count
   */
  public int iterations() {
    return iterations;
  }
}
