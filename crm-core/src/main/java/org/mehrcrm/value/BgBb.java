package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.value.internal.Objective;
import org.mehrcrm.value.internal.SpecialFunctions;

/**
 * The BG/BB model of Fader, Hardie and Shang (2010) for discrete transaction opportunities (a
 * yearly donation, an annual event): at each opportunity an alive customer transacts with a
 * probability that is beta across customers ({@code α, β}) and may drop out with a probability
 * that is beta across customers ({@code γ, δ}).
 *
 * <p>Example: on the 11,104 donors of the charity data (6 opportunities)
 * {@code BgBb.model().fit(histories)} gives {@code α = 1.204, β = 0.750, γ = 0.657, δ = 2.783}.
 * Frequency, recency and age of {@link PurchaseHistories} are here the number of transactions,
 * the opportunity of the last one and the number of opportunities {@code n}; the time {@code t}
 * of a prediction is a number of future opportunities. The gradient is taken numerically.
 * Immutable and thread-safe.
 */
public final class BgBb implements PurchaseModel {
  private static final List<String> NAMES = List.of("alpha", "beta", "gamma", "delta");
  private static final BgBb MODEL = new BgBb();

  private BgBb() {}

  /**
   * Returns the model.
   *
   * @return the model
   */
  public static BgBb model() {
    return MODEL;
  }

  @Override
  public String name() {
    return "bg-bb";
  }

  @Override
  public List<String> parameterNames() {
    return NAMES;
  }

  /**
   * Fits the model.
   *
   * @param histories the cohort; frequency, recency and age must be whole numbers
   * @return the estimates and the predictor
   * @throws InvalidFieldException if a recency or age is not a whole number
   * @throws ModelFitException if the fit does not converge
   */
  @Override
  public FittedPurchaseModel fit(PurchaseHistories histories) {
    requireNonNull(histories, "histories");
    double[] x = histories.frequency();
    double[] tx = histories.recency();
    double[] n = histories.age();
    double[] w = histories.weight();
    for (int i = 0; i < x.length; i++) {
      if (tx[i] != Math.rint(tx[i]) || n[i] != Math.rint(n[i])) {
        throw new InvalidFieldException("recency[" + i + "]", "must be a whole number of opportunities, as the age");
      }
      if (x[i] > tx[i]) {
        throw new InvalidFieldException("frequency[" + i + "]", "must not exceed the recency");
      }
    }
    double total = histories.customers();
    Objective objective = Objective.numericGradient(phi -> {
      Predictor p = new Predictor(Math.exp(phi[0]), Math.exp(phi[1]), Math.exp(phi[2]), Math.exp(phi[3]));
      double ll = 0;
      for (int i = 0; i < x.length; i++) {
        if (w[i] != 0) {
          ll += w[i] * p.logLikelihood(x[i], tx[i], n[i]);
        }
      }
      return -ll / total;
    });
    ModelFit fit = MaximumLikelihood.fit(name(), NAMES, objective, new double[] {1, 1, 1, 1}, total);
    return new FittedPurchaseModel(fit,
        new Predictor(fit.value("alpha"), fit.value("beta"), fit.value("gamma"), fit.value("delta")));
  }

  @Override
  public PurchasePredictor withParameters(double... parameters) {
    double[] p = MaximumLikelihood.positive(NAMES, requireNonNull(parameters, "parameters"));
    return new Predictor(p[0], p[1], p[2], p[3]);
  }

  /** BG/BB at fixed parameters. */
  private record Predictor(double alpha, double beta, double gamma, double delta) implements PurchasePredictor {

    @Override
    public Map<String, Double> parameters() {
      Map<String, Double> map = new LinkedHashMap<>();
      map.put("alpha", alpha);
      map.put("beta", beta);
      map.put("gamma", gamma);
      map.put("delta", delta);
      return Collections.unmodifiableMap(map);
    }

    /** Returns {@code log L(α, β, γ, δ | x, tₓ, n)}, eq. (5) of Fader, Hardie and Shang (2010). */
    double logLikelihood(double x, double tx, double n) {
      double lbAb = SpecialFunctions.logBeta(alpha, beta);
      double lbGd = SpecialFunctions.logBeta(gamma, delta);
      double ll = SpecialFunctions.logBeta(alpha + x, beta + n - x) - lbAb
          + SpecialFunctions.logBeta(gamma, delta + n) - lbGd;
      for (int i = 0; i <= n - tx - 1; i++) {
        ll = SpecialFunctions.logAddExp(ll, SpecialFunctions.logBeta(alpha + x, beta + tx - x + i) - lbAb
            + SpecialFunctions.logBeta(gamma + 1, delta + tx + i) - lbGd);
      }
      return ll;
    }

    @Override
    public double probabilityAlive(double frequency, double recency, double age) {
      double lp = SpecialFunctions.logBeta(alpha + frequency, beta + age - frequency)
          - SpecialFunctions.logBeta(alpha, beta)
          + SpecialFunctions.logBeta(gamma, delta + age + 1) - SpecialFunctions.logBeta(gamma, delta)
          - logLikelihood(frequency, recency, age);
      double p = Math.exp(lp);
      return p > 1 ? 1 : p;
    }

    /**
     * Returns E[X(n, n + n*) | x, tₓ, n], eq. (13) of Fader, Hardie and Shang (2010), for
     * {@code n* = t} future opportunities.
     */
    @Override
    public double expectedPurchases(double t, double frequency, double recency, double age) {
      if (t <= 0) {
        return 0;
      }
      double n = age;
      double logFront = SpecialFunctions.logBeta(alpha + frequency + 1, beta + n - frequency)
          - SpecialFunctions.logBeta(alpha, beta) - logLikelihood(frequency, recency, n)
          + Math.log(delta) + SpecialFunctions.logGamma(gamma + delta) - SpecialFunctions.logGamma(1 + delta);
      // [Γ(1+δ+n)/Γ(γ+δ+n) - Γ(1+δ+n+n*)/Γ(γ+δ+n+n*)] / (γ - 1), with the limit at γ = 1.
      double lgNow = SpecialFunctions.logGamma(1 + delta + n) - SpecialFunctions.logGamma(gamma + delta + n);
      double lgLater = SpecialFunctions.logGamma(1 + delta + n + t)
          - SpecialFunctions.logGamma(gamma + delta + n + t);
      double gm1 = gamma - 1;
      double difference;
      if (Math.abs(gm1) < 1e-7) {
        difference = SpecialFunctions.digamma(1 + delta + n + t) - SpecialFunctions.digamma(1 + delta + n);
      } else {
        difference = -Math.expm1(lgLater - lgNow) / gm1;
      }
      double expected = Math.exp(logFront + lgNow) * difference;
      return expected > 0 && Double.isFinite(expected) ? expected : 0;
    }

    @Override
    public double expectedPurchasesOfNewCustomer(double t) {
      return expectedPurchases(t, 0, 0, 0);
    }
  }
}
