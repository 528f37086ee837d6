package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * What an {@link EarningRule} may look at: the activity (a purchase or an engagement), the
 * programme's time zone, the member's tier and earning multiplier, and how much of each cap the
 * member has already used.
 *
 * <p>Example: {@code EarningContext.of(purchase, ZoneId.of("Asia/Tehran"), TierId.of("gold"), 150, Map.of())}.
 * Immutable and thread-safe.
 *
 * @param purchase the purchase, or {@code null} for an engagement
 * @param engagement the engagement, or {@code null} for a purchase
 * @param zone the programme's time zone, for day, month and year boundaries
 * @param tier the member's tier, or {@code null} if the programme has none
 * @param tierMultiplierPercent the tier's earning multiplier in percent (100 for none)
 * @param capUsage points the member has earned under each cap, by cap key
 * @since 0.1
 */
public record EarningContext(@Nullable Purchase purchase, @Nullable Engagement engagement, ZoneId zone,
    @Nullable TierId tier, int tierMultiplierPercent, Map<String, Long> capUsage) {

  /**
   * Validates the context.
   *
   * @throws InvalidFieldException if not exactly one of purchase and engagement is given, or the
   *     multiplier is negative
   */
  public EarningContext {
    requireNonNull(zone, "zone");
    capUsage = Map.copyOf(capUsage);
    if ((purchase == null) == (engagement == null)) {
      throw new InvalidFieldException("activity", "must be exactly one of a purchase and an engagement");
    }
    if (tierMultiplierPercent < 0) {
      throw new InvalidFieldException("tierMultiplierPercent", "must not be negative");
    }
  }

  /**
   * Returns the context of a purchase.
   *
   * @param purchase the purchase
   * @param zone the programme zone
   * @param tier the member's tier, or {@code null}
   * @param tierMultiplierPercent the tier's multiplier in percent
   * @param capUsage used caps
   * @return the context
   */
  public static EarningContext of(Purchase purchase, ZoneId zone, @Nullable TierId tier,
      int tierMultiplierPercent, Map<String, Long> capUsage) {
    return new EarningContext(requireNonNull(purchase, "purchase"), null, zone, tier, tierMultiplierPercent, capUsage);
  }

  /**
   * Returns the context of an engagement.
   *
   * @param engagement the engagement
   * @param zone the programme zone
   * @param tier the member's tier, or {@code null}
   * @param tierMultiplierPercent the tier's multiplier in percent
   * @param capUsage used caps
   * @return the context
   */
  public static EarningContext of(Engagement engagement, ZoneId zone, @Nullable TierId tier,
      int tierMultiplierPercent, Map<String, Long> capUsage) {
    return new EarningContext(null, requireNonNull(engagement, "engagement"), zone, tier,
        tierMultiplierPercent, capUsage);
  }

  /**
   * Returns when the activity happened.
   *
   * @return the moment
   */
  public Instant at() {
    return purchase != null ? purchase.at() : requireNonNull(engagement).at();
  }

  /**
   * Returns the lines the rules work on: the purchase's earning lines, none for an engagement.
   *
   * @return the lines
   */
  public List<PurchaseLine> lines() {
    return purchase != null ? purchase.earningLines() : List.of();
  }

  /**
   * Returns the points already counted against a cap key.
   *
   * @param capKey the cap and period
   * @return the used points, 0 if none
   */
  public long capUsed(String capKey) {
    return capUsage.getOrDefault(requireNonNull(capKey, "capKey"), 0L);
  }
}
