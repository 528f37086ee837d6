package org.mehrcrm.value.internal;

import java.util.function.ToDoubleFunction;

/**
 * Standard errors from the curvature of the log-likelihood at its maximum: the Hessian in
 * log-parameters by central differences of the gradient, inverted, and carried to the natural
 * parameters by the delta method ({@code se(θ) = θ · se(log θ)}).
 *
 * <p>Example: {@code double[] se = Curvature.standardErrors(f, phi, customers);}. Stateless and
 * thread-safe.
 */
public final class Curvature {
  private Curvature() {}

  /**
   * Returns the standard errors of {@code θ = exp(φ)}.
   *
   * @param meanNegativeLogLikelihood the objective that was minimised (a mean over customers)
   * @param phi the minimum, in log-parameters
   * @param weight the number the objective was divided by (the customers)
   * @return the standard errors of the natural parameters
   * @throws NoConvergenceException if the Hessian is not positive definite (no strict maximum)
   */
  public static double[] standardErrors(Objective meanNegativeLogLikelihood, double[] phi, double weight) {
    int n = phi.length;
    double[][] hessian = new double[n][n];
    double[] up = new double[n];
    double[] down = new double[n];
    double[] p = phi.clone();
    for (int j = 0; j < n; j++) {
      double h = 1e-5;
      p[j] = phi[j] + h;
      meanNegativeLogLikelihood.valueAndGradient(p, up);
      p[j] = phi[j] - h;
      meanNegativeLogLikelihood.valueAndGradient(p, down);
      p[j] = phi[j];
      for (int i = 0; i < n; i++) {
        hessian[i][j] = (up[i] - down[i]) / (2 * h) * weight;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double mean = (hessian[i][j] + hessian[j][i]) / 2;
        hessian[i][j] = mean;
        hessian[j][i] = mean;
      }
    }
    return toNatural(phi, invertPositiveDefinite(hessian));
  }

  /**
   * Returns the standard errors of {@code θ = exp(φ)} from second differences of the function's
   * values, for objectives whose gradient is itself numerical.
   *
   * @param meanNegativeLogLikelihood the objective that was minimised (a mean over customers)
   * @param phi the minimum, in log-parameters
   * @param weight the number the objective was divided by (the customers)
   * @return the standard errors of the natural parameters
   * @throws NoConvergenceException if the Hessian is not positive definite (no strict maximum)
   */
  public static double[] standardErrorsFromValues(ToDoubleFunction<double[]> meanNegativeLogLikelihood, double[] phi,
      double weight) {
    int n = phi.length;
    double h = 1e-4;
    double[][] hessian = new double[n][n];
    double[] p = phi.clone();
    double center = meanNegativeLogLikelihood.applyAsDouble(p);
    for (int i = 0; i < n; i++) {
      p[i] = phi[i] + h;
      double up = meanNegativeLogLikelihood.applyAsDouble(p);
      p[i] = phi[i] - h;
      double down = meanNegativeLogLikelihood.applyAsDouble(p);
      p[i] = phi[i];
      hessian[i][i] = (up - 2 * center + down) / (h * h) * weight;
      for (int j = 0; j < i; j++) {
        double sum = 0;
        for (int si = -1; si <= 1; si += 2) {
          for (int sj = -1; sj <= 1; sj += 2) {
            p[i] = phi[i] + si * h;
            p[j] = phi[j] + sj * h;
            sum += si * sj * meanNegativeLogLikelihood.applyAsDouble(p);
          }
        }
        p[i] = phi[i];
        p[j] = phi[j];
        hessian[i][j] = sum / (4 * h * h) * weight;
        hessian[j][i] = hessian[i][j];
      }
    }
    return toNatural(phi, invertPositiveDefinite(hessian));
  }

  private static double[] toNatural(double[] phi, double[][] inverse) {
    double[] se = new double[phi.length];
    for (int i = 0; i < phi.length; i++) {
      se[i] = Math.exp(phi[i]) * Math.sqrt(inverse[i][i]);
    }
    return se;
  }

  /**
   * Inverts a symmetric positive definite matrix by its Cholesky factor.
   *
   * @param a the matrix, not modified
   * @return its inverse
   * @throws NoConvergenceException if it is not positive definite
   */
  static double[][] invertPositiveDefinite(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(sum > 0)) {
            throw new NoConvergenceException("the Hessian is not positive definite: no strict maximum", 0);
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    double[][] inverse = new double[n][n];
    double[] column = new double[n];
    for (int c = 0; c < n; c++) {
      for (int i = 0; i < n; i++) {
        double sum = i == c ? 1 : 0;
        for (int k = 0; k < i; k++) {
          sum -= l[i][k] * column[k];
        }
        column[i] = sum / l[i][i];
      }
      for (int i = n - 1; i >= 0; i--) {
        double sum = column[i];
        for (int k = i + 1; k < n; k++) {
          sum -= l[k][i] * column[k];
        }
        column[i] = sum / l[i][i];
      }
      for (int i = 0; i < n; i++) {
        inverse[i][c] = column[i];
      }
    }
    return inverse;
  }
}
