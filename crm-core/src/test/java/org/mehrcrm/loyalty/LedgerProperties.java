package org.mehrcrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.loyalty.TestProgrammes.T0;
import static org.mehrcrm.loyalty.TestProgrammes.key;
import static org.mehrcrm.loyalty.TestProgrammes.line;
import static org.mehrcrm.loyalty.TestProgrammes.purchase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.mehrcrm.kernel.CrmException;
import org.mehrcrm.kernel.Money;

/** Properties of the points ledger over random command sequences. */
class LedgerProperties {

  enum Kind { EARN, EARN_LINES, REVIEW, REDEEM, CANCEL, RETURN_LINE, RETURN_SHARE, ADJUST_UP, ADJUST_DOWN, EXPIRE }

  /** One random step; {@code pick} chooses among earlier redemptions or orders when needed. */
  record Step(Kind kind, long amount, int pick, int daysLater) {}

  /** Runs steps against a ledger, remembering what later steps may refer to. */
  static final class Run {
    final Ledger ledger;
    Instant now = T0;
    int counter;
    final List<PostingId> redemptions = new ArrayList<>();
    final List<String> orders = new ArrayList<>();
    final List<LedgerCommand> done = new ArrayList<>();

    Run(ArrearsPolicy policy) {
      ledger = Ledger.open(TestProgrammes.club(policy).build());
    }

