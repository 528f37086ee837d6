package org.mehrcrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.loyalty.TestProgrammes.T0;
import static org.mehrcrm.loyalty.TestProgrammes.key;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * Null handling, equality and validation of the loyalty feature's values: a missing object is a
 * programming error ({@link NullPointerException}); a bad value is an {@link InvalidFieldException}.
 */
class LoyaltyNullAndEqualityTest {
  private final Programme programme = TestProgrammes.club();
  private final LoyaltyAccount account = TestProgrammes.enrolled(programme);
  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(String.class, "abc")
      .setDefault(ProgrammeId.class, TestProgrammes.CLUB)
      .setDefault(MembershipId.class, TestProgrammes.M1)
      .setDefault(CustomerId.class, TestProgrammes.ALI)
      .setDefault(TierId.class, TestProgrammes.GOLD)
      .setDefault(org.mehrcrm.purchase.Purchase.class, org.mehrcrm.purchase.Purchase.of(
          org.mehrcrm.purchase.OrderReference.of("WEB-1"), TestProgrammes.ALI, TestProgrammes.T0,
          org.mehrcrm.kernel.Money.of("1.00", "EUR")))
      .setDefault(LotId.class, LotId.of(1))
      .setDefault(PostingId.class, PostingId.of(1))
      .setDefault(IdempotencyKey.class, key("k"))
      .setDefault(SourceRef.class, SourceRef.of("o1"))
      .setDefault(Money.class, Money.of("1.00", "EUR"))
      .setDefault(Instant.class, T0)
      .setDefault(LocalDate.class, LocalDate.of(2026, 6, 30))
      .setDefault(ZoneId.class, TestProgrammes.ZONE)
      .setDefault(Duration.class, Duration.ofDays(1))
      .setDefault(Period.class, Period.ofMonths(1))
      .setDefault(Programme.class, programme)
      .setDefault(PointCurrency.class, programme.currency())
      .setDefault(Purchase.class, TestProgrammes.purchase("o1", T0, "1.00"))
      .setDefault(PostingHistory.class, PostingHistory.empty())
      .setDefault(LedgerCommand.class, new LedgerCommand.Adjust(key("k"), 1, "x"))
      .setDefault(EarningRule.class, (c, a) -> a)
      .setDefault(EarningContext.class, EarningContext.of(TestProgrammes.purchase("o1", T0, "1.00"),
          TestProgrammes.ZONE, null, 100, Map.of()))
      .setDefault(Engagement.class, Engagement.of(EngagementType.REVIEW, TestProgrammes.ALI, SourceRef.of("r"), T0, null))
      .setDefault(QualificationWindow.class, QualificationWindow.rolling(12))
      .setDefault(Tier.class, Tier.of(TestProgrammes.GOLD, "Gold", 10, 100, false))
      .setDefault(TierStatus.class, new TierStatus(TestProgrammes.GOLD, T0, LocalDate.of(2027, 1, 1), false))
      .setDefault(Lot.class, new Lot(LotId.of(1), 1, T0, T0, null))
      .setDefault(LotDraw.class, new LotDraw(LotId.of(1), 1, T0, T0, null))
      .setDefault(LinePoints.class, new LinePoints(null, 1, 1))
      .setDefault(PurchaseLine.class, PurchaseLine.of("A", null, 1, Money.of("1.00", "EUR")))
      .setDefault(ReturnedLine.class, ReturnedLine.of("A", 1))
      .setDefault(RuleVersion.class, new RuleVersion(1, T0, List.of()))
      .setDefault(LedgerTotals.class, LedgerTotals.ZERO)
      .setDefault(ExpiryPolicy.class, ExpiryPolicy.never())
      .setDefault(RestoredLotPolicy.class, RestoredLotPolicy.expireAtOnce())
      .setDefault(RewardId.class, RewardId.of("r"))
      .setDefault(Posting.class, new Posting(TestProgrammes.M1, PostingId.of(1), key("k"), PostingKind.EARN, 0, 0, T0,
          "a", "", null, null, null, List.of(), List.of()))
      .setDefault(Award.class, Award.start(1))
      .setDefault(LoyaltyAccountSnapshot.class, account.snapshot())
      .setDefault(LoyaltyAccount.class, account)
      .setDefault(TierScheme.class, programme.tiers())
      .setDefault(Reward.class, programme.rewards().get(0));

  @Test
  void valueTypesRejectNullObjectsWithNullPointerException() {
    for (Class<?> type : List.of(ProgrammeId.class, MembershipId.class, Lot.class, LotDraw.class, LinePoints.class,
        Posting.class, Purchase.class, PurchaseLine.class, Engagement.class, Award.class, EarningContext.class,
        RuleVersion.class, Tier.class, TierScheme.class, QualificationWindow.class, TierStatus.class, Reward.class,
        RestoredLotPolicy.class, PointCurrency.class, ExpiringPoints.class, ActivityBucket.class, LedgerTotals.class,
        LoyaltyAccountSnapshot.class, Statement.class, ProgrammeKpis.class, TierOutlook.class, Receipt.class,
        EarningRules.class, ExpiryPolicy.class, PostingHistory.class, Programme.class, LoyaltyAccount.class)) {
      testNonTextParameters(type);
    }
    for (Class<?> nested : List.of(LedgerCommand.class, LoyaltyEvent.class, EarningRules.class, ExpiryPolicy.class)) {
      for (Class<?> type : nested.getDeclaredClasses()) {
        testNonTextParameters(type);
      }
    }
  }

