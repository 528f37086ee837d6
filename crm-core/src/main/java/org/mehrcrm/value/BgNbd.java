package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mehrcrm.value.internal.Objective;

/**
 * The BG/NBD model of Fader, Hardie and Lee (2005), and its MBG/NBD variant (Batislam, Denizel
 * and Filiztekin 2007): purchases at a Poisson rate (gamma across customers, {@code r, α}) until
 * the customer drops out after a purchase with a probability that is beta across customers
 * ({@code a, b}). MBG/NBD also lets a customer drop out right after the first purchase.
 *
 * <p>Example: {@code BgNbd.standard().fit(histories).summary()} gives {@code r = 0.243,
 * α = 4.414, a = 0.793, b = 2.426} on CDNOW. The likelihood is evaluated in log space; the
 * conditional expectation uses Euler's transformation of its hypergeometric factor so that it
 * neither overflows nor cancels for frequencies in the thousands. Immutable and thread-safe.
 */
public final class BgNbd implements PurchaseModel {
  private static final List<String> NAMES = List.of("r", "alpha", "a", "b");
  private static final BgNbd STANDARD = new BgNbd(false);
  private static final BgNbd MODIFIED = new BgNbd(true);

  private final boolean modified;

  private BgNbd(boolean modified) {
    this.modified = modified;
  }

  /**
   * Returns BG/NBD.
   *
   * @return the model
   */
  public static BgNbd standard() {
    return STANDARD;
  }

  /**
   * Returns MBG/NBD, where a customer may drop out right after the first purchase too.
   *
   * @return the model
   */
  public static BgNbd modified() {
    return MODIFIED;
  }

  @Override
  public String name() {
    return modified ? "mbg-nbd" : "bg-nbd";
  }

  @Override
  public List<String> parameterNames() {
    return NAMES;
  }

  @Override
  public FittedPurchaseModel fit(PurchaseHistories histories) {
    requireNonNull(histories, "histories");
    Likelihood likelihood = new Likelihood(histories, modified);
    ModelFit fit = MaximumLikelihood.fit(name(), NAMES, likelihood, new double[] {1, 3, 1, 3},
        histories.customers());
    return new FittedPurchaseModel(fit, predictor(fit.estimates().stream().mapToDouble(Estimate::value).toArray()));
  }

  @Override
  public PurchasePredictor withParameters(double... parameters) {
    return predictor(MaximumLikelihood.positive(NAMES, requireNonNull(parameters, "parameters")));
  }

  private Predictor predictor(double[] p) {
    return new Predictor(p[0], p[1], p[2], p[3], modified ? 1 : 0);
  }

  /**
   * The log-likelihood over a cohort, prepared once: the terms that depend only on the frequency
   * are summed per frequency (weighted counts), so that each evaluation computes log-gammas and
   * digammas once per distinct frequency and only logs and one exponential per customer.
   */
  private static final class Likelihood implements Objective {
    private final int[] x;
    private final double[] recency;
    private final double[] age;
    private final double[] weight;
    private final double[] countByFrequency;
    private final double totalWeight;
    private final int offset;
    private final boolean modified;

    Likelihood(PurchaseHistories h, boolean modified) {
      double[] f = h.frequency();
      this.x = new int[f.length];
      int max = 0;
      for (int i = 0; i < f.length; i++) {
        x[i] = (int) f[i];
        max = Math.max(max, x[i]);
      }
      this.recency = h.recency();
      this.age = h.age();
      this.weight = h.weight();
      this.countByFrequency = new double[max + 1];
      for (int i = 0; i < x.length; i++) {
        countByFrequency[x[i]] += weight[i];
      }
      this.totalWeight = h.customers();
      this.modified = modified;
      this.offset = modified ? 1 : 0;
    }

