package org.mehrcrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.purchase.OrderReference;

class LoyaltyPurchaseTest {
  private static final Instant AT = Instant.parse("2026-03-02T08:30:00Z");

  @Test
  void aReportedPurchaseEarnsUnderItsOrderReferenceWithTheCataloguesCategories() {
    org.mehrcrm.purchase.Purchase reported = org.mehrcrm.purchase.Purchase
        .of(OrderReference.of("WEB-1"), CustomerId.of("C-1"), AT, Money.of("12.00", "EUR"))
        .withLines(List.of(org.mehrcrm.purchase.PurchaseLine.of(1, "BEANS", 2, Money.of("10.00", "EUR")),
            org.mehrcrm.purchase.PurchaseLine.of(2, "BAG", 1, Money.of("2.00", "EUR"))));
    Map<String, String> catalogue = Map.of("BEANS", "coffee");

    Purchase earning = Purchase.from(reported, catalogue::get);

    assertThat(earning).isEqualTo(Purchase.of(CustomerId.of("C-1"), SourceRef.of("WEB-1"), AT,
        Money.of("12.00", "EUR"), List.of(PurchaseLine.of("BEANS", "coffee", 2, Money.of("10.00", "EUR")),
            PurchaseLine.of("BAG", null, 1, Money.of("2.00", "EUR")))));
  }

  @Test
  void aReportedPurchaseWithoutLinesEarnsOnItsTotal() {
    org.mehrcrm.purchase.Purchase reported = org.mehrcrm.purchase.Purchase
        .of(OrderReference.of("WEB-2"), CustomerId.of("C-1"), AT, Money.of("5.00", "EUR"));

    assertThat(Purchase.from(reported, code -> "x").earningLines())
        .containsExactly(PurchaseLine.of("whole-purchase", null, 1, Money.of("5.00", "EUR")));
  }
}
