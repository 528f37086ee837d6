package org.mehrcrm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.purchase.OrderReference;
import org.mehrcrm.purchase.OrderReferenceConflictException;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.purchase.PurchaseRepository;
import org.mehrcrm.purchase.RecordOutcome;
import org.mehrcrm.purchase.Return;

/**
 * The contract of {@link PurchaseRepository}: each test restates a clause of its
 * "Specification for implementors". Run through {@link StorageProviderContract}.
 *
 * @since 0.2.0
 */
public abstract class PurchaseRepositoryContract extends RepositoryContract {
  private static final CustomerId ALI = CustomerId.of("C-ali");
  private static final CustomerId SARA = CustomerId.of("C-sara");

  private PurchaseRepository purchases() {
    return provider().purchases();
  }

  private static OrderReference ref(String value) {
    return OrderReference.of(value);
  }

  private static Purchase purchase(String reference, CustomerId customer, long minute, String euros) {
    return Purchase.of(ref(reference), customer, minutes(minute), Money.of(euros, "EUR"));
  }

  private static Return refund(String reference, Purchase of, long minute, String euros) {
    return Return.whole(ref(reference), of.reference(), of.customerId(), minutes(minute), Money.of(euros, "EUR"));
  }

  private static List<String> refs(Stream<Purchase> stream) {
    try (stream) {
      return stream.map(p -> p.reference().value()).collect(Collectors.toList());
    }
  }

  private static List<String> returnRefs(Stream<Return> stream) {
    try (stream) {
      return stream.map(r -> r.reference().value()).collect(Collectors.toList());
    }
  }

  @Test
  @DisplayName("record stores a purchase with a new reference and reports it created")
  void recordStoresANewPurchase() {
    Purchase p = purchase("O-1", ALI, 0, "10.00");

    RecordOutcome<Purchase> outcome = purchases().record(p);

    assertThat(outcome.created()).isTrue();
    assertThat(outcome.stored()).isEqualTo(p);
    assertThat(purchases().findPurchase(p.reference())).contains(p);
    assertThat(purchases().findPurchase(ref("O-none"))).isEmpty();
  }

  @Test
  @DisplayName("recording an equal purchase again returns the stored one, not created, and writes nothing")
  void recordingTheSameOrderTwiceIsIdempotent() {
    Purchase p = purchase("O-1", ALI, 0, "10.00");
    purchases().record(p);

    RecordOutcome<Purchase> again = purchases().record(purchase("O-1", ALI, 0, "10.00"));

    assertThat(again.created()).isFalse();
    assertThat(again.stored()).isEqualTo(p);
    assertThat(refs(purchases().purchasesOf(ALI))).containsExactly("O-1");
  }

  @Test
  @DisplayName("other content under a stored reference fails with OrderReferenceConflictException and writes nothing")
  void aReferenceCannotBeReusedForOtherContent() {
    Purchase p = purchase("O-1", ALI, 0, "10.00");
    purchases().record(p);

    assertThatThrownBy(() -> purchases().record(purchase("O-1", ALI, 0, "99.00")))
        .isInstanceOfSatisfying(OrderReferenceConflictException.class, e -> {
          assertThat(e.kind()).isEqualTo("purchase");
          assertThat(e.reference()).isEqualTo(ref("O-1"));
        });
    assertThat(purchases().findPurchase(ref("O-1"))).contains(p);
  }

  @Test
  @DisplayName("of concurrent records with one reference exactly one is created")
  void concurrentRecordsOfOneReferenceStoreItOnce() throws Exception {
    Purchase p = purchase("O-1", ALI, 0, "10.00");
    Callable<Boolean> record = () -> purchases().record(p).created();

    List<Future<Boolean>> results = race(List.of(record, record, record, record));

    long created = 0;
    for (Future<Boolean> r : results) {
      created += r.get() ? 1 : 0;
    }
    assertThat(created).isEqualTo(1);
    assertThat(refs(purchases().purchasesOf(ALI))).containsExactly("O-1");
  }

