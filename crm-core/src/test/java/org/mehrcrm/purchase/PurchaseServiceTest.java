package org.mehrcrm.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.purchase.PurchaseTest.eur;
import static org.mehrcrm.testing.Invalid.assertInvalid;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.testing.World;

class PurchaseServiceTest {
  private static final Actor ERP = Actor.of("erp", "erp");
  private static final Actor CLERK = Actor.of("clerk-1", "clerk");
  private static final CustomerId ALI = CustomerId.of("C-1");
  private static final OrderReference SO1 = OrderReference.of("SO-1");

  private final World world = new World();
  private final PurchaseService purchases = new PurchaseService(world.purchases, world.customers,
      world.unitOfWork, RoleBasedAccessPolicy.builder()
          .grant("erp", "purchase:*").grant("clerk", "purchase:read").build(), world.clock);

  @BeforeEach
  void registerAli() {
    world.person("C-1", "Ali", "Rezaei", b -> b);
  }

  private Purchase order() {
    return Purchase.of(SO1, ALI, World.T0, eur("35.00")).withLines(List.of(
        PurchaseLine.of(1, "SKU-1", 3, eur("30.00")), PurchaseLine.of(2, "SKU-2", 1, eur("5.00"))));
  }

  @Test
  void recordsAPurchaseOnceAndRaisesOneEvent() {
    RecordOutcome<Purchase> first = purchases.record(ERP, order());

    assertThat(first).isEqualTo(new RecordOutcome<>(order(), true));
    assertThat(world.delivered).containsExactly(
        new PurchaseEvent.PurchaseRecorded(SO1, ALI, PurchaseKind.SALE, World.T0));
  }

  @Test
  void reportingTheSameOrderReferenceTwiceIsIdempotent() {
    purchases.record(ERP, order());
    RecordOutcome<Purchase> again = purchases.record(ERP, order());

    assertThat(again).isEqualTo(new RecordOutcome<>(order(), false));
    assertThat(world.events(PurchaseEvent.class)).hasSize(1);
    try (Stream<Purchase> all = purchases.purchasesOf(CLERK, ALI)) {
      assertThat(all).containsExactly(order());
    }
  }

  @Test
  void reportingOtherContentUnderAKnownReferenceIsAConflict() {
    purchases.record(ERP, order());

    assertThatThrownBy(() -> purchases.record(ERP, Purchase.of(SO1, ALI, World.T0, eur("36.00"))))
        .isInstanceOfSatisfying(OrderReferenceConflictException.class, e -> {
          assertThat(e.kind()).isEqualTo("purchase");
          assertThat(e.reference()).isEqualTo(SO1);
        })
        .hasMessage("purchase SO-1: already recorded with different content");
  }

  @Test
  void refusesAPurchaseOfAnUnknownCustomer() {
    assertThatThrownBy(() -> purchases.record(ERP, Purchase.of(SO1, CustomerId.of("C-404"), World.T0, eur("1.00"))))
        .isInstanceOf(NotFoundException.class).hasMessage("customer C-404: not found");
    assertThat(world.purchases.findPurchase(SO1)).isEmpty();
  }

  @Test
  void recordsReturnsWithinThePurchaseAndRefusesMore() {
    purchases.record(ERP, order());
    Return r1 = Return.ofLines(OrderReference.of("R-1"), SO1, ALI, World.T0, List.of(ReturnLine.of(1, 2, eur("20.00"))));

    assertThat(purchases.recordReturn(ERP, r1).created()).isTrue();
    assertThat(purchases.recordReturn(ERP, r1).created()).isFalse();
    assertInvalid(() -> purchases.recordReturn(ERP, Return.ofLines(OrderReference.of("R-2"), SO1, ALI, World.T0,
        List.of(ReturnLine.of(1, 2, eur("10.00"))))),
        "returnLine.quantity", "must not exceed the 1 units of line 1 still returnable");
    assertThat(purchases.balance(CLERK, SO1).remainingUnits(1)).isEqualTo(1);
    assertThat(world.events(PurchaseEvent.ReturnRecorded.class)).containsExactly(
        new PurchaseEvent.ReturnRecorded(OrderReference.of("R-1"), SO1, ALI, false, World.T0));
  }

  @Test
  void aReturnOfAnUnknownPurchaseIsNotFound() {
    assertThatThrownBy(() -> purchases.recordReturn(ERP,
        Return.whole(OrderReference.of("R-1"), SO1, ALI, World.T0, eur("1.00"))))
        .isInstanceOf(NotFoundException.class).hasMessage("purchase SO-1: not found");
  }

  @Test
  void aReturnThatLostARaceIsRecheckedAgainstTheNewBalance() {
    purchases.record(ERP, order());
    world.purchases.concurrentReturnsToSimulate = 1;
    world.purchases.storeDirectly(Return.ofLines(OrderReference.of("R-0"), SO1, ALI, World.T0,
        List.of(ReturnLine.of(1, 2, eur("20.00")))));
    // the fake's simulated conflict fires before the service re-reads; the re-check sees R-0
    Return tooMuch = Return.ofLines(OrderReference.of("R-1"), SO1, ALI, World.T0, List.of(ReturnLine.of(1, 2, eur("2.00"))));

    assertInvalid(() -> purchases.recordReturn(ERP, tooMuch),
        "returnLine.quantity", "must not exceed the 1 units of line 1 still returnable");
  }

  @Test
  void aReturnRetriesAfterAConcurrentReturnWhenItStillFits() {
    purchases.record(ERP, order());
    world.purchases.concurrentReturnsToSimulate = 2;
    Return r = Return.ofLines(OrderReference.of("R-1"), SO1, ALI, World.T0, List.of(ReturnLine.of(2, 1, eur("5.00"))));

    assertThat(purchases.recordReturn(ERP, r).created()).isTrue();
  }

  @Test
  void aReturnGivesUpAfterTooManyConflicts() {
    purchases.record(ERP, order());
    world.purchases.concurrentReturnsToSimulate = 100;
    Return r = Return.ofLines(OrderReference.of("R-1"), SO1, ALI, World.T0, List.of(ReturnLine.of(2, 1, eur("5.00"))));

    assertThatThrownBy(() -> purchases.recordReturn(ERP, r)).isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void readingAndRecordingNeedTheirPermissions() {
    assertThatThrownBy(() -> purchases.record(CLERK, order()))
        .isInstanceOf(AccessDeniedException.class).hasMessage("actor clerk-1: may not purchase:record");
    assertThatThrownBy(() -> purchases.find(Actor.of("x", "nobody"), SO1))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void findsTheFirstPurchase() {
    purchases.record(ERP, order());
    Purchase earlier = Purchase.of(OrderReference.of("SO-0"), ALI, World.T0.minusSeconds(3600), eur("1.00"));
    purchases.record(ERP, earlier);

    assertThat(purchases.firstPurchase(CLERK, ALI)).contains(earlier);
    assertThat(purchases.find(CLERK, SO1)).contains(order());
  }
}
