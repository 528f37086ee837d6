package org.mehrcrm.spi.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
   * The rows written to each other table, by table in first-write order (tables compare by
   * identity), then by key in write order; commits apply them in that order.
   */
  private final Map<MemoryTable<?, ?>, LinkedHashMap<Object, StagedRow<?>>> rows = new LinkedHashMap<>();

  /**
   * A customer written in this unit of work.
   *
   * @param customer the version to store at commit
   * @param baseVersion the committed version the unit of work changed; commit requires it still
   *     to be the stored one
   */
  record Staged(Customer customer, long baseVersion) {}

  /**
   * A row of another table written in this unit of work.
   *
   * @param row the row to store at commit
   * @param baseVersion the version it counted as when first read (see
   *     {@link MemoryTable#storedVersion}); commit requires it still to be the stored one
   * @param <V> the row type
   */
  record StagedRow<V>(V row, long baseVersion) {}

  /** Where a nested unit of work started, to undo only its writes. */
  record Savepoint(TreeMap<CustomerId, Staged> customers,
      Map<MemoryTable<?, ?>, LinkedHashMap<Object, StagedRow<?>>> rows, int events) {}

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

  /** Returns the row of a table staged under a key, or null. */
  @SuppressWarnings("unchecked") // rows are filed under the table whose type they have
  <K, V> @Nullable StagedRow<V> staged(MemoryTable<K, V> table, K key) {
    LinkedHashMap<Object, StagedRow<?>> written = rows.get(table);
    return written == null ? null : (StagedRow<V>) written.get(key);
  }

  /** Returns the rows staged for a table, in write order; empty if none. */
  @SuppressWarnings("unchecked") // rows are filed under the table whose type they have
  <V> Collection<StagedRow<V>> staged(MemoryTable<?, V> table) {
    LinkedHashMap<Object, StagedRow<?>> written = rows.get(table);
    return written == null ? List.of() : (Collection<StagedRow<V>>) (Collection<?>) written.values();
  }

  /** Returns every table this unit of work wrote to. */
  Collection<MemoryTable<?, ?>> tables() {
    return rows.keySet();
  }

  boolean isEmpty() {
    return customers.isEmpty() && events.isEmpty() && rows.isEmpty();
  }

  <K, V> void stage(MemoryTable<K, V> table, K key, V row, long baseVersion) {
    rows.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(key, new StagedRow<>(row, baseVersion));
  }

  void stage(Customer customer, long baseVersion) {
    customers.put(customer.id(), new Staged(customer, baseVersion));
  }

  void record(List<DomainEvent> recorded) {
    events.addAll(recorded);
  }

  Savepoint savepoint() {
    Map<MemoryTable<?, ?>, LinkedHashMap<Object, StagedRow<?>>> copy = new LinkedHashMap<>();
    rows.forEach((table, written) -> copy.put(table, new LinkedHashMap<>(written)));
    return new Savepoint(new TreeMap<>(customers), copy, events.size());
  }

  void rollbackTo(Savepoint savepoint) {
    customers.clear();
    customers.putAll(savepoint.customers());
    rows.clear();
    rows.putAll(savepoint.rows());
    events.subList(savepoint.events(), events.size()).clear();
  }
}
