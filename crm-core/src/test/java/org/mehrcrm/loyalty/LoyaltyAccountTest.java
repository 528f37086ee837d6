package org.mehrcrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.loyalty.TestProgrammes.T0;
import static org.mehrcrm.loyalty.TestProgrammes.key;
import static org.mehrcrm.loyalty.TestProgrammes.line;
import static org.mehrcrm.loyalty.TestProgrammes.purchase;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.kernel.NotFoundException;

class LoyaltyAccountTest {
  private static final Instant RELEASED = T0.plus(Duration.ofDays(15));

  private static LedgerCommand.Earn earn(String order, Instant at, String total, PurchaseLine... lines) {
    return new LedgerCommand.Earn(key("earn-" + order), purchase(order, at, total, lines));
  }

  @Test
  void enrolmentStartsEmptyInTheBaseTier() {
    LoyaltyAccount account = LoyaltyAccount.enrol(TestProgrammes.M1, TestProgrammes.club(), TestProgrammes.ALI, T0);

    assertThat(account.balance()).isZero();
    assertThat(account.version()).isZero();
    assertThat(account.tierStatus().tier()).isEqualTo(TestProgrammes.SILVER);
    assertThat(account.tierStatus().reviewOn()).hasToString("2027-01-05");
    assertThat(account.pendingEvents()).containsExactly(
        new LoyaltyEvent.Enrolled(TestProgrammes.M1, TestProgrammes.CLUB, TestProgrammes.ALI, T0));
  }

