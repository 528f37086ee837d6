package org.mehrcrm.overview;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A position on a customer's timeline: the (time, kind, id) key of the last entry seen. The
 * timeline runs newest first in descending key order; the next page holds the entries whose key
 * is smaller than the cursor's.
 *
 * <p>Example: {@code TimelineCursor.parse("2026-03-02T10:00:00Z|INTERACTION|I-17")}; its
 * {@link #toString()} is the same text, safe to hand to a browser and back. Keyset paging stays
 * stable while entries are added. Immutable and thread-safe.
 *
 * @param at the entry's moment
 * @param kind the entry's kind
 * @param id the entry's id within its kind
 */
public record TimelineCursor(Instant at, EntryKind kind, String id) implements Comparable<TimelineCursor> {
  /** The order of keys: by moment, then kind, then id. */
  static final Comparator<TimelineCursor> ORDER = Comparator.comparing(TimelineCursor::at)
      .thenComparing(TimelineCursor::kind).thenComparing(TimelineCursor::id);

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the id is not a valid identifier
   */
  public TimelineCursor {
    requireNonNull(at, "at");
    requireNonNull(kind, "kind");
    Ids.requireValid(id, "cursor.id");
  }

  /**
   * Parses the {@code at|KIND|id} form produced by {@link #toString()}.
   *
   * @param text the text
   * @return the cursor
   * @throws InvalidFieldException if the text is malformed
   */
  public static TimelineCursor parse(CharSequence text) {
    String[] parts = requireNonNull(text, "text").toString().split("\\|", 3);
    if (parts.length != 3) {
      throw new InvalidFieldException("cursor", "must read 'instant|KIND|id'");
    }
    try {
      return new TimelineCursor(Instant.parse(parts[0]), EntryKind.valueOf(parts[1]), parts[2]);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new InvalidFieldException("cursor", "must read 'instant|KIND|id'");
    }
  }

  @Override
  public int compareTo(TimelineCursor other) {
    return ORDER.compare(this, other);
  }

  /** Returns {@code at|KIND|id}, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return at + "|" + kind + "|" + id;
  }
}
