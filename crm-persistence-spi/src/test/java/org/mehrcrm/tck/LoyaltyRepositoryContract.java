package org.mehrcrm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.loyalty.ArrearsPolicy;
import org.mehrcrm.loyalty.EarningRules;
import org.mehrcrm.loyalty.IdempotencyKey;
import org.mehrcrm.loyalty.InsufficientPointsException;
import org.mehrcrm.loyalty.LedgerCommand;
import org.mehrcrm.loyalty.LoyaltyAccount;
import org.mehrcrm.loyalty.LoyaltyAccountRepository;
import org.mehrcrm.loyalty.MembershipId;
import org.mehrcrm.loyalty.PointCurrency;
import org.mehrcrm.loyalty.Posting;
import org.mehrcrm.loyalty.PostingId;
import org.mehrcrm.loyalty.Programme;
import org.mehrcrm.loyalty.ProgrammeId;
import org.mehrcrm.loyalty.ProgrammeRepository;
import org.mehrcrm.loyalty.Purchase;
import org.mehrcrm.loyalty.RewardId;
import org.mehrcrm.loyalty.SourceRef;

/**
 * The contracts of {@link LoyaltyAccountRepository} and {@link ProgrammeRepository}: each test
 * restates a clause of their "Specification for implementors". Run through
 * {@link StorageProviderContract}.
 *
 * @since 0.2.0
 */
public abstract class LoyaltyRepositoryContract extends RepositoryContract {
  private static final CustomerId ALI = CustomerId.of("C-ali");
  private static final CustomerId SARA = CustomerId.of("C-sara");
  private static final String AGENT = "agent-1";
  private static final Programme CLUB = programme("club");

  private static Programme programme(String id) {
    return Programme.builder(ProgrammeId.of(id), "Club " + id, ZoneId.of("Asia/Tehran"),
            PointCurrency.of("PTS", "Points", Money.of("0.01", "EUR")))
        .rules(minutes(-60 * 24), List.of(EarningRules.perAmountSpent(Money.of("1", "EUR"), 1, RoundingMode.DOWN)))
        .arrears(ArrearsPolicy.NEGATIVE_BALANCE)
        .build();
  }

  private LoyaltyAccountRepository accounts() {
    return provider().loyaltyAccounts();
  }

  private ProgrammeRepository programmes() {
    return provider().programmes();
  }

  private LoyaltyAccount enrolled(String id, CustomerId customer) {
    return accounts().save(LoyaltyAccount.enrol(MembershipId.of(id), CLUB, customer, T0));
  }

  private LoyaltyAccount handle(LoyaltyAccount account, LedgerCommand command, long minute) {
    return account.handle(command, CLUB, accounts().history(account.id()), AGENT, minutes(minute));
  }

  private static LedgerCommand earn(String order, String euros) {
    return new LedgerCommand.Earn(IdempotencyKey.of("earn-" + order),
        Purchase.of(ALI, SourceRef.of(order), T0, Money.of(euros, "EUR"), List.of()));
  }

  private static LedgerCommand redeem(String key, long points) {
    return new LedgerCommand.Redeem(IdempotencyKey.of(key), points, "reward", null);
  }

  private static List<Long> ids(Stream<Posting> stream) {
    try (stream) {
      return stream.map(p -> p.id().sequence()).collect(Collectors.toList());
    }
  }

