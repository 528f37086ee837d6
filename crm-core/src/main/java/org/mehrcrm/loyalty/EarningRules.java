package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.CurrencyMismatchException;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * The shipped {@link EarningRule}s: points per amount spent, per engagement, category and product
 * multipliers, the tier multiplier, time-window promotions and caps per member and period.
 *
 * <p>Example, 1 point per euro rounded down, double points on coffee, the tier's multiplier, and at
 * most 5,000 points a month:
 * <pre>{@code
 * List<EarningRule> rules = List.of(
 *     EarningRules.perAmountSpent(Money.of("1", "EUR"), 1, RoundingMode.DOWN),
 *     EarningRules.categoryMultiplier("coffee", 200, RoundingMode.DOWN),
 *     EarningRules.tierMultiplier(RoundingMode.DOWN),
 *     EarningRules.cap("monthly", 5_000, CapPeriod.MONTH));
 * }</pre>
 * Multipliers are whole percentages (150 = ×1.5) with an explicit rounding mode: no floating
 * point. All rules are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EarningRules {
  private EarningRules() {}

  /**
   * Returns the rule that adds points per whole unit spent on each line.
   *
   * @param unit the amount that earns {@code points}, positive
   * @param points the points per unit, at least 1
   * @param rounding how to round a line's amount to whole units
   * @return the rule
   * @throws InvalidFieldException if the unit is not positive or points below 1
   */
  public static EarningRule perAmountSpent(Money unit, long points, RoundingMode rounding) {
    return new PerAmountSpent(unit, points, rounding);
  }

  /**
   * Returns the rule that adds a bonus for an engagement of a type.
   *
   * @param type the engagement type
   * @param points the points, at least 1
   * @return the rule
   * @throws InvalidFieldException if points below 1
   */
  public static EarningRule perEngagement(EngagementType type, long points) {
    return new PerEngagement(type, points);
  }

  /**
   * Returns the rule that multiplies the points of lines in a category.
   *
   * @param category the category
   * @param percent the multiplier in percent, not negative
   * @param rounding how to round the product
   * @return the rule
   * @throws InvalidFieldException if the category is blank or the percent negative
   */
  public static EarningRule categoryMultiplier(String category, int percent, RoundingMode rounding) {
    return new LineMultiplier(null, category, percent, rounding);
  }

  /**
   * Returns the rule that multiplies the points of lines for a product.
   *
   * @param productCode the product
   * @param percent the multiplier in percent, not negative
   * @param rounding how to round the product
   * @return the rule
   * @throws InvalidFieldException if the code is invalid or the percent negative
   */
  public static EarningRule productMultiplier(String productCode, int percent, RoundingMode rounding) {
    return new LineMultiplier(Ids.requireValid(productCode, "productCode"), null, percent, rounding);
  }

  /**
   * Returns the rule that multiplies all points so far by the member's tier multiplier.
   *
   * @param rounding how to round the product
   * @return the rule
   */
  public static EarningRule tierMultiplier(RoundingMode rounding) {
    return new TierMultiplier(rounding);
  }

  /**
   * Returns the rule that applies another rule only to activities in a time window.
   *
   * @param from the first moment of the window
   * @param until the first moment after it
   * @param rule the rule to apply inside the window
   * @return the rule
   * @throws InvalidFieldException if {@code until} is not after {@code from}
   */
  public static EarningRule promotion(Instant from, Instant until, EarningRule rule) {
    return new Promotion(from, until, rule);
  }

  /**
   * Returns the rule that caps the points so far per member and period; place it after the rules
   * it caps.
   *
   * @param capId a name for the cap, unique in the programme
   * @param maxPoints the most points per period, not negative
   * @param period the period
   * @return the rule
   * @throws InvalidFieldException if the id is invalid or the maximum negative
   */
  public static EarningRule cap(String capId, long maxPoints, CapPeriod period) {
    return new Cap(capId, maxPoints, period);
  }

  static long multiply(long points, int percent, RoundingMode rounding) {
    return BigDecimal.valueOf(points).multiply(BigDecimal.valueOf(percent))
        .divide(BigDecimal.valueOf(100), 0, rounding).longValueExact();
  }

  /**
   * Points per whole unit spent on each line.
   *
   * @param unit the amount that earns {@code points}
   * @param points the points per unit
   * @param rounding how to round to whole units
   */
  public record PerAmountSpent(Money unit, long points, RoundingMode rounding) implements EarningRule {
    /**
     * Validates the rule.
     *
     * @throws InvalidFieldException if the unit is not positive or points below 1
     */
    public PerAmountSpent {
      requireNonNull(unit, "unit");
      requireNonNull(rounding, "rounding");
      if (!unit.isPositive()) {
        throw new InvalidFieldException("unit", "must be positive");
      }
      if (points < 1) {
        throw new InvalidFieldException("points", "must be at least 1");
      }
    }

    /**
     * {@inheritDoc}
     *
     * @throws CurrencyMismatchException if the purchase is in another currency than the unit
     */
    @Override
    public Award apply(EarningContext context, Award award) {
      List<PurchaseLine> lines = context.lines();
      Award next = award;
      for (int i = 0; i < lines.size(); i++) {
        Money amount = lines.get(i).amount();
        if (!amount.currency().equals(unit.currency())) {
          throw new CurrencyMismatchException(unit.currency(), amount.currency());
        }
        long units = amount.amount().divide(unit.amount(), 0, rounding).longValueExact();
        next = next.withLine(i, Math.addExact(next.linePoints().get(i), Math.multiplyExact(units, points)));
      }
      return next;
    }
  }

  /**
   * A bonus for an engagement of a type.
   *
   * @param type the engagement type
   * @param points the points
   */
  public record PerEngagement(EngagementType type, long points) implements EarningRule {
    /**
     * Validates the rule.
     *
     * @throws InvalidFieldException if points below 1
     */
    public PerEngagement {
      requireNonNull(type, "type");
      if (points < 1) {
        throw new InvalidFieldException("points", "must be at least 1");
      }
    }

    @Override
    public Award apply(EarningContext context, Award award) {
      Engagement e = context.engagement();
      return e != null && e.type() == type ? award.plusBonus(points) : award;
    }
  }

  /**
   * Multiplies the points of lines for a product or in a category.
   *
   * @param productCode the product, or {@code null} to match by category
   * @param category the category, or {@code null} to match by product
   * @param percent the multiplier in percent
   * @param rounding how to round
   */
  public record LineMultiplier(@Nullable String productCode, @Nullable String category, int percent,
      RoundingMode rounding) implements EarningRule {
    /**
     * Validates the rule.
     *
     * @throws InvalidFieldException if not exactly one of product and category is given, the
     *     category is blank or the percent negative
     */
    public LineMultiplier {
      requireNonNull(rounding, "rounding");
      if ((productCode == null) == (category == null)) {
        throw new InvalidFieldException("multiplier", "must name exactly one of a product and a category");
      }
      if (category != null && category.isBlank()) {
        throw new InvalidFieldException("category", "must not be blank");
      }
      if (percent < 0) {
        throw new InvalidFieldException("percent", "must not be negative");
      }
    }

    @Override
    public Award apply(EarningContext context, Award award) {
      List<PurchaseLine> lines = context.lines();
      Award next = award;
      for (int i = 0; i < lines.size(); i++) {
        PurchaseLine line = lines.get(i);
        boolean matches = productCode != null ? productCode.equals(line.productCode())
            : requireNonNull(category).equals(line.category());
        if (matches) {
          next = next.withLine(i, multiply(next.linePoints().get(i), percent, rounding));
        }
      }
      return next;
    }
  }

  /**
   * Multiplies all points so far by the member's tier multiplier.
   *
   * @param rounding how to round
   */
  public record TierMultiplier(RoundingMode rounding) implements EarningRule {
    /** Checks for nulls. */
    public TierMultiplier {
      requireNonNull(rounding, "rounding");
    }

    @Override
    public Award apply(EarningContext context, Award award) {
      int percent = context.tierMultiplierPercent();
      Award next = award.withBonus(multiply(award.bonus(), percent, rounding));
      for (int i = 0; i < award.linePoints().size(); i++) {
        next = next.withLine(i, multiply(award.linePoints().get(i), percent, rounding));
      }
      return next;
    }
  }

  /**
   * Applies a rule only to activities from {@code from} (inclusive) until {@code until} (exclusive).
   *
   * @param from the first moment
   * @param until the first moment after the window
   * @param rule the rule inside the window
   */
  public record Promotion(Instant from, Instant until, EarningRule rule) implements EarningRule {
    /**
     * Validates the window.
     *
     * @throws InvalidFieldException if {@code until} is not after {@code from}
     */
    public Promotion {
      requireNonNull(from, "from");
      requireNonNull(until, "until");
      requireNonNull(rule, "rule");
      if (!until.isAfter(from)) {
        throw new InvalidFieldException("promotion.until", "must be after from");
      }
    }

    @Override
    public Award apply(EarningContext context, Award award) {
      Instant at = context.at();
      return !at.isBefore(from) && at.isBefore(until) ? rule.apply(context, award) : award;
    }
  }

  /**
   * Caps the points so far at what is left of {@code maxPoints} for the member in the current
   * period. The bonus is cut first, then lines from the last.
   *
   * @param capId the cap's name
   * @param maxPoints the most points per period
   * @param period the period
   */
  public record Cap(String capId, long maxPoints, CapPeriod period) implements EarningRule {
    /**
     * Validates the cap.
     *
     * @throws InvalidFieldException if the id is invalid or the maximum negative
     */
    public Cap {
      Ids.requireValid(capId, "capId");
      requireNonNull(period, "period");
      if (maxPoints < 0) {
        throw new InvalidFieldException("maxPoints", "must not be negative");
      }
    }

    /**
     * Returns the key usage of this cap is counted under at a moment: the cap id and the period.
     *
     * @param context the context
     * @return the key, such as {@code "monthly@2026-11"}
     */
    public String key(EarningContext context) {
      return capId + "@" + period.label(context.at(), context.zone());
    }

    @Override
    public Award apply(EarningContext context, Award award) {
      String key = key(context);
      long left = Math.max(0, maxPoints - context.capUsed(key) - award.capUsage().getOrDefault(key, 0L));
      long excess = Math.max(0, award.total() - left);
      Award next = award;
      long cut = Math.min(excess, next.bonus());
      next = next.withBonus(next.bonus() - cut);
      excess -= cut;
      for (int i = next.linePoints().size() - 1; i >= 0 && excess > 0; i--) {
        long c = Math.min(excess, next.linePoints().get(i));
        next = next.withLine(i, next.linePoints().get(i) - c);
        excess -= c;
      }
      return next.plusCapUsage(key, next.total());
    }
  }
}
