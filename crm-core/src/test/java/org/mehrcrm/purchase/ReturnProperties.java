package org.mehrcrm.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

class ReturnProperties {
  private static final CustomerId ALI = CustomerId.of("C-1");
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
  private static final OrderReference SO = OrderReference.of("SO-1");

  /** A return attempt: a line number (possibly unknown), units and cents. */
  record Attempt(int lineNo, long units, long cents) {}

  @Property
  void acceptedReturnsNeverExceedWhatWasBought(@ForAll("quantities") List<Long> bought,
      @ForAll("attempts") List<Attempt> attempts) {
    List<PurchaseLine> lines = new ArrayList<>();
    Money total = Money.zero(java.util.Currency.getInstance("EUR"));
    for (int i = 0; i < bought.size(); i++) {
      Money amount = cents(bought.get(i) * 250);
      lines.add(PurchaseLine.of(i + 1, "SKU-" + i, bought.get(i), amount));
      total = total.plus(amount);
    }
    Purchase purchase = Purchase.of(SO, ALI, AT, total).withLines(lines);
    List<Return> accepted = new ArrayList<>();
    ReturnableBalance balance = ReturnableBalance.of(purchase, accepted);
    int n = 0;
    for (Attempt a : attempts) {
      Return r = Return.ofLines(OrderReference.of("R-" + n++), SO, ALI, AT,
          List.of(ReturnLine.of(a.lineNo(), a.units(), cents(a.cents()))));
      try {
        balance = balance.after(r);
        accepted.add(r);
      } catch (InvalidFieldException refused) {
        assertThat(ReturnableBalance.of(purchase, accepted).remainingAmount()).isEqualTo(balance.remainingAmount());
      }
    }
    for (PurchaseLine line : lines) {
      long returned = accepted.stream().flatMap(r -> r.lines().stream())
          .filter(l -> l.lineNo() == line.lineNo()).mapToLong(ReturnLine::quantity).sum();
      assertThat(returned).isLessThanOrEqualTo(line.quantity());
      assertThat(balance.remainingUnits(line.lineNo())).isEqualTo(line.quantity() - returned);
    }
    Money refunded = accepted.stream().map(Return::amount).reduce(cents(0), Money::plus);
    assertThat(refunded.compareTo(purchase.amount())).isLessThanOrEqualTo(0);
    assertThat(ReturnableBalance.of(purchase, accepted).refunded()).isEqualTo(refunded);
  }

  @Provide
  Arbitrary<List<Long>> quantities() {
    return Arbitraries.longs().between(1, 5).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.longs().between(1, 4),
        Arbitraries.longs().between(0, 1500)).as(Attempt::new).list().ofMaxSize(12);
  }

  private static Money cents(long cents) {
    return Money.of(java.math.BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance("EUR"));
  }
}
