package org.mehrcrm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mehrcrm.kernel.InvalidFieldException;

/** Rules of the value models beyond the published anchors: stability, validation, lifetime value. */
class ValueModelsTest {
  private static final PurchasePredictor BG_NBD = BgNbd.standard().withParameters(0.243, 4.414, 0.793, 2.426);
  private static final PurchasePredictor PARETO = ParetoNbd.model().withParameters(0.553, 10.578, 0.606, 11.669);
  private static final SpendPredictor GAMMA_GAMMA = GammaGamma.model().withParameters(6.25, 3.74, 15.44);

  @Test
  @DisplayName("frequencies in the thousands give finite predictions where the textbook formula gives NaN")
  void staysFiniteForFrequenciesInTheThousands() {
    for (PurchasePredictor p : new PurchasePredictor[] {BG_NBD, BgNbd.modified().withParameters(0.525, 6.183, 0.891, 1.614),
        PARETO}) {
      for (double x : new double[] {200, 500, 5000, 50_000}) {
        assertThat(p.probabilityAlive(x, 38, 38.86)).isBetween(0.0, 1.0);
        assertThat(p.expectedPurchases(39, x, 38, 38.86)).isFinite().isGreaterThanOrEqualTo(0);
        assertThat(p.expectedPurchases(39, x, 38.86, 38.86)).isFinite().isGreaterThan(0);
      }
    }
    // scipy's Euler form at the published estimates (clv_reference.py): 113.0985 for x = 200.
    assertThat(BG_NBD.expectedPurchases(39, 200, 38, 38.86)).isCloseTo(113.0985, within(5e-4));
  }

