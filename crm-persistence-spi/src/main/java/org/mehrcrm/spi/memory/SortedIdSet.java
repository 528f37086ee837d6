package org.mehrcrm.spi.memory;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;

/**
 * A set of customer ids kept in id order in small copy-on-write chunks: about four bytes per id,
 * where a skip-list set would take about thirty.
 *
 * <p>Example: {@code set.add(id); Iterator<CustomerId> page = set.after("C-100");}
 *
 * <p>One writer at a time (the store's commit lock) and any number of lock-free readers. Every
 * chunk is an immutable sorted array published by replacing the map value, and every id in a
 * chunk is at least the chunk's key. Iterators are weakly consistent: they never repeat an id,
 * always ascend, and never miss an id that stays in the set while they run.
 */
final class SortedIdSet {
  /** Large enough to make the per-chunk overhead small, small enough to copy cheaply. */
  static final int MAX_CHUNK = 64;
  private static final CustomerId[] EMPTY = new CustomerId[0];
  /** The key of the first chunk; ids are never empty, so it sorts before every id. */
  private static final String FIRST = "";

  private final ConcurrentSkipListMap<String, CustomerId[]> chunks = new ConcurrentSkipListMap<>();
  private volatile int size;

  SortedIdSet() {
    chunks.put(FIRST, EMPTY);
  }

  /**
   * Returns how many ids the set holds.
   *
   * @return the size
   */
  int size() {
    return size;
  }

  /**
   * Tells whether the set holds an id.
   *
   * @param id the id
   * @return true if present
   */
  boolean contains(CustomerId id) {
    return Arrays.binarySearch(chunkFor(id.value()).getValue(), id) >= 0;
  }

  /**
   * Adds an id; only the writer holding the commit lock calls this.
   *
   * @param id the id
   * @return true if it was not present
   */
  boolean add(CustomerId id) {
    Map.Entry<String, CustomerId[]> entry = chunkFor(id.value());
    CustomerId[] chunk = entry.getValue();
    int found = Arrays.binarySearch(chunk, id);
    if (found >= 0) {
      return false;
    }
    int at = -found - 1;
    CustomerId[] grown = new CustomerId[chunk.length + 1];
    System.arraycopy(chunk, 0, grown, 0, at);
    grown[at] = id;
    System.arraycopy(chunk, at, grown, at + 1, chunk.length - at);
    if (grown.length <= MAX_CHUNK) {
      chunks.put(entry.getKey(), grown);
    } else {
      // Appending to the last chunk (time-ordered ids do) keeps the left chunk full.
      boolean append = at == chunk.length && chunks.higherKey(entry.getKey()) == null;
      int split = append ? chunk.length : grown.length / 2;
      CustomerId[] right = Arrays.copyOfRange(grown, split, grown.length);
      // Publish the right half first, so that readers always find every id in some chunk.
      chunks.put(right[0].value(), right);
      chunks.put(entry.getKey(), Arrays.copyOf(grown, split));
    }
    size = size + 1;
    return true;
  }

  /**
   * Removes an id; only the writer holding the commit lock calls this.
   *
   * @param id the id
   * @return true if it was present
   */
  boolean remove(CustomerId id) {
    Map.Entry<String, CustomerId[]> entry = chunkFor(id.value());
    CustomerId[] chunk = entry.getValue();
    int at = Arrays.binarySearch(chunk, id);
    if (at < 0) {
      return false;
    }
    CustomerId[] shrunk = new CustomerId[chunk.length - 1];
    System.arraycopy(chunk, 0, shrunk, 0, at);
    System.arraycopy(chunk, at + 1, shrunk, at, shrunk.length - at);
    String key = entry.getKey();
    Map.Entry<String, CustomerId[]> next = chunks.higherEntry(key);
    if (next != null && shrunk.length + next.getValue().length <= MAX_CHUNK / 2) {
      // Merge a thin chunk with its successor; publish the merged chunk before dropping the
      // successor. Iterators re-locate by their last id, so they neither repeat nor miss ids.
      CustomerId[] merged = Arrays.copyOf(shrunk, shrunk.length + next.getValue().length);
      System.arraycopy(next.getValue(), 0, merged, shrunk.length, next.getValue().length);
      chunks.put(key, merged);
      chunks.remove(next.getKey());
    } else if (shrunk.length == 0 && !key.equals(FIRST)) {
      chunks.remove(key);
    } else {
      chunks.put(key, shrunk);
    }
    size = size - 1;
    return true;
  }

  /**
   * Returns the ids after a key, in ascending order, lazily.
   *
   * @param after the exclusive lower bound, or {@code null} to start at the first id
   * @return a weakly consistent iterator
   */
  Iterator<CustomerId> after(@Nullable String after) {
    return new Ascending(after == null ? FIRST : after);
  }

  private Map.Entry<String, CustomerId[]> chunkFor(String value) {
    // Never null: the first chunk's key sorts before every id.
    return chunks.floorEntry(value);
  }

  /** Returns the index of the first id in a chunk greater than a key. */
  static int firstAfter(CustomerId[] chunk, String key) {
    int low = 0;
    int high = chunk.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (chunk[mid].value().compareTo(key) <= 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Walks the chunks, re-locating by the last id returned whenever a chunk was replaced. */
  private final class Ascending implements Iterator<CustomerId> {
    private String cursor;
    private CustomerId @Nullable [] chunk;
    private int position;
    private @Nullable CustomerId next;

    Ascending(String after) {
      this.cursor = after;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public CustomerId next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      CustomerId id = next;
      next = null;
      return id;
    }

    private @Nullable CustomerId advance() {
      while (true) {
        CustomerId[] current = chunk;
        if (current != null && position < current.length) {
          CustomerId id = current[position++];
          cursor = id.value();
          return id;
        }
        Map.Entry<String, CustomerId[]> floor = chunkFor(cursor);
        if (floor.getValue() != current) {
          // First call, or the chunk holding the cursor changed: continue in its new version.
          chunk = floor.getValue();
          position = firstAfter(floor.getValue(), cursor);
          if (position < floor.getValue().length) {
            continue;
          }
        }
        Map.Entry<String, CustomerId[]> higher = chunks.higherEntry(floor.getKey());
        if (higher == null) {
          return null;
        }
        chunk = higher.getValue();
        position = firstAfter(higher.getValue(), cursor);
      }
    }
  }
}
