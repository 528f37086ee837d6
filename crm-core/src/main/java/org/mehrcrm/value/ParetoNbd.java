package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mehrcrm.value.internal.Objective;
import org.mehrcrm.value.internal.SpecialFunctions;

/**
 * The Pareto/NBD model (Schmittlein, Morrison and Colombo 1987, in the form of Fader and Hardie
 * note 009): purchases at a Poisson rate (gamma across customers, {@code r, α}) during an
 * exponentially distributed lifetime (its rate gamma across customers, {@code s, β}).
 *
 * <p>Example: on CDNOW {@code ParetoNbd.model().fit(histories)} gives {@code r = 0.553,
 * α = 10.578, s = 0.606, β = 11.669} and a log-likelihood of −9595.0. The hypergeometric terms are
 * evaluated in log space with Pfaff's transformation (see
 * {@link SpecialFunctions#logHyp2f1NextA}), so frequencies in the thousands neither overflow nor
 * lose P(alive) to cancellation. The gradient is taken numerically. Immutable and thread-safe.
 */
public final class ParetoNbd implements PurchaseModel {
  private static final List<String> NAMES = List.of("r", "alpha", "s", "beta");
  private static final ParetoNbd MODEL = new ParetoNbd();

  private ParetoNbd() {}

  /**
   * Returns the model.
   *
   * @return the model
   */
  public static ParetoNbd model() {
    return MODEL;
  }

  @Override
  public String name() {
    return "pareto-nbd";
  }

  @Override
  public List<String> parameterNames() {
    return NAMES;
  }

  @Override
  public FittedPurchaseModel fit(PurchaseHistories histories) {
    requireNonNull(histories, "histories");
    double[] x = histories.frequency();
    double[] tx = histories.recency();
    double[] t = histories.age();
    double[] w = histories.weight();
    double total = histories.customers();
    Objective objective = Objective.numericGradient(phi -> {
      Predictor p = new Predictor(Math.exp(phi[0]), Math.exp(phi[1]), Math.exp(phi[2]), Math.exp(phi[3]));
      double ll = 0;
      double lgR = SpecialFunctions.logGamma(p.r);
      for (int i = 0; i < x.length; i++) {
        if (w[i] != 0) {
          ll += w[i] * p.logLikelihood(x[i], tx[i], t[i], lgR);
        }
      }
      return -ll / total;
    });
    ModelFit fit = MaximumLikelihood.fit(name(), NAMES, objective, new double[] {0.5, 15, 0.5, 10}, total);
    return new FittedPurchaseModel(fit,
        new Predictor(fit.value("r"), fit.value("alpha"), fit.value("s"), fit.value("beta")));
  }

  @Override
  public PurchasePredictor withParameters(double... parameters) {
    double[] p = MaximumLikelihood.positive(NAMES, requireNonNull(parameters, "parameters"));
    return new Predictor(p[0], p[1], p[2], p[3]);
  }

  /** Pareto/NBD at fixed parameters. */
  private record Predictor(double r, double alpha, double s, double beta) implements PurchasePredictor {

    @Override
    public Map<String, Double> parameters() {
      Map<String, Double> map = new LinkedHashMap<>();
      map.put("r", r);
      map.put("alpha", alpha);
      map.put("s", s);
      map.put("beta", beta);
      return Collections.unmodifiableMap(map);
    }

    /** Returns {@code log L_i}, note 009 eq. (18)-(20), given {@code log Γ(r)}. */
    double logLikelihood(double x, double tx, double t, double logGammaR) {
      double lx = SpecialFunctions.logGamma(r + x) - logGammaR + r * Math.log(alpha) + s * Math.log(beta);
      return lx + SpecialFunctions.logAddExp(logAliveBranch(x, t), logDeadBranch(x, tx, t));
    }

    /** {@code -(r+x) log(α+T) - s log(β+T)}: the customer is alive at T. */
    private double logAliveBranch(double x, double t) {
      return -(r + x) * Math.log(alpha + t) - s * Math.log(beta + t);
    }

    /** {@code log(s / (r+s+x) · A0)}: the customer died between tₓ and T. */
    private double logDeadBranch(double x, double tx, double t) {
      double rsx = r + s + x;
      double big;
      double b2;
      if (alpha >= beta) {
        big = alpha;
        b2 = s + 1;
      } else {
        big = beta;
        b2 = r + x;
      }
      double d = Math.abs(alpha - beta);
      double logBigTx = Math.log(big + tx);
      double logBigT = Math.log(big + t);
      double lf1 = SpecialFunctions.logHyp2f1NextA(rsx, b2, d / (big + tx));
      double lf2 = SpecialFunctions.logHyp2f1NextA(rsx, b2, d / (big + t));
      double u = lf2 - lf1 + rsx * (logBigTx - logBigT);
      double logA0 = lf1 - rsx * logBigTx + SpecialFunctions.log1mExp(u);
      return Math.log(s) - Math.log(rsx) + logA0;
    }

    @Override
    public double probabilityAlive(double frequency, double recency, double age) {
      double ly = logAliveBranch(frequency, age);
      double lz = logDeadBranch(frequency, recency, age);
      double p = Math.exp(ly - SpecialFunctions.logAddExp(ly, lz));
      return p > 1 ? 1 : p;
    }

    @Override
    public double expectedPurchases(double t, double frequency, double recency, double age) {
      if (t <= 0) {
        return 0;
      }
      double logShrink = Math.log1p(t / (beta + age));
      double sm1 = s - 1;
      double integral = Math.abs(sm1) < 1e-9
          ? logShrink * (1 - sm1 * logShrink / 2)
          : -Math.expm1(-sm1 * logShrink) / sm1;
      double expected = (r + frequency) * (beta + age) / (alpha + age) * integral
          * probabilityAlive(frequency, recency, age);
      return expected > 0 ? expected : 0;
    }
  }
}
