package org.mehrcrm.value.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MinimizerTest {

  @Test
  @DisplayName("BFGS finds the minimum of Rosenbrock's function")
  void findsRosenbrocksMinimum() {
    Objective rosenbrock = (p, g) -> {
      double a = 1 - p[0];
      double b = p[1] - p[0] * p[0];
      g[0] = -2 * a - 400 * p[0] * b;
      g[1] = 200 * b;
      return a * a + 100 * b * b;
    };
    Minimum m = Minimizer.bfgs(rosenbrock, new double[] {-1.2, 1});
    assertThat(m.point()[0]).isCloseTo(1, within(1e-7));
    assertThat(m.point()[1]).isCloseTo(1, within(1e-7));
  }

  @Test
  @DisplayName("a function without minimum is reported as not converged, not as a result")
  void reportsARunawayParameter() {
    Objective unbounded = (p, g) -> {
      g[0] = -1;
      return -p[0];
    };
    assertThatThrownBy(() -> Minimizer.bfgs(unbounded, new double[] {0}))
        .isInstanceOf(NoConvergenceException.class)
        .hasMessageContaining("runs away");
  }

  @Test
  @DisplayName("a start where the function is not finite is reported as such")
  void reportsANonFiniteStart() {
    Objective nan = (p, g) -> Double.NaN;
    assertThatThrownBy(() -> Minimizer.bfgs(nan, new double[] {0}))
        .isInstanceOf(NoConvergenceException.class)
        .satisfies(e -> assertThat(((NoConvergenceException) e).reason())
            .isEqualTo("the log-likelihood is not finite at the start"));
  }

  @Test
  @DisplayName("the inverse of a positive definite matrix is exact; a singular one is refused")
  void invertsPositiveDefiniteMatrices() {
    double[][] inverse = Curvature.invertPositiveDefinite(new double[][] {{4, 2}, {2, 3}});
    assertThat(inverse[0][0]).isCloseTo(0.375, within(1e-15));
    assertThat(inverse[0][1]).isCloseTo(-0.25, within(1e-15));
    assertThat(inverse[1][1]).isCloseTo(0.5, within(1e-15));
    assertThatThrownBy(() -> Curvature.invertPositiveDefinite(new double[][] {{1, 1}, {1, 1}}))
        .isInstanceOf(NoConvergenceException.class);
  }
}
