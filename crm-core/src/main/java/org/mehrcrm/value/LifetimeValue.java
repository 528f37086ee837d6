package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.InvalidFieldException;

/**
 * Residual customer lifetime value: a purchase model, a spend model, a horizon with its discount
 * rate and the margin on revenue, combined as {@code CLV = margin × E[spend] × Σₖ E[purchases in
 * period k] / (1 + rate)^k}.
 *
 * <p>Example: a year in monthly steps on weekly CDNOW data at 1% a month and a 30% margin:
 * <pre>{@code
 * LifetimeValue value = LifetimeValue.of(bgNbd.predictor(), gammaGamma.predictor(),
 *     ValueHorizon.of(12, 52.0 / 12, 0.01), 0.3);
 * ValueScore score = value.score(2, 30.43, 38.86, 22.35);
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param purchases the purchase model at its parameters
 * @param spend the spend model at its parameters
 * @param horizon the periods and the discount rate
 * @param margin the share of revenue that is margin, in {@code [0, 1]}
 */
public record LifetimeValue(PurchasePredictor purchases, SpendPredictor spend, ValueHorizon horizon, double margin) {

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the margin is outside {@code [0, 1]}
   */
  public LifetimeValue {
    requireNonNull(purchases, "purchases");
    requireNonNull(spend, "spend");
    requireNonNull(horizon, "horizon");
    if (!(margin >= 0 && margin <= 1)) {
      throw new InvalidFieldException("margin", "must lie between 0 and 1");
    }
  }

  /**
   * Returns the combination.
   *
   * @param purchases the purchase model at its parameters
   * @param spend the spend model at its parameters
   * @param horizon the periods and the discount rate
   * @param margin the share of revenue that is margin
   * @return the lifetime value calculation
   */
  public static LifetimeValue of(PurchasePredictor purchases, SpendPredictor spend, ValueHorizon horizon,
      double margin) {
    return new LifetimeValue(purchases, spend, horizon, margin);
  }

  /**
   * Scores one customer.
   *
   * @param frequency repeat purchases {@code x}
   * @param recency time of the last repeat purchase {@code tₓ}
   * @param age time since the first purchase {@code T}
   * @param meanSpend mean value of the repeat purchases (ignored when {@code x = 0})
   * @return the score
   */
  public ValueScore score(double frequency, double recency, double age, double meanSpend) {
    PurchaseOutlook outlook = purchases.outlook(frequency, recency, age, horizon);
    double perPurchase = spend.expectedSpend(frequency, meanSpend);
    return new ValueScore(outlook.probabilityAlive(), outlook.expectedPurchases(), perPurchase,
        margin * perPurchase * outlook.discountedPurchases());
  }
}