    /** Applies a step; returns the command if it succeeded, null if it was refused or was a run. */
    LedgerCommand apply(Step s) {
      now = now.plus(Duration.ofDays(s.daysLater())).plusSeconds(s.pick());
      counter++;
      IdempotencyKey k = key("k" + counter);
      LedgerCommand command = switch (s.kind()) {
        case EARN -> new LedgerCommand.Earn(k, purchase("o" + counter, now, s.amount() + ".50"));
        case EARN_LINES -> new LedgerCommand.Earn(k, purchase("o" + counter, now, (s.amount() + 20) + ".00",
            line("SKU-1", "coffee", 2, s.amount() + ".00"), line("SKU-2", "tea", 1, "20.00")));
        case REVIEW -> new LedgerCommand.EarnForEngagement(k, Engagement.of(EngagementType.REVIEW,
            TestProgrammes.ALI, SourceRef.of("review" + counter), now, null));
        case REDEEM -> new LedgerCommand.Redeem(k, s.amount(), "voucher", null);
        case CANCEL -> redemptions.isEmpty() ? null
            : new LedgerCommand.CancelRedemption(k, redemptions.get(s.pick() % redemptions.size()), "cancelled");
        case RETURN_LINE -> orders.isEmpty() ? null : new LedgerCommand.ReturnPurchase(k,
            SourceRef.of(orders.get(s.pick() % orders.size())), List.of(ReturnedLine.of("SKU-1", 1)), null);
        case RETURN_SHARE -> orders.isEmpty() ? null : new LedgerCommand.ReturnPurchase(k,
            SourceRef.of(orders.get(s.pick() % orders.size())), List.of(), Money.of(Long.toString(s.amount() % 30), "EUR"));
        case ADJUST_UP -> new LedgerCommand.Adjust(k, s.amount(), "goodwill");
        case ADJUST_DOWN -> new LedgerCommand.Adjust(k, -s.amount(), "correction");
        case EXPIRE -> null;
      };
      if (command == null) {
        ledger.expire(now);
        return null;
      }
      try {
        List<Posting> result = ledger.handle(command, now);
        done.add(command);
        if (s.kind() == Kind.REDEEM) {
          redemptions.add(result.get(0).id());
        }
        if (s.kind() == Kind.EARN || s.kind() == Kind.EARN_LINES) {
          orders.add("o" + counter);
        }
        Statistics.label("outcome").collect("done");
        return command;
      } catch (CrmException refused) {
        Statistics.label("outcome").collect("refused");
        return null;
      }
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(
        Arbitraries.frequency(Tuple.of(3, Kind.EARN), Tuple.of(3, Kind.EARN_LINES), Tuple.of(1, Kind.REVIEW),
            Tuple.of(4, Kind.REDEEM), Tuple.of(2, Kind.CANCEL), Tuple.of(3, Kind.RETURN_LINE),
            Tuple.of(2, Kind.RETURN_SHARE), Tuple.of(1, Kind.ADJUST_UP), Tuple.of(1, Kind.ADJUST_DOWN),
            Tuple.of(1, Kind.EXPIRE)), Arbitraries.longs().between(1, 400), Arbitraries.integers().between(0, 1000),
        Arbitraries.integers().between(0, 40)).as(Step::new);
    return step.list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<ArrearsPolicy> policies() {
    return Arbitraries.of(ArrearsPolicy.class);
  }

  @Property(tries = 300)
  void balanceAlwaysEqualsTheSumOfPostings(@ForAll("steps") List<Step> steps, @ForAll("policies") ArrearsPolicy policy) {
    Run run = new Run(policy);
    for (Step s : steps) {
      run.apply(s);
      Ledger l = run.ledger;
      assertThat(l.account.balance()).isEqualTo(l.sumOfPostings()).isEqualTo(l.account.totals().net());
      long running = 0;
      for (int i = 0; i < l.postings.size(); i++) {
        Posting p = l.postings.get(i);
        running += p.points();
        assertThat(p.id().sequence()).as("postings are numbered without gaps").isEqualTo(i + 1);
        assertThat(p.balanceAfter()).isEqualTo(running);
      }
    }
  }

  @Property(tries = 300)
  void availableIsNeverNegativeUnlessTheProgrammeAllowsArrears(@ForAll("steps") List<Step> steps,
      @ForAll("policies") ArrearsPolicy policy) {
    Run run = new Run(policy);
    for (Step s : steps) {
      run.apply(s);
      LoyaltyAccount a = run.ledger.account;
      if (policy == ArrearsPolicy.SETTLE_FROM_FUTURE_EARNINGS) {
        assertThat(a.available()).isNotNegative();
        assertThat(a.balance()).isNotNegative();
      } else if (a.available() < 0) {
        assertThat(a.arrears()).as("only arrears make the available balance negative").isPositive();
      }
      Statistics.label("arrears").collect(a.arrears() > 0);
    }
    Statistics.label("arrears").coverage(checker -> checker.check(true).count(n -> n > 0));
  }

  @Property(tries = 300)
  void aRedemptionFollowedByItsCancellationRestoresTheExactLots(@ForAll("steps") List<Step> steps,
      @ForAll("policies") ArrearsPolicy policy, @ForAll("amounts") long fraction) {
    Run run = new Run(policy);
    steps.forEach(run::apply);
    run.ledger.expire(run.now);
    LoyaltyAccount before = run.ledger.account;
    long points = Math.min(before.available(), fraction);
    if (points < 1) {
      Statistics.label("redeemed").collect(false);
      return;
    }
    Statistics.label("redeemed").collect(true);
    List<Posting> redemption = run.ledger.handle(new LedgerCommand.Redeem(key("r"), points, "x", null), run.now);
    assertThat(redemption.get(0).draws()).extracting(LotDraw::points).allMatch(p -> p > 0);
    run.ledger.handle(new LedgerCommand.CancelRedemption(key("c"), redemption.get(0).id(), "undo"), run.now);

    LoyaltyAccount after = run.ledger.account;
    assertThat(after.openLots()).isEqualTo(before.openLots());
    assertThat(after.balance()).isEqualTo(before.balance());
    assertThat(after.available()).isEqualTo(before.available());
  }

  @Provide
  Arbitrary<Long> amounts() {
    return Arbitraries.longs().between(1, 2_000);
  }

  @Property(tries = 300)
  void expiryAndRedemptionConsumeLotsInSpendingOrder(@ForAll("steps") List<Step> steps,
      @ForAll("policies") ArrearsPolicy policy) {
    Run run = new Run(policy);
    for (Step s : steps) {
      LoyaltyAccountSnapshot unchanged = run.ledger.account.snapshot();
      List<Lot> before = run.ledger.account.openLots();
      int known = run.ledger.postings.size();
      Instant previous = run.now;
      run.apply(s);
      Instant at = run.now;
      if (run.ledger.account.snapshot().equals(unchanged)) {
        continue; // refused: nothing ran, not even the catch-up expiry
      }
      List<Posting> made = run.ledger.postings.subList(known, run.ledger.postings.size());
      List<LotId> expired = made.stream().filter(p -> p.kind() == PostingKind.EXPIRE)
          .map(p -> p.draws().get(0).lot()).toList();
      List<LotId> due = before.stream().filter(l -> l.isExpiredAt(at)).map(Lot::id).toList();
      assertThat(expired.subList(0, Math.min(due.size(), expired.size())))
          .as("expiry takes the due lots first, soonest expiry first").isEqualTo(due);
      assertThat(run.ledger.account.openLots()).noneMatch(l -> l.isExpiredAt(at));
      for (Posting p : made) {
        if (p.kind() == PostingKind.REDEEM) {
          List<LotId> eligible = before.stream().filter(l -> !l.isExpiredAt(at) && !l.isPendingAt(at))
              .map(Lot::id).toList();
          List<LotId> drawn = p.draws().stream().map(LotDraw::lot).toList();
          assertThat(eligible.subList(0, Math.min(drawn.size(), eligible.size())))
              .as("a redemption drains lots in spending order").isEqualTo(drawn);
        }
      }
      assertThat(previous).isBeforeOrEqualTo(at);
    }
  }

  @Property(tries = 300)
  void repeatingAnyCommandOrExpiryRunWithTheSameKeyChangesNothing(@ForAll("steps") List<Step> steps,
      @ForAll("policies") ArrearsPolicy policy) {
    Run run = new Run(policy);
    for (Step s : steps) {
      LedgerCommand command = run.apply(s);
      if (command == null) {
        run.ledger.expire(run.now);
      }
      LoyaltyAccountSnapshot saved = run.ledger.account.snapshot();
      int stored = run.ledger.postings.size();
      if (command != null) {
        List<Posting> first = run.ledger.account.postingsFor(command.key(), run.ledger.history());
        List<Posting> again = run.ledger.handle(command, run.now.plusSeconds(5));
        assertThat(again).isNotEmpty().isEqualTo(first);
      } else {
        run.ledger.expire(run.now);
      }
      assertThat(run.ledger.account.snapshot()).isEqualTo(saved);
      assertThat(run.ledger.postings).hasSize(stored);
    }
  }
}
