package org.mehrcrm.loyalty;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.Money;

/** Programmes, members and purchases shared by the loyalty tests. */
final class TestProgrammes {
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
  static final ProgrammeId CLUB = ProgrammeId.of("club");
  static final CustomerId ALI = CustomerId.of("C-1");
  static final MembershipId M1 = MembershipId.of("M-1");
  static final String AGENT = "agent-7";
  static final TierId SILVER = TierId.of("silver");
  static final TierId GOLD = TierId.of("gold");

  private TestProgrammes() {}

  /** 1 point per euro (rounded down), double on coffee, 3-month expiry, 14-day pending period. */
  static Programme.Builder club(ArrearsPolicy arrears) {
    return Programme.builder(CLUB, "Bonus Club", ZONE, PointCurrency.of("PTS", "Points", Money.of("0.01", "EUR")))
        .rules(Instant.parse("2025-01-01T00:00:00Z"), List.of(
            EarningRules.perAmountSpent(Money.of("1", "EUR"), 1, RoundingMode.DOWN),
            EarningRules.categoryMultiplier("coffee", 200, RoundingMode.DOWN),
            EarningRules.perEngagement(EngagementType.REVIEW, 50),
            EarningRules.tierMultiplier(RoundingMode.DOWN)))
        .expiry(ExpiryPolicy.after(Period.ofMonths(3)))
        .pendingPeriod(Duration.ofDays(14))
        .arrears(arrears)
        .tiers(TierScheme.of(TierMeasure.QUALIFYING_POINTS, QualificationWindow.rolling(12), Period.ofMonths(3),
            List.of(Tier.of(SILVER, "Silver", 0, 100, false), Tier.of(GOLD, "Gold", 2_000, 150, true))))
        .reward(new Reward(RewardId.of("coffee"), "Free coffee", 300, null, null, 5L, 500));
  }

  static Programme club() {
    return club(ArrearsPolicy.NEGATIVE_BALANCE).build();
  }

  static LoyaltyAccount enrolled(Programme programme) {
    return LoyaltyAccount.restore(LoyaltyAccount.enrol(M1, programme, ALI, T0).snapshot());
  }

  static Purchase purchase(String order, Instant at, String total, PurchaseLine... lines) {
    return Purchase.of(ALI, SourceRef.of(order), at, Money.of(total, "EUR"), List.of(lines));
  }

  static PurchaseLine line(String product, String category, long quantity, String amount) {
    return PurchaseLine.of(product, category, quantity, Money.of(amount, "EUR"));
  }

  static IdempotencyKey key(String key) {
    return IdempotencyKey.of(key);
  }
}
