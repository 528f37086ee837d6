package org.mehrcrm.value;

import java.util.SplittableRandom;

/** Draws cohorts from the models with known parameters, for refit properties. */
final class Simulation {
  private final SplittableRandom random;

  Simulation(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A gamma variate with the given shape and rate (Marsaglia and Tsang 2000). */
  double gamma(double shape, double rate) {
    if (shape < 1) {
      return gamma(shape + 1, rate) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v / rate;
      }
    }
  }

  double beta(double a, double b) {
    double x = gamma(a, 1);
    return x / (x + gamma(b, 1));
  }

  private double normal() {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** BG/NBD customers observed for an age drawn uniformly from [minAge, maxAge]. */
  PurchaseHistories bgNbd(int customers, double r, double alpha, double a, double b, double minAge, double maxAge) {
    double[] x = new double[customers];
    double[] tx = new double[customers];
    double[] age = new double[customers];
    for (int i = 0; i < customers; i++) {
      double lambda = gamma(r, alpha);
      double p = beta(a, b);
      double t = minAge + (maxAge - minAge) * random.nextDouble();
      age[i] = t;
      double now = 0;
      while (true) {
        now += -Math.log(1 - random.nextDouble()) / lambda;
        if (now > t) {
          break;
        }
        x[i]++;
        tx[i] = now;
        if (random.nextDouble() < p) {
          break;
        }
      }
    }
    return PurchaseHistories.of(x, tx, age);
  }

  /** Gamma-Gamma mean spends for the given frequencies. */
  SpendHistories gammaGamma(double[] frequency, double p, double q, double gamma) {
    double[] m = new double[frequency.length];
    for (int i = 0; i < frequency.length; i++) {
      double nu = gamma(q, gamma);
      double sum = 0;
      for (int k = 0; k < frequency[i]; k++) {
        sum += gamma(p, nu);
      }
      m[i] = sum / frequency[i];
    }
    return SpendHistories.of(frequency, m);
  }
}