  @Test
  void redemptionSpendsTheSoonestExpiringLotFirstThenTheOldest() {
    Programme programme = TestProgrammes.club(ArrearsPolicy.NEGATIVE_BALANCE)
        .expiry(ExpiryPolicy.endOfMonth(2)).build();
    Ledger l = Ledger.open(programme);
    l.handle(earn("o1", T0, "100.00"), T0);                               // expires end of March
    l.handle(earn("o2", T0.plus(Duration.ofDays(30)), "50.00"), T0.plus(Duration.ofDays(30))); // end of April
    l.handle(earn("o3", T0.plusSeconds(60), "70.00"), T0.plus(Duration.ofDays(30)));          // end of March, later

    List<Posting> r = l.handle(new LedgerCommand.Redeem(key("r"), 200, "tv", null), T0.plus(Duration.ofDays(50)));

    assertThat(r.get(0).draws()).extracting(LotDraw::lot, LotDraw::points).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LotId.of(1), 100L),
        org.assertj.core.groups.Tuple.tuple(LotId.of(3), 70L),
        org.assertj.core.groups.Tuple.tuple(LotId.of(2), 30L));
    assertThat(l.account.openLots()).containsExactly(new Lot(LotId.of(2), 20, T0.plus(Duration.ofDays(30)),
        T0.plus(Duration.ofDays(44)), Instant.parse("2026-04-30T22:00:00Z")));
  }

  @Test
  void expiryHappensAtTheEndOfTheDayInTheProgrammeZone() {
    Ledger l = Ledger.open(TestProgrammes.club());
    l.handle(earn("o1", T0, "100.00"), T0);

    l.expire(Instant.parse("2026-04-05T21:59:59Z"));
    assertThat(l.account.balance()).isEqualTo(100);
    l.expire(Instant.parse("2026-04-05T22:00:00Z")); // midnight in Berlin (CEST)
    assertThat(l.account.balance()).isZero();
    assertThat(l.postings.get(1).kind()).isEqualTo(PostingKind.EXPIRE);
    assertThat(l.postings.get(1).actorId()).isEqualTo("system");
  }

  @Test
  void theWholeBalanceExpiresAfterInactivity() {
    Ledger l = Ledger.open(TestProgrammes.club(ArrearsPolicy.NEGATIVE_BALANCE).expiry(ExpiryPolicy.inactivity(6)).build());
    l.handle(earn("o1", T0, "100.00"), T0);
    l.handle(earn("o2", T0.plus(Duration.ofDays(60)), "20.00"), T0.plus(Duration.ofDays(60)));

    l.expire(T0.plus(Duration.ofDays(200)));
    assertThat(l.account.balance()).isEqualTo(120);
    l.expire(T0.plus(Duration.ofDays(250)));
    assertThat(l.account.balance()).isZero();
    assertThat(l.postings.get(2).reason()).isEqualTo("no activity since 2026-03-06");
  }

  @Test
  void cancellingARedemptionWhoseLotExpiredMeanwhileExpiresTheRestoredPointsAtOnce() {
    Ledger l = Ledger.open(TestProgrammes.club());
    l.handle(earn("o1", T0, "100.00"), T0);
    List<Posting> r = l.handle(new LedgerCommand.Redeem(key("r"), 60, "tv", null), RELEASED);
    Instant late = Instant.parse("2026-05-01T00:00:00Z");

    l.handle(new LedgerCommand.CancelRedemption(key("c"), r.get(0).id(), "undo"), late);

    assertThat(l.postings).extracting(Posting::kind).containsExactly(PostingKind.EARN, PostingKind.REDEEM,
        PostingKind.EXPIRE, PostingKind.RESTORE, PostingKind.EXPIRE);
    assertThat(l.account.balance()).isZero();
    assertThat(l.account.totals().expired()).isEqualTo(100);
  }

  @Test
  void cancellingARedemptionWhoseLotExpiredMeanwhileGivesAGracePeriodWhenThePolicySaysSo() {
    Ledger l = Ledger.open(TestProgrammes.club(ArrearsPolicy.NEGATIVE_BALANCE)
        .restoredLots(RestoredLotPolicy.grace(Duration.ofDays(30))).build());
    l.handle(earn("o1", T0, "100.00"), T0);
    List<Posting> r = l.handle(new LedgerCommand.Redeem(key("r"), 60, "tv", null), RELEASED);
    Instant late = Instant.parse("2026-05-01T00:00:00Z");

    l.handle(new LedgerCommand.CancelRedemption(key("c"), r.get(0).id(), "undo"), late);

    assertThat(l.account.balance()).isEqualTo(60);
    assertThat(l.account.openLots()).singleElement()
        .satisfies(lot -> assertThat(lot.expiresAt()).isEqualTo(late.plus(Duration.ofDays(30))));
  }

  @Test
  void aLineReturnTakesBackThatLinesPointsAndTheLastUnitTakesTheRest() {
    Ledger l = Ledger.open(TestProgrammes.club());
    l.handle(earn("o1", T0, "40.00", line("SKU-1", "tea", 3, "10.00"), line("SKU-2", "tea", 1, "30.00")), T0);

    List<Posting> first = l.handle(new LedgerCommand.ReturnPurchase(key("ret1"), SourceRef.of("o1"),
        List.of(ReturnedLine.of("SKU-1", 1)), null), T0.plusSeconds(10));
    List<Posting> rest = l.handle(new LedgerCommand.ReturnPurchase(key("ret2"), SourceRef.of("o1"),
        List.of(ReturnedLine.of("SKU-1", 2)), null), T0.plusSeconds(20));

    assertThat(first.get(0).points()).isEqualTo(-3);   // 10 * 1/3, rounded down
    assertThat(rest.get(0).points()).isEqualTo(-7);    // the rest of the line's 10
    assertThat(l.account.balance()).isEqualTo(30);
    assertThatThrownBy(() -> l.handle(new LedgerCommand.ReturnPurchase(key("ret3"), SourceRef.of("o1"),
        List.of(ReturnedLine.of("SKU-1", 1)), null), T0.plusSeconds(30)))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("return.quantity: must not exceed the units bought (SKU-1: 0 left)");
  }

  @Test
  void aReturnOfAnOrderThatEarnedNothingIsNotFound() {
    Ledger l = Ledger.open(TestProgrammes.club());

    assertThatThrownBy(() -> l.handle(new LedgerCommand.ReturnPurchase(key("ret1"), SourceRef.of("o9"), List.of(),
        Money.of("1.00", "EUR")), T0))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void withoutNegativeBalancesTheShortfallIsHeldAsArrearsAndSettledByLaterCredits() {
    Ledger l = Ledger.open(TestProgrammes.club(ArrearsPolicy.SETTLE_FROM_FUTURE_EARNINGS).build());
    l.handle(earn("o1", T0, "100.00"), T0);
    l.handle(new LedgerCommand.Redeem(key("r"), 90, "tv", null), RELEASED);

    List<Posting> back = l.handle(new LedgerCommand.ReturnPurchase(key("ret"), SourceRef.of("o1"), List.of(),
        Money.of("100.00", "EUR")), RELEASED);
    assertThat(back.get(0).points()).isEqualTo(-10);
    assertThat(back.get(0).shortfall()).isEqualTo(90);
    assertThat(l.account.balance()).isZero();
    assertThat(l.account.arrears()).isEqualTo(90);

    List<Posting> next = l.handle(earn("o2", RELEASED, "50.00"), RELEASED);
    assertThat(next).extracting(Posting::kind, Posting::points).containsExactly(
        org.assertj.core.groups.Tuple.tuple(PostingKind.EARN, 50L),
        org.assertj.core.groups.Tuple.tuple(PostingKind.SETTLEMENT, -50L));
    assertThat(l.account.arrears()).isEqualTo(40);
    assertThat(l.account.balance()).isZero();
  }

  @Test
  void aKeyReusedForADifferentCommandIsRefused() {
    Ledger l = Ledger.open(TestProgrammes.club());
    l.handle(earn("o1", T0, "100.00"), T0);

    assertThatThrownBy(() -> l.handle(new LedgerCommand.Redeem(key("earn-o1"), 10, "x", null), RELEASED))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("idempotencyKey: was used for a different command (EARN posting 1)");
  }

  @Test
  void refusesAnotherCustomersPurchase() {
    Ledger l = Ledger.open(TestProgrammes.club());
    Purchase other = Purchase.of(CustomerId.of("C-2"), SourceRef.of("o1"), T0, Money.of("1.00", "EUR"), List.of());

    assertThatThrownBy(() -> l.handle(new LedgerCommand.Earn(key("k"), other), T0))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("purchase.customer: must be the account's customer (C-1)");
  }

  @Test
  void aFailedCommandChangesNothing() {
    Ledger l = Ledger.open(TestProgrammes.club());
    l.handle(earn("o1", T0, "100.00"), T0);
    LoyaltyAccount before = l.account;

    assertThatThrownBy(() -> before.handle(new LedgerCommand.Redeem(key("r"), 101, "x", null), l.programme,
        l.history(), "agent-7", Instant.parse("2026-12-01T00:00:00Z")))
        .isInstanceOf(InsufficientPointsException.class);
    assertThat(before.snapshot()).isEqualTo(l.account.snapshot());
    assertThat(before.pendingPostings()).isEmpty();
  }

  @Test
  void commandsDatedInThePastRunAtTheLatestMoment() {
    Ledger l = Ledger.open(TestProgrammes.club());
    l.handle(earn("o1", T0, "100.00"), RELEASED);

    List<Posting> r = l.handle(new LedgerCommand.Redeem(key("r"), 10, "x", null), T0);

    assertThat(r.get(0).at()).isEqualTo(RELEASED);
  }

  @Test
  void theTierGoesUpAtOnceAndDownOnlyAtTheReviewAfterTheGrace() {
    Ledger l = Ledger.open(TestProgrammes.club());
    l.handle(earn("o1", T0, "2000.00"), T0);
    assertThat(l.account.tierStatus().tier()).isEqualTo(TestProgrammes.GOLD);
    assertThat(l.account.hasPriorityService(l.programme)).isTrue();
    assertThat(l.account.tierStatus().reviewOn()).hasToString("2027-01-05");

    l.expire(Instant.parse("2027-01-05T12:00:00Z")); // review: January 2026 has left the window Feb 2026..Jan 2027
    assertThat(l.account.tierStatus()).satisfies(s -> {
      assertThat(s.tier()).isEqualTo(TestProgrammes.GOLD);
      assertThat(s.inGrace()).isTrue();
      assertThat(s.reviewOn()).hasToString("2027-04-05");
    });
    l.expire(Instant.parse("2027-04-05T12:00:00Z"));
    assertThat(l.account.tierStatus().tier()).isEqualTo(TestProgrammes.SILVER);
    assertThat(l.lastEvents).containsExactly(new LoyaltyEvent.TierChanged(TestProgrammes.M1, TestProgrammes.GOLD,
        TestProgrammes.SILVER, Instant.parse("2027-04-04T22:00:00Z")));
  }

  @Test
  void theTierMultiplierAppliesToEarningsOnceUpgraded() {
    Ledger l = Ledger.open(TestProgrammes.club());
    l.handle(earn("o1", T0, "2000.00"), T0);

    List<Posting> next = l.handle(earn("o2", T0, "100.00"), T0);

    assertThat(next.get(0).points()).isEqualTo(150);
  }

  @Test
  void tiersCanCountPurchasesInTheCalendarYearAndSpendInWholeUnits() {
    TierScheme byPurchases = TierScheme.of(TierMeasure.PURCHASES, QualificationWindow.calendarYear(), Period.ZERO,
        List.of(Tier.of(TestProgrammes.SILVER, "Silver", 0, 100, false), Tier.of(TestProgrammes.GOLD, "Gold", 3, 100, true)));
    Ledger l = Ledger.open(TestProgrammes.club(ArrearsPolicy.NEGATIVE_BALANCE).tiers(byPurchases).build());
    l.handle(earn("o1", T0, "1.00"), T0);
    l.handle(earn("o2", T0, "1.00"), T0);
    assertThat(l.account.tierStatus().tier()).isEqualTo(TestProgrammes.SILVER);
    l.handle(earn("o3", T0, "1.00"), T0);
    assertThat(l.account.tierStatus().tier()).isEqualTo(TestProgrammes.GOLD);
    assertThat(l.account.tierStatus().reviewOn()).hasToString("2027-01-01");
    l.expire(Instant.parse("2027-01-01T12:00:00Z")); // 2026 had 3 purchases: kept
    assertThat(l.account.tierStatus().tier()).isEqualTo(TestProgrammes.GOLD);
    l.expire(Instant.parse("2028-01-01T12:00:00Z")); // 2027 had none, no grace: down
    assertThat(l.account.tierStatus().tier()).isEqualTo(TestProgrammes.SILVER);

    TierScheme bySpend = TierScheme.of(TierMeasure.SPEND, QualificationWindow.rolling(12), Period.ZERO,
        List.of(Tier.of(TestProgrammes.SILVER, "Silver", 0, 100, false), Tier.of(TestProgrammes.GOLD, "Gold", 100, 100, true)));
    Ledger spend = Ledger.open(TestProgrammes.club(ArrearsPolicy.NEGATIVE_BALANCE).tiers(bySpend).build());
    spend.handle(earn("o1", T0, "99.99"), T0);
    assertThat(spend.account.tierStatus().tier()).isEqualTo(TestProgrammes.SILVER);
    spend.handle(earn("o2", T0, "0.01"), T0);
    assertThat(spend.account.tierStatus().tier()).isEqualTo(TestProgrammes.GOLD);
  }

  @Test
  void restoreRefusesAStateThatBreaksAnInvariant() {
    LoyaltyAccountSnapshot s = TestProgrammes.enrolled(TestProgrammes.club()).snapshot();

    assertThatThrownBy(() -> new LoyaltyAccountSnapshot(s.id(), s.programme(), s.customer(), s.version(), s.enrolledAt(),
        s.updatedAt(), s.lastActivityAt(), s.lastPosting(), 5, s.pending(), s.arrears(), s.arrearsPolicy(), s.totals(),
        s.openLots(), s.tier(), s.activity(), s.capUsage()))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("balance: must equal the sum of the postings (0)");
    assertThatThrownBy(() -> new LoyaltyAccountSnapshot(s.id(), s.programme(), s.customer(), s.version(), s.enrolledAt(),
        s.updatedAt(), s.lastActivityAt(), 1, 5, s.pending(), s.arrears(), s.arrearsPolicy(),
        new LedgerTotals(5, 0, 0, 0, 0, 0, 0, 0), s.openLots(), s.tier(), s.activity(), s.capUsage()))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("balance: must equal the open lots less arrears (0)");
  }

  @Test
  void theAccountIsCheckedAgainstItsProgramme() {
    LoyaltyAccount account = TestProgrammes.enrolled(TestProgrammes.club());
    Programme other = TestProgrammes.club(ArrearsPolicy.NEGATIVE_BALANCE).build();
    Programme foreign = Programme.builder(ProgrammeId.of("other"), "Other", TestProgrammes.ZONE, other.currency()).build();

    assertThatThrownBy(() -> account.expire(foreign, T0))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("programme: must be the account's programme (club)");
  }
}
