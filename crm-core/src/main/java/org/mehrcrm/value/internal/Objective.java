package org.mehrcrm.value.internal;

import java.util.function.ToDoubleFunction;

/**
 * A smooth function to minimise, with its gradient: the mean negative log-likelihood of a model
 * as a function of its log-parameters.
 *
 * <p>Example: {@code (phi, gradient) -> { gradient[0] = 2 * phi[0]; return phi[0] * phi[0]; }}.
 * Implementations may return {@code +∞} or {@code NaN} where the function is not defined; the
 * minimiser treats such points as infinitely bad.
 */
@FunctionalInterface
public interface Objective {

  /**
   * Evaluates the function and writes its gradient.
   *
   * @param point the point, not modified
   * @param gradient receives the gradient, same length as {@code point}
   * @return the function's value
   */
  double valueAndGradient(double[] point, double[] gradient);

  /**
   * Returns an objective whose gradient is taken by central differences of {@code f}.
   *
   * @param f the function
   * @return the objective
   */
  static Objective numericGradient(ToDoubleFunction<double[]> f) {
    return new NumericGradient(f);
  }

  /**
   * Returns the function itself, if this objective was made by {@link #numericGradient}.
   *
   * @return the function, or empty for an analytic objective
   */
  default java.util.Optional<ToDoubleFunction<double[]>> function() {
    return java.util.Optional.empty();
  }

  /** An objective with a central-difference gradient. */
  record NumericGradient(ToDoubleFunction<double[]> f) implements Objective {
    @Override
    public java.util.Optional<ToDoubleFunction<double[]>> function() {
      return java.util.Optional.of(f);
    }

    @Override
    public double valueAndGradient(double[] point, double[] gradient) {
      double value = f.applyAsDouble(point);
      double[] p = point.clone();
      for (int i = 0; i < p.length; i++) {
        double h = 1e-6;
        p[i] = point[i] + h;
        double up = f.applyAsDouble(p);
        p[i] = point[i] - h;
        double down = f.applyAsDouble(p);
        p[i] = point[i];
        gradient[i] = (up - down) / (2 * h);
      }
      return value;
    }
  }
}
