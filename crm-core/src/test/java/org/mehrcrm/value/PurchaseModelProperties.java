package org.mehrcrm.value;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the built-in purchase models for any valid parameters and histories. */
class PurchaseModelProperties {

  /** One customer's history: frequency up to 5000, recency within the age. */
  record History(double x, double tx, double age) {}

  @Provide
  Arbitrary<History> histories() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 5000),
            Arbitraries.doubles().between(0, 500),
            Arbitraries.doubles().between(0, 1))
        .as((x, age, share) -> new History(x, x == 0 ? 0 : age * share, age));
  }

  @Provide
  Arbitrary<PurchasePredictor> continuousModels() {
    Arbitrary<Double> shape = Arbitraries.doubles().between(0.01, 50);
    Arbitrary<Double> scale = Arbitraries.doubles().between(0.1, 100);
    Arbitrary<PurchasePredictor> bg = Combinators.combine(shape, scale, shape, shape)
        .as((r, alpha, a, b) -> BgNbd.standard().withParameters(r, alpha, a, b));
    Arbitrary<PurchasePredictor> mbg = Combinators.combine(shape, scale, shape, shape)
        .as((r, alpha, a, b) -> BgNbd.modified().withParameters(r, alpha, a, b));
    Arbitrary<PurchasePredictor> pareto = Combinators.combine(shape, scale, shape, scale)
        .as((r, alpha, s, beta) -> ParetoNbd.model().withParameters(r, alpha, s, beta));
    return Arbitraries.oneOf(bg, mbg, pareto);
  }

  @Property(tries = 2000)
  void probabilityAliveStaysInUnitInterval(@ForAll("continuousModels") PurchasePredictor model,
      @ForAll("histories") History h) {
    assertThat(model.probabilityAlive(h.x(), h.tx(), h.age())).isBetween(0.0, 1.0);
  }

  @Property(tries = 2000)
  void expectedPurchasesAreFiniteAndNonNegative(@ForAll("continuousModels") PurchasePredictor model,
      @ForAll("histories") History h, @ForAll @DoubleRange(min = 0, max = 200) double t) {
    double expected = model.expectedPurchases(t, h.x(), h.tx(), h.age());
    assertThat(expected).isFinite().isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 1000)
  void probabilityAliveFallsAsRecencyAges(@ForAll("continuousModels") PurchasePredictor model,
      @ForAll("histories") History h, @ForAll @DoubleRange(min = 0, max = 100) double later) {
    double now = model.probabilityAlive(h.x(), h.tx(), h.age());
    double afterwards = model.probabilityAlive(h.x(), h.tx(), h.age() + later);
    assertThat(afterwards).isLessThanOrEqualTo(now + 1e-12);
  }

  @Property(tries = 1000)
  void bgBbPredictionsStayInRange(
      @ForAll @DoubleRange(min = 0.01, max = 50) double alpha, @ForAll @DoubleRange(min = 0.01, max = 50) double beta,
      @ForAll @DoubleRange(min = 0.01, max = 50) double gamma, @ForAll @DoubleRange(min = 0.01, max = 50) double delta,
      @ForAll @IntRange(min = 0, max = 60) int n, @ForAll @IntRange(min = 0, max = 60) int last,
      @ForAll @IntRange(min = 0, max = 60) int count, @ForAll @IntRange(min = 0, max = 30) int future) {
    int tx = Math.min(last, n);
    int x = tx == 0 ? 0 : Math.max(1, Math.min(count, tx));
    PurchasePredictor model = BgBb.model().withParameters(alpha, beta, gamma, delta);
    assertThat(model.probabilityAlive(x, tx, n)).isBetween(0.0, 1.0);
    assertThat(model.expectedPurchases(future, x, tx, n)).isFinite().isGreaterThanOrEqualTo(0)
        .isLessThanOrEqualTo(future + 1e-9);
  }

  @Property(tries = 3)
  void refittingSimulatedBgNbdDataRecoversTheParametersWithinTheirStandardErrors(@ForAll long seed) {
    double[] truth = {0.5, 5, 0.8, 2.5};
    PurchaseHistories simulated = new Simulation(seed).bgNbd(4000, truth[0], truth[1], truth[2], truth[3], 20, 52);
    ModelFit fit = BgNbd.standard().fit(simulated).summary();
    for (int i = 0; i < truth.length; i++) {
      Estimate e = fit.estimates().get(i);
      // Four standard errors: a false alarm once in about 16,000 parameters.
      assertThat(Math.abs(e.value() - truth[i])).as(e.toString()).isLessThanOrEqualTo(4 * e.standardError());
    }
  }

  @Property(tries = 3)
  void refittingSimulatedSpendRecoversTheParametersWithinTheirStandardErrors(@ForAll long seed) {
    double[] truth = {6, 4, 15};
    Simulation simulation = new Simulation(seed);
    double[] frequency = new double[3000];
    for (int i = 0; i < frequency.length; i++) {
      frequency[i] = 1 + (i % 7);
    }
    ModelFit fit = GammaGamma.model().fit(simulation.gammaGamma(frequency, truth[0], truth[1], truth[2])).summary();
    for (int i = 0; i < truth.length; i++) {
      Estimate e = fit.estimates().get(i);
      assertThat(Math.abs(e.value() - truth[i])).as(e.toString()).isLessThanOrEqualTo(4 * e.standardError());
    }
  }
}
