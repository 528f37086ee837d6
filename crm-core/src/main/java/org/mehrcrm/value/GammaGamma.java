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
 * The Gamma-Gamma model of spend (Fader, Hardie and Lee 2005; Fader and Hardie note 025): the
 * value of a customer's purchases is gamma with shape {@code p} around a customer-specific scale
 * that is itself gamma ({@code q, γ}) across customers.
 *
 * <p>Example: on the 946 repeat buyers of CDNOW, {@code GammaGamma.model().fit(spend)} gives
 * {@code p = 6.25, q = 3.74, γ = 15.44}; the expected spend of a customer with 2 repeat purchases
 * averaging 22.35 is then 24.66. Immutable and thread-safe.
 */
public final class GammaGamma implements SpendModel {
  private static final List<String> NAMES = List.of("p", "q", "gamma");
  private static final GammaGamma MODEL = new GammaGamma();

  private GammaGamma() {}

  /**
   * Returns the model.
   *
   * @return the model
   */
  public static GammaGamma model() {
    return MODEL;
  }

  @Override
  public String name() {
    return "gamma-gamma";
  }

  @Override
  public List<String> parameterNames() {
    return NAMES;
  }

  @Override
  public FittedSpendModel fit(SpendHistories histories) {
    requireNonNull(histories, "histories");
    ModelFit fit = MaximumLikelihood.fit(name(), NAMES, new Likelihood(histories), new double[] {1, 1, 1},
        histories.size());
    return new FittedSpendModel(fit, at(fit.value("p"), fit.value("q"), fit.value("gamma")));
  }

  @Override
  public SpendPredictor withParameters(double... parameters) {
    double[] p = MaximumLikelihood.positive(NAMES, requireNonNull(parameters, "parameters"));
    return at(p[0], p[1], p[2]);
  }

  private static SpendPredictor at(double p, double q, double gamma) {
    return new Predictor(p, q, gamma);
  }

  /**
   * The log-likelihood of the mean spends: the log-gamma and digamma terms are computed once per
   * distinct frequency, the rest is one log per customer.
   *
   * <p>Per customer: {@code lnΓ(px+q) - lnΓ(px) - lnΓ(q) + q log γ + (px-1) log m + px log x
   * - (px+q) log(γ + m x)}.
   */
  private static final class Likelihood implements Objective {
    private final int[] x;
    private final double[] mx;
    private final double sumLogM;
    private final double[] count;
    private final double[] logMPlusLogX;

    Likelihood(SpendHistories h) {
      double[] f = h.frequency();
      double[] m = h.meanSpend();
      this.x = new int[f.length];
      this.mx = new double[f.length];
      int max = 0;
      double slm = 0;
      for (int i = 0; i < f.length; i++) {
        x[i] = (int) f[i];
        max = Math.max(max, x[i]);
        mx[i] = m[i] * f[i];
        slm += Math.log(m[i]);
      }
      this.sumLogM = slm;
      this.count = new double[max + 1];
      this.logMPlusLogX = new double[max + 1];
      for (int i = 0; i < f.length; i++) {
        count[x[i]] += 1;
        logMPlusLogX[x[i]] += Math.log(m[i]) + Math.log(f[i]);
      }
    }

    @Override
    public double valueAndGradient(double[] phi, double[] gradient) {
      double p = Math.exp(phi[0]);
      double q = Math.exp(phi[1]);
      double g = Math.exp(phi[2]);
      double n = x.length;
      double logG = Math.log(g);
      // ll_i = lnΓ(px+q) - lnΓ(px) - lnΓ(q) + q log γ + (px-1) log m + px log x - (px+q) log(γ + m x)
      double ll = n * (q * logG - SpecialFunctions.logGamma(q)) - sumLogM;
      double dp = 0;
      double dq = n * (logG - SpecialFunctions.digamma(q));
      double dg = n * q / g;
      for (int k = 1; k < count.length; k++) {
        if (count[k] == 0) {
          continue;
        }
        double px = p * k;
        double lg = SpecialFunctions.logGamma(px + q) - SpecialFunctions.logGamma(px);
        double psiPq = SpecialFunctions.digamma(px + q);
        double psiP = SpecialFunctions.digamma(px);
        ll += count[k] * lg + p * k * logMPlusLogX[k];
        dp += k * (count[k] * (psiPq - psiP) + logMPlusLogX[k]);
        dq += count[k] * psiPq;
      }
      double sumPxq = 0;
      double sumXlog = 0;
      double sumLog = 0;
      double sumInv = 0;
      for (int i = 0; i < x.length; i++) {
        int xi = x[i];
        double px = p * xi;
        double denominator = g + mx[i];
        double l = Math.log(denominator);
        double pxq = px + q;
        sumPxq += pxq * l;
        sumXlog += xi * l;
        sumLog += l;
        sumInv += pxq / denominator;
      }
      ll -= sumPxq;
      dp -= sumXlog;
      dq -= sumLog;
      dg -= sumInv;
      gradient[0] = -dp * p / n;
      gradient[1] = -dq * q / n;
      gradient[2] = -dg * g / n;
      return -ll / n;
    }
  }

  /** Gamma-Gamma at fixed parameters. */
  private record Predictor(double p, double q, double gamma) implements SpendPredictor {

    @Override
    public Map<String, Double> parameters() {
      Map<String, Double> map = new LinkedHashMap<>();
      map.put("p", p);
      map.put("q", q);
      map.put("gamma", gamma);
      return Collections.unmodifiableMap(map);
    }

    @Override
    public double expectedSpend(double frequency, double meanSpend) {
      double x = frequency > 0 ? frequency : 0;
      double m = frequency > 0 ? meanSpend : 0;
      if (q <= 1) {
        throw new InvalidFieldException("q", "must exceed 1 for the expected spend to exist");
      }
      return p * (gamma + x * m) / (p * x + q - 1);
    }
  }
}
