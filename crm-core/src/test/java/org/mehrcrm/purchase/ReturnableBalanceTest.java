package org.mehrcrm.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.purchase.PurchaseTest.ALI;
import static org.mehrcrm.purchase.PurchaseTest.AT;
import static org.mehrcrm.purchase.PurchaseTest.SO1;
import static org.mehrcrm.purchase.PurchaseTest.eur;
import static org.mehrcrm.testing.Invalid.assertInvalid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.CurrencyMismatchException;
import org.mehrcrm.kernel.Money;

class ReturnableBalanceTest {
  private final Purchase order = Purchase.of(SO1, ALI, AT, eur("35.00")).withLines(List.of(
      PurchaseLine.of(1, "SKU-1", 3, eur("30.00")), PurchaseLine.of(2, "SKU-2", 1, eur("5.00"))));

  private static Return lines(String ref, ReturnLine... lines) {
    return Return.ofLines(OrderReference.of(ref), SO1, ALI, AT.plusSeconds(60), List.of(lines));
  }

  @Test
  void tracksWhatRemainsAfterPartialReturns() {
    ReturnableBalance b = ReturnableBalance.of(order, List.of(lines("R-1", ReturnLine.of(1, 2, eur("20.00")))));

    assertThat(b.remainingUnits(1)).isEqualTo(1);
    assertThat(b.remainingUnits(2)).isEqualTo(1);
    assertThat(b.remainingUnits(9)).isZero();
    assertThat(b.remainingAmount()).isEqualTo(eur("15.00"));
    assertThat(b.refunded()).isEqualTo(eur("20.00"));
    assertThat(b.isWhollyReturned()).isFalse();
  }

  @Test
  void refusesReturningMoreUnitsThanWereBought() {
    ReturnableBalance b = ReturnableBalance.of(order, List.of(lines("R-1", ReturnLine.of(1, 2, eur("20.00")))));

    assertInvalid(() -> b.check(lines("R-2", ReturnLine.of(1, 2, eur("10.00")))),
        "returnLine.quantity", "must not exceed the 1 units of line 1 still returnable");
  }

  @Test
  void refusesRefundingMoreThanALineCost() {
    assertInvalid(() -> ReturnableBalance.of(order, List.of()).check(lines("R-1", ReturnLine.of(2, 1, eur("5.01")))),
        "returnLine.amount", "must not exceed what line 2 cost");
  }

  @Test
  void refusesRefundingMoreThanWasPaid() {
    Purchase plain = Purchase.of(SO1, ALI, AT, eur("10.00"));
    ReturnableBalance b = ReturnableBalance.of(plain, List.of());

    assertInvalid(() -> b.check(Return.whole(OrderReference.of("R-1"), SO1, ALI, AT, eur("10.01"))),
        "amount", "must not exceed the EUR 10.00 still returnable");
  }

  @Test
  void aWholeReturnEndsTheBalance() {
    Return whole = Return.whole(OrderReference.of("R-1"), SO1, ALI, AT, eur("30.00"));
    ReturnableBalance b = ReturnableBalance.of(order, List.of(whole));

    assertThat(b.isWhollyReturned()).isTrue();
    assertThat(b.remainingAmount()).isEqualTo(eur("0.00"));
    assertThat(b.remainingUnits(1)).isZero();
    assertInvalid(() -> b.check(lines("R-2", ReturnLine.of(2, 1, eur("1.00")))),
        "purchase", "must not be returned again after a whole return");
  }

  @Test
  void refusesAWholeReturnAfterAPartialOne() {
    ReturnableBalance b = ReturnableBalance.of(order, List.of(lines("R-1", ReturnLine.of(2, 1, eur("5.00")))));

    assertInvalid(() -> b.check(Return.whole(OrderReference.of("R-2"), SO1, ALI, AT, eur("1.00"))),
        "lines", "must name lines once part of the purchase was returned");
  }

  @Test
  void refusesLinesOfAPurchaseWithoutLinesOrUnknownLines() {
    Purchase plain = Purchase.of(SO1, ALI, AT, eur("10.00"));
    assertInvalid(() -> ReturnableBalance.of(plain, List.of()).check(lines("R-1", ReturnLine.of(1, 1, eur("1.00")))),
        "lines", "must be empty: the purchase has no lines");
    assertInvalid(() -> ReturnableBalance.of(order, List.of()).check(lines("R-1", ReturnLine.of(3, 1, eur("1.00")))),
        "returnLine.lineNo", "must name a line of the purchase (3 is not)");
  }

  @Test
  void refusesAReturnThatDoesNotFitThePurchase() {
    ReturnableBalance b = ReturnableBalance.of(order, List.of());
    assertInvalid(() -> b.check(Return.whole(OrderReference.of("R-1"), OrderReference.of("SO-2"), ALI, AT, eur("1.00"))),
        "purchase", "must be SO-1");
    assertInvalid(() -> b.check(Return.whole(OrderReference.of("R-1"), SO1, CustomerId.of("C-9"), AT, eur("1.00"))),
        "customerId", "must be the purchase's customer");
    assertInvalid(() -> b.check(Return.whole(OrderReference.of("R-1"), SO1, ALI, AT.minusSeconds(1), eur("1.00"))),
        "at", "must not be before the purchase");
    assertThatThrownBy(() -> b.check(Return.whole(OrderReference.of("R-1"), SO1, ALI, AT, Money.of("1.00", "USD"))))
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