  @Test
  @DisplayName("save stores a new account at version 1; it is found by id and by customer and programme")
  void saveStoresANewAccount() {
    LoyaltyAccount saved = enrolled("M-1", ALI);

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.pendingPostings()).isEmpty();
    assertThat(saved.pendingEvents()).isEmpty();
    assertThat(accounts().findById(saved.id()).map(LoyaltyAccount::version)).contains(1L);
    assertThat(accounts().findByCustomer(CLUB.id(), ALI).map(LoyaltyAccount::id)).contains(saved.id());
    assertThat(accounts().findByCustomer(ProgrammeId.of("other"), ALI)).isEmpty();
    assertThat(accounts().findById(MembershipId.of("M-none"))).isEmpty();
  }

  @Test
  @DisplayName("save appends the pending postings with the account; the history finds them by id, key and source")
  void saveAppendsPostingsWithTheAccount() {
    LoyaltyAccount account = enrolled("M-1", ALI);

    LoyaltyAccount earned = accounts().save(handle(account, earn("O-1", "120.00"), 1));

    assertThat(earned.pendingPostings()).isEmpty();
    assertThat(earned.balance()).isEqualTo(120);
    Posting credit = accounts().history(account.id()).byId(PostingId.of(1)).orElseThrow();
    assertThat(credit.points()).isEqualTo(120);
    assertThat(accounts().history(account.id()).byKey(IdempotencyKey.of("earn-O-1"))).containsExactly(credit);
    assertThat(accounts().history(account.id()).bySource(SourceRef.of("O-1"))).containsExactly(credit);
    assertThat(accounts().history(MembershipId.of("M-none")).byId(PostingId.of(1))).isEmpty();
  }

  @Test
  @DisplayName("a cancellation is found as a correction of the redemption it undoes")
  void correctionsAreIndexed() {
    LoyaltyAccount account = accounts().save(handle(enrolled("M-1", ALI), earn("O-1", "100.00"), 1));
    account = accounts().save(handle(account, redeem("R-1", 40), 2));
    Posting redemption = accounts().history(account.id()).byKey(IdempotencyKey.of("R-1")).get(0);

    accounts().save(handle(account,
        new LedgerCommand.CancelRedemption(IdempotencyKey.of("C-1"), redemption.id(), "undo"), 3));

    assertThat(accounts().history(account.id()).correctionsOf(redemption.id()))
        .extracting(p -> p.key().value()).containsExactly("C-1");
  }

  @Test
  @DisplayName("a stale version fails with ConcurrentUpdateException and appends no posting")
  void staleSavesAppendNothing() {
    LoyaltyAccount account = enrolled("M-1", ALI);
    accounts().save(handle(account, earn("O-1", "100.00"), 1));

    assertThatThrownBy(() -> accounts().save(handle(account, earn("O-2", "50.00"), 2)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(accounts().history(account.id()).bySource(SourceRef.of("O-2"))).isEmpty();
    assertThat(accounts().findById(account.id()).orElseThrow().balance()).isEqualTo(100);
  }

  @Test
  @DisplayName("a second account for a customer in a programme fails on field customer and writes nothing")
  void oneAccountPerCustomerAndProgramme() {
    enrolled("M-1", ALI);

    assertThatThrownBy(() -> enrolled("M-2", ALI))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("customer"));
    assertThat(accounts().findById(MembershipId.of("M-2"))).isEmpty();
    assertThat(enrolled("M-3", SARA).version()).isEqualTo(1);
  }

  @Test
  @DisplayName("postings stream by id within [from, until); accounts of a programme stream by id")
  void streamsAreOrdered() {
    LoyaltyAccount account = enrolled("M-2", ALI);
    account = accounts().save(handle(account, earn("O-1", "10.00"), 1));
    account = accounts().save(handle(account, earn("O-2", "10.00"), 5));
    accounts().save(handle(account, earn("O-3", "10.00"), 9));
    enrolled("M-1", SARA);

    assertThat(ids(accounts().postings(account.id(), minutes(0), minutes(100)))).containsExactly(1L, 2L, 3L);
    assertThat(ids(accounts().postings(account.id(), minutes(5), minutes(9)))).containsExactly(2L);
    try (Stream<LoyaltyAccount> members = accounts().streamByProgramme(CLUB.id())) {
      assertThat(members.map(a -> a.id().value())).containsExactly("M-1", "M-2");
    }
  }

  @Test
  @DisplayName("a unit of work that fails leaves neither the account nor its postings")
  void failedUnitsLeaveNothing() {
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      LoyaltyAccount account = enrolled("M-1", ALI);
      accounts().save(handle(account, earn("O-1", "10.00"), 1));
      throw new Rollback();
    })).isInstanceOf(Rollback.class);

    assertThat(accounts().findById(MembershipId.of("M-1"))).isEmpty();
    assertThat(accounts().findByCustomer(CLUB.id(), ALI)).isEmpty();
    assertThat(accounts().history(MembershipId.of("M-1")).byId(PostingId.of(1))).isEmpty();
  }

  @Test
  @DisplayName("threads redeeming from one account, retrying lost races on fresh state, never overspend")
  void concurrentRedemptionsNeverOverspend() throws Exception {
    MembershipId id = accounts().save(handle(enrolled("M-1", ALI), earn("O-1", "100.00"), 1)).id();
    List<Callable<Long>> redeemers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      redeemers.add(() -> {
        long redeemed = 0;
        for (int n = 0; n < 10; n++) {
          while (true) {
            LoyaltyAccount fresh = accounts().findById(id).orElseThrow();
            try {
              accounts().save(handle(fresh, redeem("R-" + thread + "-" + n, 3), 2));
              redeemed += 3;
              break;
            } catch (ConcurrentUpdateException lost) {
              // another thread saved first: retry on fresh state
            } catch (InsufficientPointsException spent) {
              return redeemed;
            }
          }
        }
        return redeemed;
      });
    }

    long total = 0;
    for (Future<Long> f : race(redeemers)) {
      total += f.get();
    }

    LoyaltyAccount after = accounts().findById(id).orElseThrow();
    assertThat(total).isLessThanOrEqualTo(100);
    assertThat(after.available()).isEqualTo(100 - total).isNotNegative();
    assertThat(after.balance()).isEqualTo(100 - total);
  }

  @Test
  @DisplayName("programmes save at revision + 1, refuse stale revisions, and are listed by id")
  void programmesAreVersioned() {
    Programme saved = programmes().save(CLUB);
    programmes().save(programme("alpha"));

    assertThat(saved.revision()).isEqualTo(CLUB.revision() + 1);
    assertThatThrownBy(() -> programmes().save(CLUB)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(programmes().findById(CLUB.id()).map(Programme::revision)).contains(saved.revision());
    assertThat(programmes().findAll()).extracting(p -> p.id().value()).containsExactly("alpha", "club");
    assertThat(programmes().findById(ProgrammeId.of("none"))).isEmpty();
  }

  @Test
  @DisplayName("reward stock: take counts up to the limit and never past it; giveBack never goes below zero")
  void rewardStockCountsWithinTheLimit() {
    RewardId coffee = RewardId.of("coffee");

    assertThat(provider().rewardStock().take(CLUB.id(), coffee, 2)).isTrue();
    assertThat(provider().rewardStock().take(CLUB.id(), coffee, 2)).isTrue();
    assertThat(provider().rewardStock().take(CLUB.id(), coffee, 2)).isFalse();
    assertThat(provider().rewardStock().taken(CLUB.id(), coffee)).isEqualTo(2);
    provider().rewardStock().giveBack(CLUB.id(), coffee);
    provider().rewardStock().giveBack(CLUB.id(), coffee);
    provider().rewardStock().giveBack(CLUB.id(), coffee);
    assertThat(provider().rewardStock().taken(CLUB.id(), coffee)).isZero();
    assertThat(provider().rewardStock().taken(ProgrammeId.of("other"), coffee)).isZero();
  }

  @Test
  @DisplayName("reward stock: however many threads take at once, taken never exceeds the limit")
  void rewardStockIsNeverOversold() throws Exception {
    RewardId coffee = RewardId.of("coffee");
    List<Callable<Long>> takers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      takers.add(() -> {
        long got = 0;
        for (int n = 0; n < 20; n++) {
          got += provider().rewardStock().take(CLUB.id(), coffee, 50) ? 1 : 0;
        }
        return got;
      });
    }

    long total = 0;
    for (Future<Long> f : race(takers)) {
      total += f.get();
    }

    assertThat(total).isEqualTo(50);
    assertThat(provider().rewardStock().taken(CLUB.id(), coffee)).isEqualTo(50);
  }

  @Test
  @DisplayName("reward stock: a take inside a failed unit of work is rolled back")
  void rewardStockRollsBack() {
    RewardId coffee = RewardId.of("coffee");

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      provider().rewardStock().take(CLUB.id(), coffee, 5);
      assertThat(provider().rewardStock().taken(CLUB.id(), coffee)).isEqualTo(1);
      throw new Rollback();
    })).isInstanceOf(Rollback.class);

    assertThat(provider().rewardStock().taken(CLUB.id(), coffee)).isZero();
  }
}