  @Test
  void aggregatesAndQueriesRejectNullObjects() {
    testNonTextParametersOfInstanceMethods(account);
    testNonTextParametersOfInstanceMethods(programme);
    testNonTextParametersOfInstanceMethods(PostingHistory.empty());
    testNonTextParametersOfInstanceMethods(programme.tiers());
  }

  @Test
  void idsAreEqualByValueAndReadBackFromTheirStringForm() {
    new EqualsTester()
        .addEqualityGroup(MembershipId.of("M-1"), MembershipId.of("M-1"))
        .addEqualityGroup(MembershipId.of("M-2"))
        .addEqualityGroup(LotId.of(1), LotId.of(1))
        .addEqualityGroup(PostingId.of(1))
        .addEqualityGroup(IdempotencyKey.of("M-1"))
        .testEquals();
    assertThat(MembershipId.of(MembershipId.of("M-1").toString())).isEqualTo(MembershipId.of("M-1"));
    assertThat(LotId.of(3)).isLessThan(LotId.of(10));
  }

  @Test
  void badValuesAreInvalidFields() {
    assertInvalid(() -> PostingId.of(0), "postingId: must be at least 1");
    assertInvalid(() -> IdempotencyKey.of(""), "idempotencyKey: must not be empty");
    assertInvalid(() -> new Lot(LotId.of(1), 0, T0, T0, null), "lot.remaining: must be at least 1");
    assertInvalid(() -> new Lot(LotId.of(1), 1, T0, T0.minusSeconds(1), null),
        "lot.availableFrom: must not be before earnedAt");
    assertInvalid(() -> PointCurrency.of("pts", "Points", Money.of("0.01", "EUR")),
        "pointCurrency.code: must be 1 to 16 upper-case letters or digits");
    assertInvalid(() -> new Posting(TestProgrammes.M1, PostingId.of(1), key("k"), PostingKind.REDEEM, 5, 5, T0,
        "a", "", null, null, null, List.of(), List.of()),
        "posting.points: must fit the kind REDEEM and its draws (points 5, drawn 0)");
    assertInvalid(() -> ExpiryPolicy.after(Period.ZERO), "expiry.period: must be positive");
    assertInvalid(() -> ExpiryPolicy.inactivity(0), "expiry.months: must be at least 1");
    assertInvalid(() -> TierScheme.of(TierMeasure.SPEND, QualificationWindow.calendarYear(), Period.ZERO,
        List.of(Tier.of(TierId.of("a"), "A", 10, 100, false))), "tiers: must start with a base tier of threshold 0");
    assertInvalid(() -> new Reward(RewardId.of("r"), "R", 10, null, null, null, 5),
        "reward.minimumBalance: must be at least the cost");
    assertInvalid(() -> new LedgerCommand.Redeem(key("k"), 0, "x", null), "points: must be at least 1");
    assertInvalid(() -> new LedgerCommand.Adjust(key("k"), 0, "x"), "points: must not be zero");
    assertInvalid(() -> new LedgerCommand.ReturnPurchase(key("k"), SourceRef.of("o"), List.of(), null),
        "refund: must be given when no lines are returned");
    assertInvalid(() -> Programme.builder(TestProgrammes.CLUB, "Club", TestProgrammes.ZONE, programme.currency())
        .pendingPeriod(Duration.ofDays(-1)).build(), "pendingPeriod: must not be negative");
    assertInvalid(() -> EarningRules.perAmountSpent(Money.of("1", "EUR"), 0, RoundingMode.DOWN), "points: must be at least 1");
  }

  @Test
  void expiryPoliciesEndOnDayBoundariesOfTheZone() {
    Instant earned = Instant.parse("2026-01-31T23:30:00Z"); // 1 February 00:30 in Berlin
    ZoneId zone = TestProgrammes.ZONE;

    assertThat(ExpiryPolicy.after(Period.ofDays(1)).lotExpiry(earned, zone)).isEqualTo("2026-02-02T23:00:00Z");
    assertThat(ExpiryPolicy.endOfMonth(0).lotExpiry(earned, zone)).isEqualTo("2026-02-28T23:00:00Z");
    assertThat(ExpiryPolicy.endOfYear(1).lotExpiry(earned, zone)).isEqualTo("2027-12-31T23:00:00Z");
    assertThat(ExpiryPolicy.never().lotExpiry(earned, zone)).isNull();
    assertThat(ExpiryPolicy.inactivity(6).lotExpiry(earned, zone)).isNull();
    assertThat(ExpiryPolicy.inactivity(6).inactivityDeadline(earned, zone)).isEqualTo("2026-08-01T22:00:00Z");
  }

  private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidFieldException.class).hasMessage(message);
  }

  private void testNonTextParameters(Class<?> type) {
    for (Constructor<?> c : type.getConstructors()) {
      for (int i = 0; i < c.getParameterCount(); i++) {
        if (c.getParameterTypes()[i] != String.class) {
          tester.testConstructorParameter(c, i);
        }
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
        for (int i = 0; i < m.getParameterCount(); i++) {
          if (m.getParameterTypes()[i] != String.class) {
            tester.testMethodParameter(null, m, i);
          }
        }
      }
    }
  }

  private void testNonTextParametersOfInstanceMethods(Object instance) {
    for (Method m : instance.getClass().getMethods()) {
      if (m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers()) && !m.getName().equals("equals")) {
        for (int i = 0; i < m.getParameterCount(); i++) {
          if (m.getParameterTypes()[i] != String.class) {
            tester.testMethodParameter(instance, m, i);
          }
        }
      }
    }
  }
}