  @Test
  @DisplayName("a customer who bought at every chance and just now is almost surely alive under Pareto/NBD")
  void paretoNbdFrequentRecentBuyerIsAlive() {
    assertThat(PARETO.probabilityAlive(5000, 38.86, 38.86)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  @DisplayName("with no discount the lifetime value is margin x spend x purchases expected over the horizon")
  void undiscountedValueIsMarginTimesSpendTimesPurchases() {
    LifetimeValue value = LifetimeValue.of(BG_NBD, GAMMA_GAMMA, ValueHorizon.of(12, 52.0 / 12, 0), 0.3);
    ValueScore score = value.score(2, 30.43, 38.86, 22.35);
    assertThat(score.expectedPurchases()).isCloseTo(BG_NBD.expectedPurchases(52, 2, 30.43, 38.86), within(1e-12));
    assertThat(score.clv()).isCloseTo(0.3 * score.expectedSpend() * score.expectedPurchases(), within(1e-9));
    assertThat(score.expectedSpend()).isCloseTo(24.66, within(0.005));
  }

  @Test
  @DisplayName("discounting lowers the lifetime value; one period is discounted once")
  void discountingLowersTheValue() {
    double plain = LifetimeValue.of(BG_NBD, GAMMA_GAMMA, ValueHorizon.of(12, 4, 0), 1).score(2, 30.43, 38.86, 22.35).clv();
    double discounted = LifetimeValue.of(BG_NBD, GAMMA_GAMMA, ValueHorizon.of(12, 4, 0.02), 1)
        .score(2, 30.43, 38.86, 22.35).clv();
    assertThat(discounted).isLessThan(plain).isPositive();
    assertThat(BG_NBD.discountedPurchases(2, 30.43, 38.86, ValueHorizon.of(1, 10, 0.1)))
        .isCloseTo(BG_NBD.expectedPurchases(10, 2, 30.43, 38.86) / 1.1, within(1e-12));
  }

  @Test
  @DisplayName("BG/NBD's one-pass outlook equals P(alive), E[Y(t)] and the period-by-period discounting")
  void fusedOutlookMatchesTheSeparateComputations() {
    PurchasePredictor modified = BgNbd.modified().withParameters(0.525, 6.183, 0.891, 1.614);
    PurchasePredictor unitA = BgNbd.standard().withParameters(0.3, 5, 1, 2);
    for (int periods : new int[] {1, 5, 12}) {
      checkOutlook(new PurchasePredictor[] {BG_NBD, modified, unitA}, ValueHorizon.of(periods, 52.0 / periods, 0.01));
    }
  }

  private static void checkOutlook(PurchasePredictor[] predictors, ValueHorizon horizon) {
    int n = horizon.periods();
    double step = horizon.periodLength();
    double[][] customers = {{0, 0, 38.86}, {2, 30.43, 38.86}, {1, 1.71, 38.86}, {26, 30.86, 31}, {5000, 38, 38.86},
        {3, 0.5, 0.6}, {0, 0, 0}};
    for (PurchasePredictor p : predictors) {
      for (double[] c : customers) {
        PurchaseOutlook fused = p.outlook(c[0], c[1], c[2], horizon);
        double expected = p.expectedPurchases(52, c[0], c[1], c[2]);
        double discounted = 0;
        double before = 0;
        for (int k = 1; k <= n; k++) {
          double cumulative = p.expectedPurchases(k * step, c[0], c[1], c[2]);
          discounted += (cumulative - before) / Math.pow(1.01, k);
          before = cumulative;
        }
        assertThat(fused.probabilityAlive()).isEqualTo(p.probabilityAlive(c[0], c[1], c[2]));
        assertThat(fused.expectedPurchases()).isCloseTo(expected, within(1e-12 * Math.max(1, expected)));
        assertThat(fused.discountedPurchases()).isCloseTo(discounted, within(1e-12 * Math.max(1, discounted)));
      }
    }
  }

  @Test
  @DisplayName("histories refuse a recency beyond the age, with the row named")
  void refusesRecencyBeyondAge() {
    assertThatThrownBy(() -> PurchaseHistories.of(new double[] {1, 2}, new double[] {3, 5}, new double[] {4, 4}))
        .isInstanceOf(InvalidFieldException.class)
        .satisfies(e -> {
          assertThat(((InvalidFieldException) e).field()).isEqualTo("recency[1]");
          assertThat(((InvalidFieldException) e).rule()).isEqualTo("must lie between 0 and age");
        });
  }

  @Test
  @DisplayName("histories refuse fractional frequencies and columns of different length")
  void refusesBadFrequencies() {
    assertThatThrownBy(() -> PurchaseHistories.of(new double[] {1.5}, new double[] {1}, new double[] {4}))
        .isInstanceOf(InvalidFieldException.class).hasMessage("frequency[0]: must be a whole number >= 0");
    assertThatThrownBy(() -> PurchaseHistories.of(new double[] {1}, new double[] {1, 2}, new double[] {4}))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("recency: must have as many rows as frequency, age and weight");
    assertThatThrownBy(() -> SpendHistories.of(new double[] {0}, new double[] {1}))
        .isInstanceOf(InvalidFieldException.class).hasMessage("frequency[0]: must be a whole number >= 1");
  }

  @Test
  @DisplayName("parameters outside the parameter space are refused by name")
  void refusesParametersOutsideTheSpace() {
    assertThatThrownBy(() -> BgNbd.standard().withParameters(0.2, -1, 1, 1))
        .isInstanceOf(InvalidFieldException.class).hasMessage("alpha: must be positive and finite");
    assertThatThrownBy(() -> GammaGamma.model().withParameters(1, 1))
        .isInstanceOf(InvalidFieldException.class).hasMessage("parameters: must be 3 values: [p, q, gamma]");
  }

  @Test
  @DisplayName("a cohort without repeat purchases cannot be fitted, and says so instead of returning nonsense")
  void reportsNonConvergence() {
    PurchaseHistories nobodyCameBack = PurchaseHistories.of(new double[] {0, 0, 0}, new double[] {0, 0, 0},
        new double[] {10, 20, 30});
    assertThatThrownBy(() -> BgNbd.standard().fit(nobodyCameBack))
        .isInstanceOf(ModelFitException.class)
        .satisfies(e -> assertThat(((ModelFitException) e).model()).isEqualTo("bg-nbd"));
  }

  @Test
  @DisplayName("public entry points refuse null arguments")
  void refusesNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(PurchaseHistories.class);
    tester.testAllPublicStaticMethods(SpendHistories.class);
    tester.testAllPublicInstanceMethods(BgNbd.standard());
    tester.testAllPublicInstanceMethods(ParetoNbd.model());
    tester.testAllPublicInstanceMethods(BgBb.model());
    tester.testAllPublicInstanceMethods(GammaGamma.model());
  }
}
