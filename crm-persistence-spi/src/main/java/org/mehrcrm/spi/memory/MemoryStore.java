package org.mehrcrm.spi.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.ContactKind;
import org.mehrcrm.customer.ContactPoint;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.DuplicateCustomerException;
import org.mehrcrm.customer.ExternalRef;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.RecordedEvent;

/**
 * The state behind one {@link InMemoryStorageProvider}: committed customers, the outbox, the
 * commit lock, and each thread's open unit of work.
 *
 * <p>Example: {@code store.read(() -> table.get(id))}; {@code store.commit(tx)}.
 *
 * <p>Writes are applied only under the write side of a {@link StampedLock}, one commit at a time,
 * after the commit's versions and unique keys have been re-checked against the committed state;
 * so a commit is all or nothing. Bounded reads ({@link #read}) run optimistically and repeat under
 * the read lock if a commit overlapped, so they never see half a commit. Lazy streams read without
 * the lock and see each customer as last committed when they reach it.
 */
final class MemoryStore {
  private final CustomerTable table = new CustomerTable();
  private final ConcurrentSkipListMap<Long, DomainEvent> undelivered = new ConcurrentSkipListMap<>();
  private final StampedLock lock = new StampedLock();
  private final ThreadLocal<TransactionContext> open = new ThreadLocal<>();
  /** The last sequence handed out; guarded by the write lock. */
  private long lastSequence;

  CustomerTable table() {
    return table;
  }

  // ---------------------------------------------------------------- units of work

  /** Returns the calling thread's open unit of work, or null outside one. */
  @Nullable TransactionContext current() {
    return open.get();
  }

  /** Returns what the calling thread sees: committed state plus its own uncommitted writes. */
  View view() {
    TransactionContext tx = open.get();
    return new View(table, tx == null ? null : tx.customers());
  }

  TransactionContext begin() {
    TransactionContext tx = new TransactionContext();
    open.set(tx);
    return tx;
  }

  void end() {
    open.remove();
  }

  /**
   * Runs work as one unit of work: it joins the calling thread's open unit, and if it throws undoes
   * only its own writes; otherwise it opens a unit and commits it after the work.
   *
   * @param work the work
   * @return what the work returned
   */
  <T> T inUnit(Supplier<T> work) {
    TransactionContext tx = open.get();
    if (tx != null) {
      TransactionContext.Savepoint savepoint = tx.savepoint();
      try {
        return work.get();
      } catch (Throwable e) {
        tx.rollbackTo(savepoint);
        throw e;
      }
    }
    tx = begin();
    T result;
    try {
      result = work.get();
    } finally {
      end();
    }
    commit(tx);
    return result;
  }

  /**
   * Commits a unit of work: re-checks every version and unique key under the write lock, then
   * applies all writes and numbers the events; on a failed check nothing is applied.
   *
   * @param tx the unit of work, no longer open
   * @throws ConcurrentUpdateException if another commit changed a customer this one changed
   * @throws DuplicateCustomerException if another commit took a unique key this one needs
   */
  void commit(TransactionContext tx) {
    if (tx.isEmpty()) {
      return;
    }
    write(() -> {
      for (TransactionContext.Staged s : tx.customers().values()) {
        long stored = versionOf(table.get(s.customer().id()));
        if (stored != s.baseVersion()) {
          throw new ConcurrentUpdateException("customer", s.customer().id().value(), s.baseVersion(), stored);
        }
      }
      for (MemoryTable<?, ?> other : tx.tables()) {
        checkCommit(tx, other);
      }
      View view = new View(table, tx.customers());
      for (TransactionContext.Staged s : tx.customers().values()) {
        checkUnique(view, s.customer());
      }
      for (TransactionContext.Staged s : tx.customers().values()) {
        table.put(table.get(s.customer().id()), s.customer());
      }
      // Facts first, then the aggregates that count them: a reader that sees an aggregate's new
      // version sees the facts written with it.
      for (MemoryTable<?, ?> other : tx.tables()) {
        if (!other.isVersioned()) {
          applyCommit(tx, other);
        }
      }
      for (MemoryTable<?, ?> other : tx.tables()) {
        if (other.isVersioned()) {
          applyCommit(tx, other);
        }
      }
      append(tx.events());
      return null;
    });
  }

