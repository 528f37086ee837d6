package org.mehrcrm.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.purchase.OrderReference;
import org.mehrcrm.purchase.OrderReferenceConflictException;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.purchase.PurchaseRepository;
import org.mehrcrm.purchase.RecordOutcome;
import org.mehrcrm.purchase.Return;

/** A list-backed purchase repository following the port's specification, by scanning. */
public final class FakePurchases implements PurchaseRepository {
  private static final Comparator<Purchase> P_ORDER =
      Comparator.comparing(Purchase::at).thenComparing(Purchase::reference);
  private static final Comparator<Return> R_ORDER =
      Comparator.comparing(Return::at).thenComparing(Return::reference);

  private final Map<OrderReference, Purchase> purchases = new LinkedHashMap<>();
  private final Map<OrderReference, Return> returns = new LinkedHashMap<>();
  /** Simulates other writers: this many returns are stored "concurrently" before the next recordReturn. */
  public int concurrentReturnsToSimulate;

  @Override
  public RecordOutcome<Purchase> record(Purchase purchase) {
    Purchase known = purchases.get(purchase.reference());
    if (known != null) {
      if (!known.equals(purchase)) {
        throw new OrderReferenceConflictException("purchase", purchase.reference());
      }
      return new RecordOutcome<>(known, false);
    }
    purchases.put(purchase.reference(), purchase);
    return new RecordOutcome<>(purchase, true);
  }

  @Override
  public RecordOutcome<Return> recordReturn(Return ret, int expectedEarlierReturns) {
    Return known = returns.get(ret.reference());
    if (known != null) {
      if (!known.equals(ret)) {
        throw new OrderReferenceConflictException("return", ret.reference());
      }
      return new RecordOutcome<>(known, false);
    }
    int stored = returnsAgainst(ret.purchase()).size();
    if (concurrentReturnsToSimulate > 0) {
      concurrentReturnsToSimulate--;
      throw new ConcurrentUpdateException("purchase", ret.purchase().value(), expectedEarlierReturns, stored + 1);
    }
    if (stored != expectedEarlierReturns) {
      throw new ConcurrentUpdateException("purchase", ret.purchase().value(), expectedEarlierReturns, stored);
    }
    returns.put(ret.reference(), ret);
    return new RecordOutcome<>(ret, true);
  }

  /** Stores a return directly, as another writer would. */
  public void storeDirectly(Return ret) {
    returns.put(ret.reference(), ret);
  }

  @Override
  public Optional<Purchase> findPurchase(OrderReference reference) {
    return Optional.ofNullable(purchases.get(reference));
  }

  @Override
  public Optional<Return> findReturn(OrderReference reference) {
    return Optional.ofNullable(returns.get(reference));
  }

  @Override
  public List<Return> returnsAgainst(OrderReference purchase) {
    return returns.values().stream().filter(r -> r.purchase().equals(purchase)).toList();
  }

  @Override
  public Stream<Purchase> purchasesOf(CustomerId customer) {
    return allPurchases().filter(p -> p.customerId().equals(customer)).sorted(P_ORDER);
  }

  @Override
  public Stream<Return> returnsOf(CustomerId customer) {
    return allReturns().filter(r -> r.customerId().equals(customer)).sorted(R_ORDER);
  }

  @Override
  public Stream<Purchase> purchasesBetween(Instant from, Instant to) {
    return allPurchases().filter(p -> !p.at().isBefore(from) && p.at().isBefore(to)).sorted(P_ORDER);
  }

  @Override
  public Stream<Return> returnsBetween(Instant from, Instant to) {
    return allReturns().filter(r -> !r.at().isBefore(from) && r.at().isBefore(to)).sorted(R_ORDER);
  }

  @Override
  public Optional<Purchase> firstPurchase(CustomerId customer) {
    try (Stream<Purchase> all = purchasesOf(customer)) {
      return all.findFirst();
    }
  }

  @Override
  public Stream<Purchase> firstPurchasesBetween(Instant from, Instant to) {
    List<Purchase> firsts = new ArrayList<>();
    allPurchases().map(Purchase::customerId).distinct()
        .forEach(c -> firstPurchase(c).ifPresent(firsts::add));
    return firsts.stream().filter(p -> !p.at().isBefore(from) && p.at().isBefore(to)).sorted(P_ORDER);
  }

  @Override
  public Stream<Purchase> purchasesNewestFirst(CustomerId customer, Instant atOrBefore) {
    return allPurchases().filter(p -> p.customerId().equals(customer) && !p.at().isAfter(atOrBefore))
        .sorted(P_ORDER.reversed());
  }

  @Override
  public Stream<Return> returnsNewestFirst(CustomerId customer, Instant atOrBefore) {
    return allReturns().filter(r -> r.customerId().equals(customer) && !r.at().isAfter(atOrBefore))
        .sorted(R_ORDER.reversed());
  }

  private Stream<Purchase> allPurchases() {
    return List.copyOf(purchases.values()).stream();
  }

  private Stream<Return> allReturns() {
    return List.copyOf(returns.values()).stream();
  }
}
