package org.mehrcrm.overview;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a customer's timeline, newest first, with the cursor for the next page.
 *
 * <p>Example: {@code while (page.next().isPresent()) page = overviews.timeline(actor, id, page.next().get(), 50);}.
 * Immutable and thread-safe.
 *
 * @param entries the entries, newest first
 * @param nextCursor where the next page starts, or {@code null} on the last page
 */
public record TimelinePage(List<TimelineEntry> entries, @Nullable TimelineCursor nextCursor) {

  /** Copies the entries. */
  public TimelinePage {
    entries = List.copyOf(requireNonNull(entries, "entries"));
  }

  /**
   * Returns the cursor for the next page.
   *
   * @return the cursor, or empty on the last page
   */
  public Optional<TimelineCursor> next() {
    return Optional.ofNullable(nextCursor);
  }
}
