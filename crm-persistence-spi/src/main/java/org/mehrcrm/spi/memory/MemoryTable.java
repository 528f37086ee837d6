package org.mehrcrm.spi.memory;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.ConcurrentUpdateException;

/**
 * One kind of row the in-memory store keeps besides customers: rows by key, the holders of unique
 * keys, and the repository's own secondary indexes, all changed only by the store's commits.
 *
 * <p>Example:
 * <pre>{@code
 * MemoryTable<TaskId, Task> tasks = MemoryTable.versioned("task", Task::id, Task::version, Task::atVersion)
 *     .index(byOwner);
 * store.save(tasks, task);
 * }</pre>
 * A <em>versioned</em> table keeps aggregates that change: a save must carry the stored version
 * (0 when none is stored) and is stored at version + 1. An <em>insert-only</em> table keeps facts
 * that never change once written: a save of a stored key fails. Both take part in units of work
 * like customers do: staged per thread, re-checked and applied with the commit.
 *
 * <p>Indexes are updated under the store's write lock; they must be concurrent structures,
 * because lazy streams and optimistic reads walk them while a commit runs. Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the row type, immutable
 */
final class MemoryTable<K, V> {

  /** A secondary structure kept in step with the committed rows, under the write lock. */
  @FunctionalInterface
  interface Index<V> {
    /**
     * Moves a row in the index.
     *
     * @param before the committed row being replaced, or null for a new key
     * @param after the row being committed
     */
    void update(@Nullable V before, V after);
  }

  private final String kind;
  private final Function<V, K> key;
  private final @Nullable ToLongFunction<V> version;
  private final @Nullable BiFunction<V, Long, V> atVersion;
  private final ConcurrentHashMap<K, V> rows = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Object, K> uniqueHolders = new ConcurrentHashMap<>();
  private final List<Index<V>> indexes = new ArrayList<>();
  private Function<V, Collection<?>> uniqueKeys = row -> List.of();
  private BiFunction<Object, K, RuntimeException> duplicate =
      (uniqueKey, holder) -> new ConcurrentUpdateException("unique key", String.valueOf(uniqueKey), 0, 1);

  private MemoryTable(String kind, Function<V, K> key, @Nullable ToLongFunction<V> version,
      @Nullable BiFunction<V, Long, V> atVersion) {
    this.kind = kind;
    this.key = key;
    this.version = version;
    this.atVersion = atVersion;
  }

  /**
   * Creates a table of aggregates saved with optimistic versions.
   *
   * @param kind the aggregate's name in conflict errors, e.g. {@code "follow-up"}
   * @param key the row's key
   * @param version the version the row was read at
   * @param atVersion the row restored at another version
   * @param <K> the key type
   * @param <V> the row type
   * @return the table
   */
  static <K, V> MemoryTable<K, V> versioned(String kind, Function<V, K> key, ToLongFunction<V> version,
      BiFunction<V, Long, V> atVersion) {
    return new MemoryTable<>(kind, key, requireNonNull(version), requireNonNull(atVersion));
  }

  /**
   * Creates a table of facts written once.
   *
   * @param kind the fact's name in conflict errors, e.g. {@code "interaction"}
   * @param key the row's key
   * @param <K> the key type
   * @param <V> the row type
   * @return the table
   */
  static <K, V> MemoryTable<K, V> insertOnly(String kind, Function<V, K> key) {
    return new MemoryTable<>(kind, key, null, null);
  }

  /**
   * Declares keys no two rows may share, and the error for a row that takes one already held.
   *
   * @param keys the unique keys of a row (each with value equality)
   * @param error the error from the key and its current holder
   * @return this table
   */
  MemoryTable<K, V> unique(Function<V, Collection<?>> keys, BiFunction<Object, K, RuntimeException> error) {
    this.uniqueKeys = requireNonNull(keys);
    this.duplicate = requireNonNull(error);
    return this;
  }

  /**
   * Adds a secondary index, updated on every commit.
   *
   * @param index the index
   * @return this table
   */
  MemoryTable<K, V> index(Index<V> index) {
    indexes.add(requireNonNull(index));
    return this;
  }

  // ---------------------------------------------------------------- committed state

  /** Returns the committed row, or null. A single map read: consistent without the lock. */
  @Nullable V committed(K k) {
    return rows.get(k);
  }

  /** Returns the key of the committed row holding a unique key, or null. */
  @Nullable K committedHolder(Object uniqueKey) {
    return uniqueHolders.get(uniqueKey);
  }

  /** Returns how many rows are committed. */
  int size() {
    return rows.size();
  }

  // ---------------------------------------------------------------- used by the store

  String kind() {
    return kind;
  }

  K keyOf(V row) {
    return key.apply(row);
  }

  Collection<?> uniqueKeysOf(V row) {
    return uniqueKeys.apply(row);
  }

  RuntimeException duplicate(Object uniqueKey, K holder) {
    return duplicate.apply(uniqueKey, holder);
  }

  boolean isVersioned() {
    return version != null;
  }

  /**
   * Returns the version a stored row counts as: its own for aggregates, 1 for a written fact, 0
   * when nothing is stored.
   */
  long storedVersion(@Nullable V stored) {
    if (stored == null) {
      return 0;
    }
    return version == null ? 1 : version.applyAsLong(stored);
  }

  /** Returns the version the caller read the row at; a fact is always written from nothing. */
  long readVersion(V row) {
    return version == null ? 0 : version.applyAsLong(row);
  }

  /** Returns the row as it will be stored over the given visible version. */
  V next(V row, long visible) {
    return atVersion == null ? row : atVersion.apply(row, visible + 1);
  }

  ConcurrentUpdateException conflict(K k, long expected, long actual) {
    return new ConcurrentUpdateException(kind, String.valueOf(k), expected, actual);
  }

  /** Stores a row and moves its unique keys and indexes; the caller holds the write lock. */
  void apply(V row) {
    K k = key.apply(row);
    V before = rows.put(k, row);
    if (before != null) {
      for (Object u : uniqueKeys.apply(before)) {
        uniqueHolders.remove(u, k);
      }
    }
    for (Object u : uniqueKeys.apply(row)) {
      uniqueHolders.put(u, k);
    }
    for (Index<V> index : indexes) {
      index.update(before, row);
    }
  }
}
