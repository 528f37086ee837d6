package org.mehrcrm.spi.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.DomainEvent;

/**
 * The writes of one open unit of work, buffered for one thread until commit.
 *
 * <p>Example: {@code tx.stage(saved, 3); tx.record(events);} then the store commits it. Confined
 * to the thread that opened it; not thread-safe.
 */
final class TransactionContext {
  private final TreeMap<CustomerId, Staged> customers = new TreeMap<>();
  private final List<DomainEvent> events = new ArrayList<>();

  /**
   * A customer written in this unit of work.
   *
   * @param customer the version to store at commit
   * @param baseVersion the committed version the unit of work changed; commit requires it still
   *     to be the stored one
   */
  record Staged(Customer customer, long baseVersion) {}

  /** Where a nested unit of work started, to undo only its writes. */
  record Savepoint(TreeMap<CustomerId, Staged> customers, int events) {}

  @Nullable Staged staged(CustomerId id) {
    return customers.get(id);
  }

  /** The staged customers by id, read-only, in id order. */
  NavigableMap<CustomerId, Staged> customers() {
    return java.util.Collections.unmodifiableNavigableMap(customers);
  }

  List<DomainEvent> events() {
    return events;
  }

  boolean isEmpty() {
    return customers.isEmpty() && events.isEmpty();
  }

  void stage(Customer customer, long baseVersion) {
    customers.put(customer.id(), new Staged(customer, baseVersion));
  }

  void record(List<DomainEvent> recorded) {
    events.addAll(recorded);
  }

  Savepoint savepoint() {
    return new Savepoint(new TreeMap<>(customers), events.size());
  }

  void rollbackTo(Savepoint savepoint) {
    customers.clear();
    customers.putAll(savepoint.customers());
    events.subList(savepoint.events(), events.size()).clear();
  }
}