  /** Re-checks a table's staged rows against the committed state; the caller holds the write lock. */
  private static <K, V> void checkCommit(TransactionContext tx, MemoryTable<K, V> rows) {
    Map<Object, K> taken = new HashMap<>();
    for (TransactionContext.StagedRow<V> s : tx.staged(rows)) {
      K key = rows.keyOf(s.row());
      long stored = rows.storedVersion(rows.committed(key));
      if (stored != s.baseVersion()) {
        throw rows.conflict(key, s.baseVersion(), stored);
      }
      for (Object unique : rows.uniqueKeysOf(s.row())) {
        K holder = taken.containsKey(unique) ? taken.get(unique) : committedHolder(tx, rows, unique);
        if (holder != null && !holder.equals(key)) {
          throw rows.duplicate(unique, holder);
        }
        taken.put(unique, key);
      }
    }
  }

  private static <K, V> void applyCommit(TransactionContext tx, MemoryTable<K, V> rows) {
    for (TransactionContext.StagedRow<V> s : tx.staged(rows)) {
      rows.apply(s.row());
    }
  }

  // ---------------------------------------------------------------- customers

  /**
   * Saves a customer: staged in the calling thread's unit of work, or committed at once outside
   * one.
   *
   * @param customer the customer at the version it was read at
   * @return the customer restored at the next version
   */
  Customer save(Customer customer) {
    CustomerId id = customer.id();
    TransactionContext tx = open.get();
    if (tx == null) {
      return write(() -> {
        Customer stored = table.get(id);
        Customer next = nextVersion(customer, versionOf(stored));
        checkUnique(new View(table, null), next);
        table.put(stored, next);
        return next;
      });
    }
    TransactionContext.Staged prior = tx.staged(id);
    long base = prior != null ? prior.baseVersion() : versionOf(table.get(id));
    long visible = prior != null ? prior.customer().version() : base;
    Customer next = nextVersion(customer, visible);
    View view = new View(table, tx.customers());
    read(() -> {
      checkUnique(view, next);
      return null;
    });
    tx.stage(next, base);
    return next;
  }

  private static Customer nextVersion(Customer customer, long visible) {
    if (customer.version() != visible) {
      throw new ConcurrentUpdateException("customer", customer.id().value(), customer.version(), visible);
    }
    return Customer.restore(customer.snapshot().withVersion(visible + 1));
  }

  private static long versionOf(@Nullable Customer stored) {
    return stored == null ? 0 : stored.version();
  }

  /** Refuses a customer holding a host reference, or a verified e-mail or phone, of another. */
  private static void checkUnique(View view, Customer customer) {
    CustomerId id = customer.id();
    for (ExternalRef ref : customer.externalRefs()) {
      for (Customer other : view.holdersOf(ref)) {
        if (!other.id().equals(id)) {
          throw new DuplicateCustomerException("externalRef", other.id());
        }
      }
    }
    for (ContactPoint point : customer.contactPoints()) {
      if (!point.verified() || (point.kind() != ContactKind.EMAIL && point.kind() != ContactKind.PHONE)) {
        continue;
      }
      for (Customer other : view.holdersOf(point.address())) {
        if (!other.id().equals(id)
            && other.contactPoint(point.address()).map(ContactPoint::verified).orElse(false)) {
          throw new DuplicateCustomerException(point.kind() == ContactKind.EMAIL ? "email" : "phone", other.id());
        }
      }
    }
  }

  /**
   * Runs a read-modify-write of versioned rows: outside a unit of work it is repeated while it loses
   * races to other commits, so it acts atomically; inside one it runs once, and a race fails the
   * unit at commit.
   *
   * @param work the read-modify-write
   * @return what the work returned
   */
  <T> T retryingOutsideUnit(Supplier<T> work) {
    if (open.get() != null) {
      return work.get();
    }
    while (true) {
      try {
        return work.get();
      } catch (ConcurrentUpdateException lost) {
        Thread.onSpinWait();
      }
    }
  }

