package org.mehrcrm.spi.memory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.purchase.OrderReference;
import org.mehrcrm.purchase.OrderReferenceConflictException;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.purchase.PurchaseRepository;
import org.mehrcrm.purchase.RecordOutcome;
import org.mehrcrm.purchase.Return;

/**
 * The in-memory purchase repository: purchases and returns written once under their references,
 * indexed by moment per customer and overall, with each customer's first purchase indexed too.
 *
 * <p>Example: {@code provider.purchases().purchasesBetween(monthStart, monthEnd)}. The count of
 * returns against a purchase is a versioned row, so a return recorded on a stale count fails at
 * commit like any stale aggregate. Thread-safe; inside a unit of work it sees that unit's own
 * writes.
 */
final class MemoryPurchaseRepository implements PurchaseRepository {
  private static final Comparator<Purchase> PURCHASE_ORDER =
      Comparator.comparing(Purchase::at).thenComparing(Purchase::reference);
  private static final Comparator<Return> RETURN_ORDER =
      Comparator.comparing(Return::at).thenComparing(Return::reference);

  /** How many returns are recorded against a purchase: the version of this row. */
  private record ReturnCount(OrderReference purchase, long version) {
    ReturnCount atVersion(long next) {
      return new ReturnCount(purchase, next);
    }
  }

  private final MemoryStore store;
  private final MemoryTable<OrderReference, Purchase> purchases =
      MemoryTable.insertOnly("purchase", Purchase::reference);
  private final MemoryTable<OrderReference, Return> returns = MemoryTable.insertOnly("return", Return::reference);
  private final MemoryTable<OrderReference, ReturnCount> returnCounts =
      MemoryTable.versioned("purchase", ReturnCount::purchase, ReturnCount::version, ReturnCount::atVersion);
  private final ConcurrentSkipListMap<Timed, Purchase> purchasesByTime = new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<Timed, Purchase> firstPurchases = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<CustomerId, ConcurrentSkipListMap<Timed, Purchase>> purchasesByCustomer = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<Timed, Return> returnsByTime = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<CustomerId, ConcurrentSkipListMap<Timed, Return>> returnsByCustomer = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<OrderReference, List<Return>> returnsByPurchase = new ConcurrentHashMap<>();

  MemoryPurchaseRepository(MemoryStore store) {
    this.store = store;
    purchases.index((before, p) -> {
      Timed key = Timed.of(p.at(), p.reference());
      purchasesByTime.put(key, p);
      ConcurrentSkipListMap<Timed, Purchase> own = purchasesByCustomer.computeIfAbsent(p.customerId(), c -> new ConcurrentSkipListMap<>());
      Timed first = own.isEmpty() ? null : own.firstKey();
      own.put(key, p);
      if (first == null || key.compareTo(first) < 0) {
        if (first != null) {
          firstPurchases.remove(first);
        }
        firstPurchases.put(key, p);
      }
    });
    returns.index((before, r) -> {
      Timed key = Timed.of(r.at(), r.reference());
      returnsByTime.put(key, r);
      returnsByCustomer.computeIfAbsent(r.customerId(), c -> new ConcurrentSkipListMap<>()).put(key, r);
      returnsByPurchase.compute(r.purchase(), (p, list) -> {
        List<Return> next = list == null ? new ArrayList<>() : new ArrayList<>(list);
        next.add(r);
        return List.copyOf(next);
      });
    });
  }

  @Override
  public RecordOutcome<Purchase> record(Purchase purchase) {
    requireNonNull(purchase, "purchase");
    return idempotently(purchases, purchase, "purchase", p -> store.save(purchases, p));
  }

  @Override
  public RecordOutcome<Return> recordReturn(Return ret, int expectedEarlierReturns) {
    requireNonNull(ret, "ret");
    return idempotently(returns, ret, "return", r -> {
      OrderReference of = r.purchase();
      store.save(returnCounts, new ReturnCount(of, expectedEarlierReturns));
      return store.save(returns, r);
    });
  }

  /**
   * Stores a fact unless its reference is taken: by an equal fact (returned, not created) or a
   * different one (a conflict). A racing commit of the same reference outside a unit of work is
   * resolved the same way after the fact.
   */
  private <V> RecordOutcome<V> idempotently(MemoryTable<OrderReference, V> table, V fact, String kind,
      Function<V, V> write) {
    OrderReference reference = table.keyOf(fact);
    V stored = store.get(table, reference);
    if (stored != null) {
      return repeated(stored, fact, kind, reference);
    }
    try {
      return new RecordOutcome<>(store.inUnit(() -> write.apply(fact)), true);
    } catch (ConcurrentUpdateException e) {
      V winner = store.get(table, reference);
      if (winner == null) {
        throw e;
      }
      return repeated(winner, fact, kind, reference);
    }
  }

