package org.mehrcrm.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.testing.Invalid.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.CurrencyMismatchException;
import org.mehrcrm.kernel.Money;

class PurchaseTest {
  static final CustomerId ALI = CustomerId.of("C-1");
  static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
  static final OrderReference SO1 = OrderReference.of("SO-1");

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  void aSaleWithMarginAndLinesKeepsItsParts() {
    Purchase p = Purchase.of(SO1, ALI, AT, eur("30.00")).withGrossMargin(eur("12.00"))
        .withLines(List.of(PurchaseLine.of(1, "SKU-1", 2, eur("20.00")), PurchaseLine.of(2, "SKU-2", 1, eur("10.00"))));

    assertThat(p.kind()).isEqualTo(PurchaseKind.SALE);
    assertThat(p.margin()).contains(eur("12.00"));
    assertThat(p.line(2)).contains(PurchaseLine.of(2, "SKU-2", 1, eur("10.00")));
    assertThat(p.line(3)).isEmpty();
    assertThat(Purchase.donation(SO1, ALI, AT, eur("5.00")).kind()).isEqualTo(PurchaseKind.DONATION);
  }

  @Test
  void rejectsNegativeAmount() {
    assertInvalid(() -> Purchase.of(SO1, ALI, AT, eur("-1.00")), "amount", "must not be negative");
  }

  @Test
  void rejectsMarginAboveTheAmount() {
    assertInvalid(() -> Purchase.of(SO1, ALI, AT, eur("10.00")).withGrossMargin(eur("10.01")),
        "grossMargin", "must not exceed the amount");
  }

  @Test
  void acceptsANegativeMarginForALossMakingOrder() {
    assertThat(Purchase.of(SO1, ALI, AT, eur("10.00")).withGrossMargin(eur("-2.00")).margin()).contains(eur("-2.00"));
  }

  @Test
  void rejectsRepeatedLineNumbers() {
    assertInvalid(() -> Purchase.of(SO1, ALI, AT, eur("10.00"))
        .withLines(List.of(PurchaseLine.of(1, "A", 1, eur("5.00")), PurchaseLine.of(1, "B", 1, eur("5.00")))),
        "lines", "must not repeat line number 1");
  }

  @Test
  void rejectsALineInAnotherCurrency() {
    assertThatThrownBy(() -> Purchase.of(SO1, ALI, AT, eur("10.00"))
        .withLines(List.of(PurchaseLine.of(1, "A", 1, Money.of("5.00", "USD")))))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void rejectsLinesWithoutPositiveNumberOrQuantity() {
    assertInvalid(() -> PurchaseLine.of(0, "A", 1, eur("1.00")), "line.lineNo", "must be positive");
    assertInvalid(() -> PurchaseLine.of(1, "A", 0, eur("1.00")), "line.quantity", "must be positive");
    assertInvalid(() -> PurchaseLine.of(1, "A", 1, eur("-1.00")), "line.amount", "must not be negative");
    assertInvalid(() -> ReturnLine.of(1, 0, eur("1.00")), "returnLine.quantity", "must be positive");
  }

  @Test
  void aReturnByLineAmountsToTheSumOfItsLines() {
    Return r = Return.ofLines(OrderReference.of("R-1"), SO1, ALI, AT,
        List.of(ReturnLine.of(1, 1, eur("10.00")), ReturnLine.of(2, 1, eur("2.50"))));

    assertThat(r.amount()).isEqualTo(eur("12.50"));
    assertThat(r.isWhole()).isFalse();
    assertInvalid(() -> new Return(OrderReference.of("R-1"), SO1, ALI, AT, eur("1.00"), null,
        List.of(ReturnLine.of(1, 1, eur("2.00")))), "amount", "must equal the sum of the lines");
    assertInvalid(() -> Return.ofLines(OrderReference.of("R-1"), SO1, ALI, AT, List.of()),
        "lines", "must not be empty for a return by line");
  }

  @Test
  void valuesAreEqualByContent() {
    new EqualsTester()
        .addEqualityGroup(Purchase.of(SO1, ALI, AT, eur("1.00")), Purchase.of(SO1, ALI, AT, Money.of("1", "EUR")))
        .addEqualityGroup(Purchase.of(SO1, ALI, AT, eur("2.00")))
        .addEqualityGroup(Purchase.donation(SO1, ALI, AT, eur("1.00")))
        .testEquals();
    assertThat(OrderReference.of("SO-1")).isEqualTo(SO1).hasToString("SO-1");
  }

  @Test
  void factoriesRejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(OrderReference.class, SO1).setDefault(CustomerId.class, ALI)
        .setDefault(Instant.class, AT).setDefault(Money.class, eur("1.00"));
    tester.testAllPublicStaticMethods(Purchase.class);
    tester.testAllPublicStaticMethods(Return.class);
    tester.testAllPublicInstanceMethods(Purchase.of(SO1, ALI, AT, eur("1.00")));
  }
}