  // ---------------------------------------------------------------- other tables

  /**
   * Saves a row: staged in the calling thread's unit of work, or committed at once outside one.
   *
   * @param rows the table
   * @param row the row, at the version it was read at (facts: never stored before)
   * @return the row as stored (aggregates: restored at the next version)
   * @throws org.mehrcrm.kernel.ConcurrentUpdateException if the row's version is not the visible
   *     one, or a fact's key is taken
   * @throws RuntimeException the table's duplicate error if a unique key is held by another row
   */
  <K, V> V save(MemoryTable<K, V> rows, V row) {
    K key = rows.keyOf(row);
    TransactionContext tx = open.get();
    if (tx == null) {
      return write(() -> {
        V next = checked(null, rows, key, row, rows.storedVersion(rows.committed(key)));
        rows.apply(next);
        return next;
      });
    }
    TransactionContext.StagedRow<V> prior = tx.staged(rows, key);
    long base = prior != null ? prior.baseVersion() : rows.storedVersion(rows.committed(key));
    long visible = prior != null ? rows.storedVersion(prior.row()) : base;
    V next = read(() -> checked(tx, rows, key, row, visible));
    tx.stage(rows, key, next, base);
    return next;
  }

  /** Checks a row's version and unique keys against what the caller sees; returns it as stored. */
  private static <K, V> V checked(@Nullable TransactionContext tx, MemoryTable<K, V> rows, K key, V row,
      long visible) {
    long read = rows.readVersion(row);
    if (read != visible || (!rows.isVersioned() && visible != 0)) {
      throw rows.conflict(key, read, visible);
    }
    for (Object unique : rows.uniqueKeysOf(row)) {
      K holder = visibleHolder(tx, rows, unique);
      if (holder != null && !holder.equals(key)) {
        throw rows.duplicate(unique, holder);
      }
    }
    return rows.next(row, visible);
  }

  /**
   * Returns a row as the calling thread sees it: its own staged write, else the committed one.
   *
   * @return the row, or null
   */
  <K, V> @Nullable V get(MemoryTable<K, V> rows, K key) {
    TransactionContext tx = open.get();
    if (tx != null) {
      TransactionContext.StagedRow<V> s = tx.staged(rows, key);
      if (s != null) {
        return s.row();
      }
    }
    return rows.committed(key);
  }

  /**
   * Returns the row holding a unique key as the calling thread sees it.
   *
   * @return the row, or null
   */
  <K, V> @Nullable V holder(MemoryTable<K, V> rows, Object unique) {
    K key = visibleHolder(open.get(), rows, unique);
    return key == null ? null : get(rows, key);
  }

  private static <K, V> @Nullable K visibleHolder(@Nullable TransactionContext tx, MemoryTable<K, V> rows,
      Object unique) {
    if (tx != null) {
      for (TransactionContext.StagedRow<V> s : tx.staged(rows)) {
        if (rows.uniqueKeysOf(s.row()).contains(unique)) {
          return rows.keyOf(s.row());
        }
      }
    }
    return committedHolder(tx, rows, unique);
  }

  /** The committed holder of a unique key, unless the unit of work rewrote it without the key. */
  private static <K, V> @Nullable K committedHolder(@Nullable TransactionContext tx, MemoryTable<K, V> rows,
      Object unique) {
    K committed = rows.committedHolder(unique);
    if (committed == null) {
      return null;
    }
    if (tx != null) {
      TransactionContext.StagedRow<V> s = tx.staged(rows, committed);
      if (s != null && !rows.uniqueKeysOf(s.row()).contains(unique)) {
        return null;
      }
    }
    return committed;
  }

