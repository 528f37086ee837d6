package org.mehrcrm.spi.memory;

import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * The key that orders rows by moment, ties broken by id: what the time-ordered indexes of the
 * in-memory repositories sort by.
 *
 * <p>Example: {@code index.subMap(Timed.first(from), true, Timed.first(to), false)} is the period
 * {@code [from, to)}; {@code index.headMap(Timed.last(t), true)} everything at or before {@code t}.
 * Real keys have a non-empty id; the probes {@link #first} and {@link #last} sort before and after
 * every real key of their moment. Immutable and thread-safe.
 *
 * @param at the moment
 * @param id the row's id, {@code ""} for the first probe of a moment, null for the last
 */
record Timed(Instant at, @Nullable String id) implements Comparable<Timed> {
  private static final Comparator<@Nullable String> IDS = Comparator.nullsLast(Comparator.naturalOrder());

  /** Returns the key of a row. */
  static Timed of(Instant at, Object id) {
    return new Timed(at, id.toString());
  }

  /** Returns a probe before every row of a moment. */
  static Timed first(Instant at) {
    return new Timed(at, "");
  }

  /** Returns a probe after every row of a moment. */
  static Timed last(Instant at) {
    return new Timed(at, null);
  }

  @Override
  public int compareTo(Timed other) {
    int byTime = at.compareTo(other.at);
    return byTime != 0 ? byTime : IDS.compare(id, other.id);
  }
}
