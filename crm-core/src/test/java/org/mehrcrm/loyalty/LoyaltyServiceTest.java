package org.mehrcrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.loyalty.TestProgrammes.ALI;
import static org.mehrcrm.loyalty.TestProgrammes.CLUB;
import static org.mehrcrm.loyalty.TestProgrammes.T0;
import static org.mehrcrm.loyalty.TestProgrammes.key;
import static org.mehrcrm.loyalty.TestProgrammes.line;
import static org.mehrcrm.loyalty.TestProgrammes.purchase;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.kernel.UnitOfWork;
import org.mehrcrm.testing.FakeOutbox;
import org.mehrcrm.testing.MovableClock;

class LoyaltyServiceTest {
  private static final Actor TILL = Actor.of("till-1", "till");
  private static final Actor AUDITOR = Actor.of("audit-1", "auditor");
  private static final Actor ADMIN = Actor.of("admin-1", "admin");

  private final MovableClock clock = new MovableClock(T0);
  private final FakeLoyaltyStore store = new FakeLoyaltyStore();
  private final List<DomainEvent> delivered = Collections.synchronizedList(new ArrayList<>());
  private final FakeOutbox outbox = new FakeOutbox();
  private final LoyaltyService loyalty = new LoyaltyService(store, store, store,
      new UnitOfWork(outbox::inTransaction, outbox, delivered::add),
      RoleBasedAccessPolicy.builder()
          .grant("till", "loyalty:read", "loyalty:enrol", "loyalty:earn", "loyalty:redeem")
          .grant("auditor", "loyalty:read")
          .grant("admin", "loyalty:*")
          .build(),
      clock, IdGenerator.timeOrdered(clock, new Random(1)));

  LoyaltyServiceTest() {
    loyalty.saveProgramme(ADMIN, TestProgrammes.club());
  }

  @Test
  void enrolmentIsIdempotentPerCustomerAndProgramme() {
    LoyaltyAccount first = loyalty.enrol(TILL, CLUB, ALI);
    LoyaltyAccount second = loyalty.enrol(TILL, CLUB, ALI);

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(first.version()).isEqualTo(1);
    assertThat(delivered).containsExactly(new LoyaltyEvent.Enrolled(first.id(), CLUB, ALI, T0));
  }

  @Test
  void earnAwardsPointsByTheRulesAndARepeatReturnsTheFirstReceipt() {
    LoyaltyAccount account = loyalty.enrol(TILL, CLUB, ALI);
    Purchase p = purchase("order:1", T0, "42.90", line("SKU-1", "coffee", 2, "10.90"), line("SKU-2", "tea", 1, "32.00"));

    Receipt first = loyalty.earn(TILL, CLUB, key("order-1"), p);
    clock.advance(Duration.ofMinutes(5));
    Receipt again = loyalty.earn(TILL, CLUB, key("order-1"), p);

    assertThat(first.points()).isEqualTo(20 + 32);
    assertThat(first.postings().get(0).lines()).containsExactly(
        new LinePoints("SKU-1", 2, 20), new LinePoints("SKU-2", 1, 32));
    assertThat(first.repeated()).isFalse();
    assertThat(first.available()).as("pending for the 14-day return window").isZero();
    assertThat(again.repeated()).isTrue();
    assertThat(again.postings()).isEqualTo(first.postings());
    assertThat(store.allPostings(account.id())).hasSize(1);
  }

  @Test
  void refusesToEarnTwiceForOneOrderUnderDifferentKeys() {
    loyalty.enrol(TILL, CLUB, ALI);
    loyalty.earn(TILL, CLUB, key("k1"), purchase("order:1", T0, "10.00"));

    assertThatThrownBy(() -> loyalty.earn(TILL, CLUB, key("k2"), purchase("order:1", T0, "10.00")))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("purchase.order: has already earned points (posting 1, key k1)");
  }