    @Override
    public double valueAndGradient(double[] phi, double[] gradient) {
      double r = Math.exp(phi[0]);
      double alpha = Math.exp(phi[1]);
      double a = Math.exp(phi[2]);
      double b = Math.exp(phi[3]);
      int maxX = countByFrequency.length - 1;
      double logAlpha = Math.log(alpha);
      double logA = Math.log(a);
      double ab = a + b;
      // Frequency terms, by recurrence: log Γ(r + k) - log Γ(r) and ψ(r + k) - ψ(r), and so on.
      double ll = 0;
      double dr = 0;
      double da = 0;
      double db = 0;
      double lgR = 0;
      double psiR = 0;
      double lgB = 0;
      double psiB = 0;
      double lgAb = 0;
      double psiAb = 0;
      if (modified) {
        lgB = Math.log(b);
        psiB = 1 / b;
        lgAb = Math.log(ab);
        psiAb = 1 / ab;
      }
      double[] invB = new double[maxX + 1];
      for (int k = 0; k <= maxX; k++) {
        double n = countByFrequency[k];
        if (n != 0) {
          ll += n * (lgR + lgB - lgAb);
          dr += n * psiR;
          da -= n * psiAb;
          db += n * (psiB - psiAb);
        }
        double bk = b + k - 1 + offset;
        invB[k] = 1 / bk;
        lgR += Math.log(r + k);
        psiR += 1 / (r + k);
        lgB += Math.log(b + k + offset);
        psiB += 1 / (b + k + offset);
        lgAb += Math.log(ab + k + offset);
        psiAb += 1 / (ab + k + offset);
      }
      ll += totalWeight * r * logAlpha;
      dr += totalWeight * logAlpha;
      double dalpha = totalWeight * r / alpha;
      // Customer terms: log(e^A3 + e^A4), A3 = -(r+x) log(α+T), A4 = log a - log(b+x-1) - (r+x) log(α+tₓ).
      double sumLse = 0;
      double sumDr = 0;
      double sumDalpha = 0;
      double sumDa = 0;
      double sumDb = 0;
      int[] xs = x;
      double[] ts = age;
      double[] txs = recency;
      double[] ws = weight;
      double[] lb = new double[maxX + 1];
      for (int k = 0; k <= maxX; k++) {
        lb[k] = logA + Math.log(invB[k]);
      }
      for (int i = 0; i < xs.length; i++) {
        int xi = xs[i];
        double w = ws[i];
        double rx = r + xi;
        double aT = alpha + ts[i];
        double lat = Math.log(aT);
        double a3 = -rx * lat;
        if (xi == 0 && !modified) {
          sumLse += w * a3;
          sumDr -= w * lat;
          sumDalpha -= w * rx / aT;
          continue;
        }
        double aTx = alpha + txs[i];
        double latx = Math.log(aTx);
        double a4 = lb[xi] - rx * latx;
        double d = a4 - a3;
        double lse;
        double w4;
        // log(1 + e) with e in [0, 1]: its absolute error (1e-16) is all that matters here.
        if (d <= 0) {
          double e = Math.exp(d);
          double onePlus = 1 + e;
          lse = a3 + Math.log(onePlus);
          w4 = e / onePlus;
        } else {
          double e = Math.exp(-d);
          double onePlus = 1 + e;
          lse = a4 + Math.log(onePlus);
          w4 = 1 / onePlus;
        }
        double w3 = 1 - w4;
        sumLse += w * lse;
        sumDr -= w * (w3 * lat + w4 * latx);
        sumDalpha -= w * rx * (w3 / aT + w4 / aTx);
        double ww4 = w * w4;
        sumDa += ww4;
        sumDb -= ww4 * invB[xi];
      }
      ll += sumLse;
      dr += sumDr;
      dalpha += sumDalpha;
      da += sumDa / a;
      db += sumDb;
      gradient[0] = -dr * r / totalWeight;
      gradient[1] = -dalpha * alpha / totalWeight;
      gradient[2] = -da * a / totalWeight;
      gradient[3] = -db * b / totalWeight;
      return -ll / totalWeight;
    }
  }

  /** BG/NBD or MBG/NBD at fixed parameters. */
  private record Predictor(double r, double alpha, double a, double b, int offset) implements PurchasePredictor {

    @Override
    public Map<String, Double> parameters() {
      Map<String, Double> map = new LinkedHashMap<>();
      map.put("r", r);
      map.put("alpha", alpha);
      map.put("a", a);
      map.put("b", b);
      return Collections.unmodifiableMap(map);
    }

    @Override
    public double probabilityAlive(double frequency, double recency, double age) {
      if (frequency == 0 && offset == 0) {
        return 1;
      }
      double logOdds = Math.log(a) - Math.log(b + frequency - 1 + offset)
          + (r + frequency) * (Math.log(alpha + age) - Math.log(alpha + recency));
      return 1 / (1 + Math.exp(logOdds));
    }

    @Override
    public double expectedPurchases(double t, double frequency, double recency, double age) {
      if (t <= 0) {
        return 0;
      }
      double c = a + b + offset + frequency - 1;
      double upper = a + b + offset - 1 - r;
      double z = t / (alpha + age + t);
      double logOneMinusZ = -Math.log1p(t / (alpha + age));
      double am1 = a - 1;
      double e1 = Math.abs(am1) < 1e-9
          ? -logOneMinusZ * (1 + am1 * logOneMinusZ / 2)
          : -Math.expm1(am1 * logOneMinusZ) / am1;
      double g = tailSeries(upper, a, c, z);
      double bracket = e1 - Math.exp(am1 * logOneMinusZ) * g;
      double expected = c * bracket * probabilityAlive(frequency, recency, age);
      return expected > 0 ? expected : 0;
    }