  private static <V> RecordOutcome<V> repeated(V stored, V fact, String kind, OrderReference reference) {
    if (!stored.equals(fact)) {
      throw new OrderReferenceConflictException(kind, reference);
    }
    return new RecordOutcome<>(stored, false);
  }

  @Override
  public Optional<Purchase> findPurchase(OrderReference reference) {
    return Optional.ofNullable(store.get(purchases, requireNonNull(reference, "reference")));
  }

  @Override
  public Optional<Return> findReturn(OrderReference reference) {
    return Optional.ofNullable(store.get(returns, requireNonNull(reference, "reference")));
  }

  @Override
  public List<Return> returnsAgainst(OrderReference purchase) {
    requireNonNull(purchase, "purchase");
    List<Return> committed = returnsByPurchase.getOrDefault(purchase, List.of());
    List<Return> staged = store.staged(returns);
    if (staged.isEmpty()) {
      return committed;
    }
    List<Return> all = new ArrayList<>(committed);
    staged.stream().filter(r -> r.purchase().equals(purchase)).forEach(all::add);
    return List.copyOf(all);
  }

  @Override
  public Stream<Purchase> purchasesOf(CustomerId customer) {
    requireNonNull(customer, "customer");
    return purchases(ascending(purchasesByCustomer.get(customer)), p -> p.customerId().equals(customer),
        PURCHASE_ORDER);
  }

  @Override
  public Stream<Return> returnsOf(CustomerId customer) {
    requireNonNull(customer, "customer");
    return store.overlay(returns, ascending(returnsByCustomer.get(customer)), r -> r.customerId().equals(customer),
        RETURN_ORDER);
  }

  @Override
  public Stream<Purchase> purchasesBetween(Instant from, Instant to) {
    return purchases(period(purchasesByTime, from, to), p -> within(p.at(), from, to), PURCHASE_ORDER);
  }

  @Override
  public Stream<Return> returnsBetween(Instant from, Instant to) {
    return store.overlay(returns, period(returnsByTime, from, to), r -> within(r.at(), from, to), RETURN_ORDER);
  }

  @Override
  public Optional<Purchase> firstPurchase(CustomerId customer) {
    try (Stream<Purchase> all = purchasesOf(customer)) {
      return all.findFirst();
    }
  }

  @Override
  public Stream<Purchase> firstPurchasesBetween(Instant from, Instant to) {
    Stream<Purchase> committed = period(firstPurchases, from, to);
    List<Purchase> staged = store.staged(purchases);
    if (staged.isEmpty()) {
      return committed;
    }
    // A staged purchase may become its customer's first, and displace a committed first.
    List<Purchase> firsts = new ArrayList<>();
    try (committed) {
      committed.filter(p -> firstPurchase(p.customerId()).orElseThrow().equals(p)).forEach(firsts::add);
    }
    staged.stream()
        .filter(p -> within(p.at(), from, to) && firstPurchase(p.customerId()).orElseThrow().equals(p))
        .forEach(firsts::add);
    firsts.sort(PURCHASE_ORDER);
    return firsts.stream();
  }

  @Override
  public Stream<Purchase> purchasesNewestFirst(CustomerId customer, Instant atOrBefore) {
    return newestFirst(purchases, purchasesByCustomer, customer, atOrBefore, Purchase::customerId, Purchase::at,
        PURCHASE_ORDER);
  }

  @Override
  public Stream<Return> returnsNewestFirst(CustomerId customer, Instant atOrBefore) {
    return newestFirst(returns, returnsByCustomer, customer, atOrBefore, Return::customerId, Return::at,
        RETURN_ORDER);
  }

  private Stream<Purchase> purchases(Stream<Purchase> committed, Predicate<Purchase> match,
      Comparator<Purchase> order) {
    return store.overlay(purchases, committed, match, order);
  }

  private <V> Stream<V> newestFirst(MemoryTable<OrderReference, V> table,
      ConcurrentHashMap<CustomerId, ConcurrentSkipListMap<Timed, V>> index, CustomerId customer, Instant atOrBefore,
      Function<V, CustomerId> owner, Function<V, Instant> at, Comparator<V> order) {
    requireNonNull(customer, "customer");
    requireNonNull(atOrBefore, "atOrBefore");
    ConcurrentSkipListMap<Timed, V> own = index.get(customer);
    Stream<V> committed = own == null ? Stream.empty()
        : own.headMap(Timed.last(atOrBefore), true).descendingMap().values().stream();
    return store.overlay(table, committed,
        v -> owner.apply(v).equals(customer) && !at.apply(v).isAfter(atOrBefore), order.reversed());
  }

  private static <V> Stream<V> ascending(@Nullable NavigableMap<Timed, V> index) {
    return index == null ? Stream.empty() : index.values().stream();
  }

  private static <V> Stream<V> period(NavigableMap<Timed, V> index, Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      return Stream.empty();
    }
    return index.subMap(Timed.first(from), true, Timed.first(to), false).values().stream();
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && at.isBefore(to);
  }
}
