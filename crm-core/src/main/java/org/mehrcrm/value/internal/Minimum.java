package org.mehrcrm.value.internal;

/**
 * Where a minimisation ended: the point, the value, the gradient's largest component and the
 * number of iterations. Immutable and thread-safe (the arrays are copies).
 *
 * <p>Example: {@code Minimizer.bfgs(f, start).point()}.
 *
 * @param point the minimising point
 * @param value the function's value there
 * @param gradientNorm the largest absolute component of the gradient there
 * @param iterations how many quasi-Newton steps it took
 */
public record Minimum(double[] point, double value, double gradientNorm, int iterations) {

  /** Copies the point. */
  public Minimum {
    point = point.clone();
  }

  @Override
  public double[] point() {
    return point.clone();
  }
}