    /**
     * Computes the outlook in one pass: P(alive) once, and the hypergeometric series of all
     * periods together, so that the coefficients (with their divisions) are computed once per
     * customer and the periods' sums run as independent chains.
     */
    @Override
    public PurchaseOutlook outlook(double frequency, double recency, double age, ValueHorizon horizon) {
      int periods = horizon.periods();
      double alive = probabilityAlive(frequency, recency, age);
      double c = a + b + offset + frequency - 1;
      double upper = a + b + offset - 1 - r;
      double am1 = a - 1;
      double scale = alpha + age;
      double step = horizon.periodLength();
      // The series of four periods at a time run as four independent chains held in registers;
      // each group stops when the next term of its longest period no longer counts.
      double[] sum = new double[periods];
      for (int g = 0; g < periods; g += 4) {
        int lanes = Math.min(4, periods - g);
        double z0 = fraction(g, step, scale);
        double z1 = lanes > 1 ? fraction(g + 1, step, scale) : 0;
        double z2 = lanes > 2 ? fraction(g + 2, step, scale) : 0;
        double z3 = lanes > 3 ? fraction(g + 3, step, scale) : 0;
        double zl = fraction(g + lanes - 1, step, scale);
        double coefficient = upper / c;
        double p0 = z0;
        double p1 = z1;
        double p2 = z2;
        double p3 = z3;
        double pl = zl;
        double s0 = coefficient * p0;
        double s1 = coefficient * p1;
        double s2 = coefficient * p2;
        double s3 = coefficient * p3;
        double sl = coefficient * pl;
        double tolerance = 1e-14 * (1 - zl);
        for (int k = 1; k < 10_000_000; k++) {
          double ratio = (upper + k) * (a + k - 1) / ((c + k) * (k + 1));
          coefficient *= ratio;
          p0 *= z0;
          p1 *= z1;
          p2 *= z2;
          p3 *= z3;
          pl *= zl;
          s0 += coefficient * p0;
          s1 += coefficient * p1;
          s2 += coefficient * p2;
          s3 += coefficient * p3;
          double term = coefficient * pl;
          sl += term;
          if (Math.abs(term) <= tolerance * Math.abs(sl) && Math.abs(ratio * zl) < 1 || term == 0) {
            break;
          }
        }
        sum[g] = s0;
        if (lanes > 1) {
          sum[g + 1] = s1;
        }
        if (lanes > 2) {
          sum[g + 2] = s2;
        }
        if (lanes > 3) {
          sum[g + 3] = s3;
        }
      }
      double factor = 1 / (1 + horizon.discountRate());
      double discount = 1;
      double before = 0;
      double discounted = 0;
      double cumulative = 0;
      for (int j = 0; j < periods; j++) {
        double q = (j + 1) * step / scale;
        double logOneMinusZ = -(q < 1e-4 ? Math.log1p(q) : Math.log(1 + q));
        double y = am1 * logOneMinusZ;
        double em1 = Math.abs(y) < 1e-4 ? Math.expm1(y) : Math.exp(y) - 1;
        double e1 = Math.abs(am1) < 1e-9 ? -logOneMinusZ * (1 + y / 2) : -em1 / am1;
        double bracket = e1 - (1 + em1) * sum[j];
        cumulative = Math.max(before, c * bracket * alive);
        discount *= factor;
        discounted += (cumulative - before) * discount;
        before = cumulative;
      }
      return new PurchaseOutlook(alive, cumulative, discounted);
    }

    /** Returns z = t / (α + T + t) for the end of period {@code j} (0-based). */
    private static double fraction(int j, double step, double scale) {
      double t = (j + 1) * step;
      return t / (scale + t);
    }

    @Override
    public double discountedPurchases(double frequency, double recency, double age, ValueHorizon horizon) {
      return outlook(frequency, recency, age, horizon).discountedPurchases();
    }

    /** Σ_{k≥1} (A)_k (a)_{k-1} / ((C)_k k!) z^k: (2F1(A, a-1; C; z) - 1) / (a - 1), without the division. */
    private static double tailSeries(double upper, double a, double c, double z) {
      double term = upper / c * z;
      double sum = term;
      for (int k = 1; k < 10_000_000; k++) {
        double ratio = (upper + k) * (a + k - 1) / ((c + k) * (k + 1)) * z;
        term *= ratio;
        sum += term;
        if (Math.abs(term) <= 1e-16 * (1 - z) * Math.abs(sum) && Math.abs(ratio) < 1 || term == 0) {
          return sum;
        }
      }
      return sum;
    }
  }
}