  @Test
  void earningForANonMemberFailsWithNotFound() {
    assertThatThrownBy(() -> loyalty.earn(TILL, CLUB, key("k1"), purchase("order:1", T0, "10.00")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void refusesRedemptionBeyondTheAvailableBalanceAndPendingPointsAreNotAvailable() {
    LoyaltyAccount account = loyalty.enrol(TILL, CLUB, ALI);
    loyalty.earn(TILL, CLUB, key("k1"), purchase("order:1", T0, "500.00"));

    assertThatThrownBy(() -> loyalty.redeem(TILL, account.id(), key("r1"), 100, "voucher", null))
        .isInstanceOf(InsufficientPointsException.class)
        .hasMessage("membership " + account.id() + ": needs 100 available points, has 0");

    clock.advance(Duration.ofDays(14));
    Receipt r = loyalty.redeem(TILL, account.id(), key("r1"), 100, "voucher", null);
    assertThat(r.balance()).isEqualTo(400);
    assertThatThrownBy(() -> loyalty.redeem(TILL, account.id(), key("r2"), 401, "voucher", null))
        .isInstanceOf(InsufficientPointsException.class)
        .extracting("required", "available").containsExactly(401L, 400L);
  }

  @Test
  void redemptionWithoutPermissionIsDenied() {
    LoyaltyAccount account = loyalty.enrol(TILL, CLUB, ALI);

    assertThatThrownBy(() -> loyalty.redeem(AUDITOR, account.id(), key("r1"), 1, "x", null))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("actor audit-1: may not loyalty:redeem");
    assertThatThrownBy(() -> loyalty.adjust(TILL, account.id(), key("a1"), 10, "goodwill"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aRewardTakesStockAndItsCancellationGivesTheStockAndTheExactLotsBack() {
    LoyaltyAccount account = loyalty.enrol(TILL, CLUB, ALI);
    loyalty.earn(TILL, CLUB, key("k1"), purchase("order:1", T0, "400.00"));
    loyalty.earn(TILL, CLUB, key("k2"), purchase("order:2", T0.plusSeconds(60), "200.00"));
    clock.advance(Duration.ofDays(15));
    List<Lot> before = loyalty.find(TILL, account.id()).orElseThrow().openLots();

    Receipt r = loyalty.redeemReward(TILL, account.id(), key("r1"), RewardId.of("coffee"));
    assertThat(store.taken(CLUB, RewardId.of("coffee"))).isEqualTo(1);
    assertThat(r.postings().get(0).draws()).extracting(LotDraw::lot, LotDraw::points)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LotId.of(1), 300L));

    loyalty.cancelRedemption(TILL, account.id(), key("c1"), r.postings().get(0).id(), "changed mind");
    assertThat(store.taken(CLUB, RewardId.of("coffee"))).isZero();
    assertThat(loyalty.find(TILL, account.id()).orElseThrow().openLots()).isEqualTo(before);
    assertThatThrownBy(() -> loyalty.cancelRedemption(TILL, account.id(), key("c2"), r.postings().get(0).id(), "again"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("redemption: is already cancelled (posting 4)");
  }

  @Test
  void aRewardNeedsItsMinimumBalance() {
    LoyaltyAccount account = loyalty.enrol(TILL, CLUB, ALI);
    loyalty.earn(TILL, CLUB, key("k1"), purchase("order:1", T0, "400.00"));
    clock.advance(Duration.ofDays(15));

    assertThatThrownBy(() -> loyalty.redeemReward(TILL, account.id(), key("r1"), RewardId.of("coffee")))
        .isInstanceOf(InsufficientPointsException.class)
        .extracting("required").isEqualTo(500L);
  }

  @Test
  void concurrentRedemptionsOnTheSameAccountsNeverOverspend() throws Exception {
    List<MembershipId> members = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      CustomerId customer = CustomerId.of("C-" + n);
      members.add(loyalty.enrol(TILL, CLUB, customer).id());
      loyalty.earn(TILL, CLUB, key("earn-" + n), Purchase.of(customer, SourceRef.of("order:" + n), T0,
          Money.of("1000.00", "EUR"), List.of()));
    }
    clock.advance(Duration.ofDays(15));
    ConcurrentHashMap<MembershipId, AtomicLong> redeemed = new ConcurrentHashMap<>();
    AtomicInteger refused = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        Random random = new Random(thread);
        start.await();
        for (int i = 0; i < 50; i++) {
          MembershipId m = members.get(random.nextInt(members.size()));
          long points = 1 + random.nextInt(30);
          try {
            loyalty.redeem(TILL, m, key("t" + thread + "-" + i), points, "till", null);
            redeemed.computeIfAbsent(m, k -> new AtomicLong()).addAndGet(points);
          } catch (InsufficientPointsException e) {
            refused.incrementAndGet();
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(refused.get()).as("the threads asked for more than there was").isPositive();
    for (MembershipId m : members) {
      LoyaltyAccount account = loyalty.find(TILL, m).orElseThrow();
      long spent = redeemed.getOrDefault(m, new AtomicLong()).get();
      assertThat(account.balance()).isEqualTo(1000 - spent).isNotNegative();
      assertThat(store.allPostings(m).stream().mapToLong(Posting::points).sum()).isEqualTo(account.balance());
    }
  }

  @Test
  void theExpiryRunExpiresDueLotsOnceAndAPreviewWarnsBefore() {
    LoyaltyAccount account = loyalty.enrol(TILL, CLUB, ALI);
    loyalty.earn(TILL, CLUB, key("k1"), purchase("order:1", T0, "120.00"));
    clock.moveTo(T0.plus(Duration.ofDays(80)));

    assertThat(loyalty.expiringWithin(TILL, account.id(), Duration.ofDays(30)))
        .containsExactly(new ExpiringPoints(java.time.Instant.parse("2026-04-05T22:00:00Z"), 120));
    clock.moveTo(T0.plus(Duration.ofDays(95)));
    assertThat(loyalty.runExpiry(ADMIN, CLUB)).isEqualTo(1);
    assertThat(loyalty.runExpiry(ADMIN, CLUB)).isZero();
    LoyaltyAccount after = loyalty.find(TILL, account.id()).orElseThrow();
    assertThat(after.balance()).isZero();
    assertThat(after.totals().expired()).isEqualTo(120);
    ProgrammeKpis kpis = loyalty.kpis(TILL, CLUB, Duration.ofDays(90));
    assertThat(kpis.breakage()).isEqualByComparingTo("1");
    assertThat(kpis.activeMembers()).as("last activity 95 days ago").isZero();
    assertThat(kpis.liability()).isEqualTo(Money.of("0.00", "EUR"));
  }

  @Test
  void aReturnOfSpentPointsRecordsArrearsThatTheNextEarningSettles() {
    LoyaltyAccount account = loyalty.enrol(TILL, CLUB, ALI);
    loyalty.earn(TILL, CLUB, key("k1"), purchase("order:1", T0, "100.00"));
    clock.advance(Duration.ofDays(15));
    loyalty.redeem(TILL, account.id(), key("r1"), 80, "voucher", null);

    Receipt back = loyalty.returnPurchase(TILL, account.id(), key("ret-1"), SourceRef.of("order:1"), List.of(),
        Money.of("100.00", "EUR"));

    assertThat(back.postings().get(0).points()).isEqualTo(-100);
    assertThat(back.postings().get(0).shortfall()).isEqualTo(80);
    assertThat(back.balance()).isEqualTo(-80);
    assertThat(delivered).anyMatch(e -> e instanceof LoyaltyEvent.ArrearsRecorded a && a.shortfall() == 80);
    loyalty.earn(TILL, CLUB, key("k2"), purchase("order:2", clock.instant(), "50.00"));
    assertThat(loyalty.find(TILL, account.id()).orElseThrow().arrears()).isEqualTo(30);
  }

  @Test
  void aStatementOpensAndClosesWithTheBalancesAroundThePeriod() {
    LoyaltyAccount account = loyalty.enrol(TILL, CLUB, ALI);
    loyalty.earn(TILL, CLUB, key("k1"), purchase("order:1", T0, "100.00"));
    clock.advance(Duration.ofDays(20));
    loyalty.redeem(TILL, account.id(), key("r1"), 30, "voucher", null);
    clock.advance(Duration.ofDays(20));
    loyalty.earn(TILL, CLUB, key("k2"), purchase("order:2", clock.instant(), "7.00"));

    Statement s = loyalty.statement(TILL, account.id(), T0.plus(Duration.ofDays(10)), T0.plus(Duration.ofDays(30)));

    assertThat(s.opening()).isEqualTo(100);
    assertThat(s.postings()).extracting(Posting::points).containsExactly(-30L);
    assertThat(s.closing()).isEqualTo(70);
  }

  @Test
  void kpisAndTheTierOutlookAreComputedFromTheAccounts() {
    LoyaltyAccount account = loyalty.enrol(TILL, CLUB, ALI);
    loyalty.earn(TILL, CLUB, key("k1"), purchase("order:1", T0, "1500.00"));
    clock.advance(Duration.ofDays(15));
    loyalty.redeem(TILL, account.id(), key("r1"), 300, "voucher", null);

    ProgrammeKpis kpis = loyalty.kpis(TILL, CLUB, Duration.ofDays(90));
    assertThat(kpis.members()).isEqualTo(1);
    assertThat(kpis.outstandingPoints()).isEqualTo(1200);
    assertThat(kpis.liability()).isEqualTo(Money.of("12.00", "EUR"));
    assertThat(kpis.redemptionRate()).isEqualByComparingTo("0.2");
    assertThat(kpis.membersPerTier()).containsEntry(TestProgrammes.SILVER, 1L).containsEntry(TestProgrammes.GOLD, 0L);

    TierOutlook outlook = loyalty.tierOutlook(TILL, account.id(), TestProgrammes.GOLD, LocalDate.of(2026, 6, 30));
    assertThat(outlook.counted()).isEqualTo(1500);
    assertThat(outlook.needed()).isEqualTo(500);
    assertThat(outlook.explanation()).isEqualTo("To reach Gold by 2026-06-30 the member needs 2000 qualifying points"
        + " in the 12 months 2025-07 to 2026-06. 1500 of them already count. 500 more are needed by 2026-06-30.");
  }
}