  /**
   * Returns the rows of a table the calling thread's unit of work has written and not committed,
   * for queries to merge with committed results; empty outside a unit of work.
   *
   * @return the staged rows, in write order
   */
  <V> List<V> staged(MemoryTable<?, V> rows) {
    TransactionContext tx = open.get();
    if (tx == null) {
      return List.of();
    }
    List<V> out = new ArrayList<>();
    for (TransactionContext.StagedRow<V> s : tx.staged(rows)) {
      out.add(s.row());
    }
    return out;
  }

  /**
   * Lays the calling thread's staged rows of a table over a query's committed answer: committed
   * rows the unit of work rewrote are replaced by their staged versions where these still match.
   * Outside a unit of work, or when it wrote nothing to the table, the committed stream is
   * returned as it is (lazy); otherwise the answer is collected and sorted.
   *
   * @param rows the table
   * @param committed the committed answer, in {@code order}
   * @param match the query's condition, applied to staged rows
   * @param order the answer's order
   * @return the answer as the calling thread sees it
   */
  <K, V> Stream<V> overlay(MemoryTable<K, V> rows, Stream<V> committed, Predicate<? super V> match,
      Comparator<? super V> order) {
    List<V> staged = staged(rows);
    if (staged.isEmpty()) {
      return committed;
    }
    Set<K> rewritten = new HashSet<>();
    staged.forEach(v -> rewritten.add(rows.keyOf(v)));
    List<V> all;
    try (committed) {
      all = committed.filter(v -> !rewritten.contains(rows.keyOf(v))).collect(Collectors.toCollection(ArrayList::new));
    }
    staged.stream().filter(match).forEach(all::add);
    all.sort(order);
    return all.stream();
  }

  // ---------------------------------------------------------------- outbox

  /**
   * Records events: buffered in the calling thread's unit of work, or committed at once.
   *
   * @param events the events, in order
   */
  void record(List<DomainEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    TransactionContext tx = open.get();
    if (tx != null) {
      tx.record(events);
      return;
    }
    write(() -> {
      append(events);
      return null;
    });
  }

  /** Numbers and stores events; the caller holds the write lock. */
  private void append(List<DomainEvent> events) {
    for (DomainEvent event : events) {
      undelivered.put(++lastSequence, event);
    }
  }

  List<RecordedEvent> pending(int limit) {
    return read(() -> {
      List<RecordedEvent> out = new ArrayList<>(Math.min(limit, 64));
      for (Map.Entry<Long, DomainEvent> e : undelivered.entrySet()) {
        if (out.size() == limit) {
          break;
        }
        out.add(new RecordedEvent(e.getKey(), e.getValue()));
      }
      return List.copyOf(out);
    });
  }

  void markDelivered(long sequence) {
    undelivered.remove(sequence);
  }

  // ---------------------------------------------------------------- locking

  /**
   * Runs a side-effect-free read that sees whole commits only: optimistically first, then under
   * the read lock if a commit overlapped it.
   *
   * @param reader the read; it may run twice
   * @param <T> the result type
   * @return the result
   */
  <T> T read(Supplier<T> reader) {
    return read(Supplier::get, reader);
  }

  /**
   * Runs a side-effect-free read of one argument that sees whole commits only; lets hot lookups
   * pass a non-capturing function and allocate nothing for the read itself.
   *
   * @param reader the read; it may run twice
   * @param argument its argument
   * @param <A> the argument type
   * @param <T> the result type
   * @return the result
   */
  <A, T> T read(Function<A, T> reader, A argument) {
    long stamp = lock.tryOptimisticRead();
    if (stamp != 0L) {
      try {
        T result = reader.apply(argument);
        if (lock.validate(stamp)) {
          return result;
        }
      } catch (RuntimeException e) {
        if (lock.validate(stamp)) {
          throw e;
        }
      }
    }
    stamp = lock.readLock();
    try {
      return reader.apply(argument);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  private <T> T write(Supplier<T> writer) {
    long stamp = lock.writeLock();
    try {
      return writer.get();
    } finally {
      lock.unlockWrite(stamp);
    }
  }
}
