package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * What a member did in one month that counts towards tiers: qualifying points, spend and
 * purchases.
 *
 * <p>Example: {@code new ActivityBucket(YearMonth.of(2026, 11), 420, 42_000, 3)} — 420 qualifying
 * points, EUR 420.00 spent (in minor units), 3 purchases in November 2026. An account keeps the
 * last 36 months. Immutable and thread-safe.
 *
 * @param month the month, in the programme's zone
 * @param qualifyingPoints points earned less points reversed, not negative
 * @param spendMinor money spent less refunds, in minor units of the programme's currency, not negative
 * @param purchases purchases, not negative
 * @since 0.1
 */
public record ActivityBucket(YearMonth month, long qualifyingPoints, long spendMinor, long purchases) {

  /**
   * Validates the bucket.
   *
   * @throws InvalidFieldException if a count is negative
   */
  public ActivityBucket {
    requireNonNull(month, "month");
    if (qualifyingPoints < 0 || spendMinor < 0 || purchases < 0) {
      throw new InvalidFieldException("activity", "must not be negative");
    }
  }

  /**
   * Returns this bucket's value for a measure.
   *
   * @param measure the measure
   * @param minorPerUnit minor units per whole unit of money, for {@code SPEND}
   * @return the value: points, whole money units or purchases
   */
  public long value(TierMeasure measure, long minorPerUnit) {
    return switch (measure) {
      case QUALIFYING_POINTS -> qualifyingPoints;
      case SPEND -> spendMinor / minorPerUnit;
      case PURCHASES -> purchases;
    };
  }
}
