package org.mehrcrm.value.internal;

/**
 * A BFGS quasi-Newton minimiser with an Armijo backtracking line search, for the few-parameter
 * log-likelihoods of the value models.
 *
 * <p>Example: {@code Minimum m = Minimizer.bfgs(objective, new double[] {0, Math.log(3), 0,
 * Math.log(3)});}. It stops when the gradient's largest component falls below {@code 1e-9}
 * (the objective is a mean over customers, so this does not depend on their number), or when no
 * step can lower the value any more and the gradient is already below {@code 1e-5}. Otherwise it
 * throws {@link NoConvergenceException}: it never returns a point it did not converge to.
 * Stateless and thread-safe.
 */
public final class Minimizer {
  private static final double GRADIENT_TOLERANCE = 1e-9;
  private static final double STALLED_GRADIENT_TOLERANCE = 1e-5;
  private static final int MAX_ITERATIONS = 1000;
  private static final double LIMIT = 40;

  private Minimizer() {}

  /**
   * Minimises the objective from the start.
   *
   * @param f the objective
   * @param start the starting point
   * @return the minimum
   * @throws NoConvergenceException if it does not converge, the value is not finite at the start,
   *     or a coordinate runs away beyond ±40 (a parameter tending to 0 or infinity)
   */
  public static Minimum bfgs(Objective f, double[] start) {
    int n = start.length;
    double[] x = start.clone();
    double[] g = new double[n];
    double fx = f.valueAndGradient(x, g);
    if (!Double.isFinite(fx) || !allFinite(g)) {
      throw new NoConvergenceException("the log-likelihood is not finite at the start", 0);
    }
    double[][] h = identity(n);
    double[] d = new double[n];
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    double[] s = new double[n];
    double[] y = new double[n];
    boolean firstStep = true;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double gmax = maxAbs(g);
      if (gmax <= GRADIENT_TOLERANCE) {
        return new Minimum(x, fx, gmax, iteration);
      }
      for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
          sum -= h[i][j] * g[j];
        }
        d[i] = sum;
      }
      double slope = dot(d, g);
      if (!(slope < 0)) {
        // Not a descent direction: restart from steepest descent.
        h = identity(n);
        for (int i = 0; i < n; i++) {
          d[i] = -g[i];
        }
        slope = dot(d, g);
      }
      double step = 1;
      if (firstStep) {
        // Keep the first step within one unit of log-parameter.
        step = Math.min(1, 1 / maxAbs(d));
      }
      double fNew = Double.NaN;
      boolean accepted = false;
      for (int tries = 0; tries < 60; tries++) {
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + step * d[i];
        }
        fNew = f.valueAndGradient(xNew, gNew);
        if (Double.isFinite(fNew) && allFinite(gNew) && fNew <= fx + 1e-4 * step * slope) {
          accepted = true;
          break;
        }
        if (Double.isFinite(fNew)) {
          // Quadratic interpolation of the step, kept within [0.1, 0.5] of the last one.
          double q = -slope * step * step / (2 * (fNew - fx - slope * step));
          step = Math.max(0.1 * step, Math.min(0.5 * step, q));
        } else {
          step *= 0.1;
        }
      }
      if (!accepted) {
        if (gmax <= STALLED_GRADIENT_TOLERANCE) {
          return new Minimum(x, fx, gmax, iteration);
        }
        throw new NoConvergenceException("the line search found no lower value (largest gradient component "
            + gmax + ")", iteration);
      }
      double sy = 0;
      for (int i = 0; i < n; i++) {
        s[i] = xNew[i] - x[i];
        y[i] = gNew[i] - g[i];
        sy += s[i] * y[i];
      }
      if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
        if (firstStep) {
          double scale = sy / dot(y, y);
          for (int i = 0; i < n; i++) {
            h[i][i] = scale;
          }
          firstStep = false;
        }
        updateInverseHessian(h, s, y, sy);
      }
      double change = fx - fNew;
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      fx = fNew;
      if (maxAbs(x) > LIMIT) {
        throw new NoConvergenceException("a parameter runs away towards 0 or infinity", iteration + 1);
      }
      if (change <= 1e-16 * Math.abs(fx) && maxAbs(g) <= STALLED_GRADIENT_TOLERANCE) {
        return new Minimum(x, fx, maxAbs(g), iteration + 1);
      }
    }
    throw new NoConvergenceException("the iteration limit was reached", MAX_ITERATIONS);
  }

  private static void updateInverseHessian(double[][] h, double[] s, double[] y, double sy) {
    int n = s.length;
    double[] hy = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        sum += h[i][j] * y[j];
      }
      hy[i] = sum;
    }
    double yhy = dot(y, hy);
    double rho = 1 / sy;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] += rho * ((1 + rho * yhy) * s[i] * s[j] - hy[i] * s[j] - s[i] * hy[j]);
      }
    }
  }

  private static double[][] identity(int n) {
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1;
    }
    return m;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double maxAbs(double[] a) {
    double max = 0;
    for (double v : a) {
      max = Math.max(max, Math.abs(v));
    }
    return max;
  }

  private static boolean allFinite(double[] a) {
    for (double v : a) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