  @Test
  @DisplayName("a return is stored if the count of earlier returns is as expected; returnsAgainst lists them in recorded order")
  void returnsAreCountedAgainstTheirPurchase() {
    Purchase p = purchase("O-1", ALI, 0, "10.00");
    purchases().record(p);

    assertThat(purchases().recordReturn(refund("R-2", p, 5, "3.00"), 0).created()).isTrue();
    assertThat(purchases().recordReturn(refund("R-1", p, 6, "2.00"), 1).created()).isTrue();

    assertThat(purchases().returnsAgainst(p.reference())).extracting(r -> r.reference().value())
        .containsExactly("R-2", "R-1");
    assertThat(purchases().findReturn(ref("R-1"))).isPresent();
    assertThat(purchases().returnsAgainst(ref("O-none"))).isEmpty();
  }

  @Test
  @DisplayName("a new return on a stale count fails with ConcurrentUpdateException naming the purchase, and writes nothing")
  void aReturnOnAStaleCountIsRefused() {
    Purchase p = purchase("O-1", ALI, 0, "10.00");
    purchases().record(p);
    purchases().recordReturn(refund("R-1", p, 5, "3.00"), 0);

    assertThatThrownBy(() -> purchases().recordReturn(refund("R-2", p, 6, "3.00"), 0))
        .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
          assertThat(e.kind()).isEqualTo("purchase");
          assertThat(e.id()).isEqualTo("O-1");
          assertThat(e.expectedVersion()).isZero();
          assertThat(e.actualVersion()).isEqualTo(1);
        });
    assertThat(purchases().findReturn(ref("R-2"))).isEmpty();
    assertThat(purchases().returnsAgainst(p.reference())).hasSize(1);
  }

  @Test
  @DisplayName("repeating a stored return returns it whatever the count; other content under its reference conflicts")
  void repeatingAReturnIsIdempotent() {
    Purchase p = purchase("O-1", ALI, 0, "10.00");
    purchases().record(p);
    Return r = refund("R-1", p, 5, "3.00");
    purchases().recordReturn(r, 0);

    RecordOutcome<Return> again = purchases().recordReturn(r, 0);

    assertThat(again.created()).isFalse();
    assertThat(again.stored()).isEqualTo(r);
    assertThatThrownBy(() -> purchases().recordReturn(refund("R-1", p, 5, "4.00"), 1))
        .isInstanceOfSatisfying(OrderReferenceConflictException.class, e -> assertThat(e.kind()).isEqualTo("return"));
  }

  @Test
  @DisplayName("of concurrent new returns against one purchase on the same count, exactly one is stored")
  void concurrentReturnsOnOneCountStoreOne() throws Exception {
    Purchase p = purchase("O-1", ALI, 0, "10.00");
    purchases().record(p);
    List<Callable<Boolean>> tasks = Stream.of("R-1", "R-2", "R-3", "R-4")
        .map(reference -> (Callable<Boolean>) () -> purchases().recordReturn(refund(reference, p, 5, "1.00"), 0).created())
        .collect(Collectors.toList());

    List<Future<Boolean>> results = race(tasks);

    long stored = results.stream().filter(f -> {
      try {
        return f.get();
      } catch (Exception e) {
        assertThat(e).hasCauseInstanceOf(ConcurrentUpdateException.class);
        return false;
      }
    }).count();
    assertThat(stored).isEqualTo(1);
    assertThat(purchases().returnsAgainst(p.reference())).hasSize(1);
  }

  @Test
  @DisplayName("purchase and return references are separate namespaces")
  void purchaseAndReturnReferencesAreSeparate() {
    Purchase p = purchase("X-1", ALI, 0, "10.00");
    purchases().record(p);

    assertThat(purchases().recordReturn(refund("X-1", p, 5, "1.00"), 0).created()).isTrue();
    assertThat(purchases().findPurchase(ref("X-1"))).contains(p);
    assertThat(purchases().findReturn(ref("X-1"))).isPresent();
  }

  @Test
  @DisplayName("a customer's purchases and returns stream in time order, ties by reference")
  void aCustomersHistoryIsInTimeOrder() {
    Purchase b = purchase("O-b", ALI, 10, "1.00");
    purchases().record(b);
    purchases().record(purchase("O-c", ALI, 5, "1.00"));
    Purchase a = purchase("O-a", ALI, 10, "1.00");
    purchases().record(a);
    purchases().record(purchase("O-s", SARA, 7, "1.00"));
    purchases().recordReturn(refund("R-2", b, 20, "1.00"), 0);
    purchases().recordReturn(refund("R-1", a, 20, "1.00"), 0);

    assertThat(refs(purchases().purchasesOf(ALI))).containsExactly("O-c", "O-a", "O-b");
    assertThat(returnRefs(purchases().returnsOf(ALI))).containsExactly("R-1", "R-2");
    assertThat(refs(purchases().purchasesOf(CustomerId.of("C-nobody")))).isEmpty();
  }

  @Test
  @DisplayName("a period's purchases and returns, of every customer, stream in time order over [from, to)")
  void aPeriodStreamsInTimeOrder() {
    Purchase p0 = purchase("O-0", ALI, 0, "1.00");
    purchases().record(p0);
    purchases().record(purchase("O-1", SARA, 10, "1.00"));
    purchases().record(purchase("O-2", ALI, 20, "1.00"));
    purchases().recordReturn(refund("R-1", p0, 10, "1.00"), 0);

    assertThat(refs(purchases().purchasesBetween(minutes(0), minutes(20)))).containsExactly("O-0", "O-1");
    assertThat(refs(purchases().purchasesBetween(minutes(1), minutes(21)))).containsExactly("O-1", "O-2");
    assertThat(refs(purchases().purchasesBetween(minutes(20), minutes(0)))).isEmpty();
    assertThat(returnRefs(purchases().returnsBetween(minutes(10), minutes(11)))).containsExactly("R-1");
  }

  @Test
  @DisplayName("the first purchase is the first in time order; first purchases of a period are those of customers who first bought in it")
  void firstPurchasesAreIndexed() {
    purchases().record(purchase("O-2", ALI, 20, "1.00"));
    purchases().record(purchase("O-3", SARA, 30, "1.00"));
    purchases().record(purchase("O-4", SARA, 40, "1.00"));
    purchases().record(purchase("O-1", ALI, 10, "1.00"));

    assertThat(purchases().firstPurchase(ALI).map(p -> p.reference().value())).contains("O-1");
    assertThat(purchases().firstPurchase(CustomerId.of("C-nobody"))).isEmpty();
    assertThat(refs(purchases().firstPurchasesBetween(minutes(15), minutes(45)))).containsExactly("O-3");
    assertThat(refs(purchases().firstPurchasesBetween(minutes(0), minutes(45)))).containsExactly("O-1", "O-3");
  }

  @Test
  @DisplayName("newest first is the exact reverse of time order, up to and including the moment")
  void newestFirstIsTheReverse() {
    Purchase a = purchase("O-a", ALI, 10, "1.00");
    purchases().record(a);
    purchases().record(purchase("O-b", ALI, 10, "1.00"));
    purchases().record(purchase("O-c", ALI, 30, "1.00"));
    purchases().recordReturn(refund("R-1", a, 15, "1.00"), 0);

    assertThat(refs(purchases().purchasesNewestFirst(ALI, minutes(10)))).containsExactly("O-b", "O-a");
    assertThat(refs(purchases().purchasesNewestFirst(ALI, minutes(30)))).containsExactly("O-c", "O-b", "O-a");
    assertThat(returnRefs(purchases().returnsNewestFirst(ALI, minutes(14)))).isEmpty();
    assertThat(returnRefs(purchases().returnsNewestFirst(ALI, minutes(15)))).containsExactly("R-1");
  }

  @Test
  @DisplayName("inside a unit of work queries see its own records; if it fails nothing is left")
  void unitsOfWorkSeeTheirOwnRecordsAndRollBack() {
    purchases().record(purchase("O-2", ALI, 20, "1.00"));

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      Purchase first = purchases().record(purchase("O-1", ALI, 10, "1.00")).stored();
      purchases().recordReturn(refund("R-1", first, 11, "1.00"), 0);
      assertThat(refs(purchases().purchasesOf(ALI))).containsExactly("O-1", "O-2");
      assertThat(refs(purchases().firstPurchasesBetween(minutes(0), minutes(30)))).containsExactly("O-1");
      assertThat(purchases().returnsAgainst(first.reference())).hasSize(1);
      throw new Rollback();
    })).isInstanceOf(Rollback.class);

    assertThat(refs(purchases().purchasesOf(ALI))).containsExactly("O-2");
    assertThat(purchases().findReturn(ref("R-1"))).isEmpty();
    assertThat(refs(purchases().firstPurchasesBetween(minutes(0), minutes(30)))).containsExactly("O-2");
  }
}
