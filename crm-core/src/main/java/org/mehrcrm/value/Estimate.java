package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A fitted parameter: its published name, its maximum-likelihood value and its standard error.
 *
 * <p>Example: {@code new Estimate("r", 0.2426, 0.0126)}. Immutable and thread-safe.
 *
 * @param name the parameter's name as the papers print it ({@code r}, {@code alpha}, …)
 * @param value the estimate, finite
 * @param standardError the asymptotic standard error, finite and {@code >= 0}
 */
public record Estimate(String name, double value, double standardError) {

  /**
   * Validates the estimate.
   *
   * @throws InvalidFieldException if the value is not finite or the standard error negative
   */
  public Estimate {
    requireNonNull(name, "name");
    if (!Double.isFinite(value)) {
      throw new InvalidFieldException("value", "must be finite");
    }
    if (!(standardError >= 0) || Double.isInfinite(standardError)) {
      throw new InvalidFieldException("standardError", "must be finite and >= 0");
    }
  }
}
