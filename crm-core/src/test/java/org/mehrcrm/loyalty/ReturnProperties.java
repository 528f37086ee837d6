package org.mehrcrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.loyalty.TestProgrammes.T0;
import static org.mehrcrm.loyalty.TestProgrammes.key;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mehrcrm.kernel.Money;

/** Properties of returns: whatever the order of partial returns, they take back exactly what was earned. */
class ReturnProperties {

  record Bought(long quantity, long cents, boolean coffee) {}

  @Provide
  Arbitrary<List<Bought>> lines() {
    return Combinators.combine(Arbitraries.longs().between(1, 5), Arbitraries.longs().between(0, 50_000),
        Arbitraries.of(true, false)).as(Bought::new).list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Integer>> refundShares() {
    return Arbitraries.integers().between(0, 100).list().ofMaxSize(6);
  }

  @Property(tries = 300)
  void returningEveryUnitOneByOneTakesBackExactlyWhatTheLinesEarned(@ForAll("lines") List<Bought> bought,
      @ForAll("policies") ArrearsPolicy policy) {
    Ledger l = Ledger.open(TestProgrammes.club(policy).build());
    List<PurchaseLine> lines = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < bought.size(); i++) {
      Bought b = bought.get(i);
      lines.add(PurchaseLine.of("SKU-" + i, b.coffee() ? "coffee" : "tea", b.quantity(), cents(b.cents())));
      total += b.cents();
    }
    Posting earn = l.handle(new LedgerCommand.Earn(key("e"), Purchase.of(TestProgrammes.ALI, SourceRef.of("o"), T0,
        cents(total), lines)), T0).get(0);

    long reversed = 0;
    int n = 0;
    for (int i = 0; i < bought.size(); i++) {
      for (long u = 0; u < bought.get(i).quantity(); u++) {
        Posting p = l.handle(new LedgerCommand.ReturnPurchase(key("r" + n++), SourceRef.of("o"),
            List.of(ReturnedLine.of("SKU-" + i, 1)), null), T0).get(0);
        reversed += p.due();
        assertThat(reversed).isLessThanOrEqualTo(earn.points());
      }
    }
    assertThat(reversed).isEqualTo(earn.points());
    assertThat(l.account.balance()).isZero();
    assertThat(l.account.snapshot().activity().get(0).qualifyingPoints()).isZero();
  }

  @Property(tries = 300)
  void proportionalRefundsNeverTakeBackMoreThanEarnedAndAFullRefundTakesBackAll(
      @ForAll("refundShares") List<Integer> shares) {
    Ledger l = Ledger.open(TestProgrammes.club());
    long totalCents = 12_345;
    Posting earn = l.handle(new LedgerCommand.Earn(key("e"), TestProgrammes.purchase("o", T0, "123.45")), T0).get(0);
    long refunded = 0;
    long reversed = 0;
    int n = 0;
    for (int share : shares) {
      long cents = Math.min(totalCents - refunded, totalCents * share / 100);
      refunded += cents;
      reversed += l.handle(new LedgerCommand.ReturnPurchase(key("r" + n++), SourceRef.of("o"), List.of(),
          cents(cents)), T0).get(0).due();
      assertThat(reversed).isLessThanOrEqualTo(earn.points()).isEqualTo(earn.points() * refunded / totalCents);
    }
    reversed += l.handle(new LedgerCommand.ReturnPurchase(key("last"), SourceRef.of("o"), List.of(),
        cents(totalCents - refunded)), T0).get(0).due();
    assertThat(reversed).isEqualTo(earn.points());
  }

  @Provide
  Arbitrary<ArrearsPolicy> policies() {
    return Arbitraries.of(ArrearsPolicy.class);
  }

  private static Money cents(long cents) {
    return Money.of(java.math.BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance("EUR"));
  }
}
