package org.mehrcrm.spi.memory;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.mehrcrm.customer.CustomerId;

/**
 * The name-prefix index: (folded search key, customer id) entries sorted by key, kept in small
 * copy-on-write chunks of parallel arrays, about eight bytes per entry plus the key's UTF-8 bytes
 * (shared between equal keys), where a skip list of strings would take about sixty more.
 *
 * <p>Example: {@code index.add("ali rezaei", id); index.collect("ali", null, 1000, hits);}
 *
 * <p>One writer at a time (the store's commit lock) and lock-free readers. Chunks are immutable
 * and published by replacing the map value; every entry of a chunk sorts at or after the chunk's
 * bound. A reader that overlaps a write may see it half done, so readers run under the store's
 * validated {@link MemoryStore#read} and repeat if a commit overlapped. Keys are compared as
 * unsigned UTF-8 bytes, which keeps every key with a given prefix together.
 */
final class NameIndex {
  private static final int MAX_CHUNK = 64;
  private static final byte[] NO_BYTES = new byte[0];
  /** Sorts before every entry: keys and ids are never empty. */
  private static final Entry FIRST = new Entry(NO_BYTES, "");
  private static final Comparator<Entry> ORDER = (a, b) -> {
    int byKey = Arrays.compareUnsigned(a.key, b.key);
    return byKey != 0 ? byKey : a.id.compareTo(b.id);
  };

  private final ConcurrentSkipListMap<Entry, Chunk> chunks = new ConcurrentSkipListMap<>(ORDER);

  NameIndex() {
    chunks.put(FIRST, Chunk.EMPTY);
  }

  /**
   * Adds an entry; only the writer holding the commit lock calls this.
   *
   * @param name the folded search key
   * @param id the customer
   */
  void add(String name, CustomerId id) {
    byte[] key = utf8(name);
    Map.Entry<Entry, Chunk> floor = chunks.floorEntry(new Entry(key, id.value()));
    Chunk chunk = floor.getValue();
    int found = chunk.search(key, id);
    if (found >= 0) {
      return;
    }
    int at = -found - 1;
    // Share the bytes of an equal neighbouring key: common names cost one array.
    if (at > 0 && Arrays.equals(chunk.keys[at - 1], key)) {
      key = chunk.keys[at - 1];
    } else if (at < chunk.size() && Arrays.equals(chunk.keys[at], key)) {
      key = chunk.keys[at];
    }
    Chunk grown = chunk.with(at, key, id);
    if (grown.size() <= MAX_CHUNK) {
      chunks.put(floor.getKey(), grown);
      return;
    }
    int half = grown.size() / 2;
    Chunk right = grown.slice(half, grown.size());
    // Publish the right half first, so that every entry is always in some chunk.
    chunks.put(new Entry(right.keys[0], right.ids[0].value()), right);
    chunks.put(floor.getKey(), grown.slice(0, half));
  }

  /**
   * Removes an entry; only the writer holding the commit lock calls this.
   *
   * @param name the folded search key
   * @param id the customer
   */
  void remove(String name, CustomerId id) {
    byte[] key = utf8(name);
    Map.Entry<Entry, Chunk> floor = chunks.floorEntry(new Entry(key, id.value()));
    Chunk chunk = floor.getValue();
    int at = chunk.search(key, id);
    if (at < 0) {
      return;
    }
    Chunk shrunk = chunk.without(at);
    Map.Entry<Entry, Chunk> next = chunks.higherEntry(floor.getKey());
    if (next != null && shrunk.size() + next.getValue().size() <= MAX_CHUNK / 2) {
      chunks.put(floor.getKey(), shrunk.concat(next.getValue()));
      chunks.remove(next.getKey());
    } else if (shrunk.size() == 0 && floor.getKey() != FIRST) {
      chunks.remove(floor.getKey());
    } else {
      chunks.put(floor.getKey(), shrunk);
    }
  }

  /**
   * Collects the ids of the entries whose key starts with a prefix, unsorted and possibly
   * repeated (a person has two keys).
   *
   * @param prefix the folded prefix
   * @param after only ids after this one, or {@code null} for all
   * @param limit the most ids to collect
   * @param hits where to add the ids
   * @return false if there were more than {@code limit}
   */
  boolean collect(String prefix, @org.jspecify.annotations.Nullable String after, int limit,
      List<CustomerId> hits) {
    byte[] start = utf8(prefix);
    Entry from = new Entry(start, "");
    Map.Entry<Entry, Chunk> current = chunks.floorEntry(from);
    int position = -current.getValue().search(start, null) - 1;
    while (current != null) {
      Chunk chunk = current.getValue();
      for (int i = position; i < chunk.size(); i++) {
        if (!startsWith(chunk.keys[i], start)) {
          return true;
        }
        CustomerId id = chunk.ids[i];
        if (after == null || id.value().compareTo(after) > 0) {
          hits.add(id);
          if (hits.size() > limit) {
            return false;
          }
        }
      }
      current = chunks.higherEntry(current.getKey());
      position = 0;
    }
    return true;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static boolean startsWith(byte[] key, byte[] prefix) {
    return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** A chunk's bound: the first entry it may hold. */
  private static final class Entry {
    final byte[] key;
    final String id;

    Entry(byte[] key, String id) {
      this.key = key;
      this.id = id;
    }
  }

  /** An immutable sorted run of entries, as parallel arrays. */
  private static final class Chunk {
    static final Chunk EMPTY = new Chunk(new byte[0][], new CustomerId[0]);

    final byte[][] keys;
    final CustomerId[] ids;

    Chunk(byte[][] keys, CustomerId[] ids) {
      this.keys = keys;
      this.ids = ids;
    }

    int size() {
      return ids.length;
    }

    /**
     * Binary search for (key, id); a null id sorts before every id of its key.
     *
     * @return the index, or {@code -(insertion point) - 1}
     */
    int search(byte[] key, @org.jspecify.annotations.Nullable CustomerId id) {
      int low = 0;
      int high = ids.length - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int order = Arrays.compareUnsigned(keys[mid], key);
        if (order == 0) {
          order = id == null ? 1 : ids[mid].compareTo(id);
        }
        if (order < 0) {
          low = mid + 1;
        } else if (order > 0) {
          high = mid - 1;
        } else {
          return mid;
        }
      }
      return -(low + 1);
    }

    Chunk with(int at, byte[] key, CustomerId id) {
      byte[][] k = new byte[keys.length + 1][];
      CustomerId[] v = new CustomerId[ids.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(ids, 0, v, 0, at);
      k[at] = key;
      v[at] = id;
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(ids, at, v, at + 1, ids.length - at);
      return new Chunk(k, v);
    }

    Chunk without(int at) {
      byte[][] k = new byte[keys.length - 1][];
      CustomerId[] v = new CustomerId[ids.length - 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(ids, 0, v, 0, at);
      System.arraycopy(keys, at + 1, k, at, k.length - at);
      System.arraycopy(ids, at + 1, v, at, v.length - at);
      return new Chunk(k, v);
    }

    Chunk slice(int from, int to) {
      return new Chunk(Arrays.copyOfRange(keys, from, to), Arrays.copyOfRange(ids, from, to));
    }

    Chunk concat(Chunk next) {
      byte[][] k = Arrays.copyOf(keys, keys.length + next.keys.length);
      CustomerId[] v = Arrays.copyOf(ids, ids.length + next.ids.length);
      System.arraycopy(next.keys, 0, k, keys.length, next.keys.length);
      System.arraycopy(next.ids, 0, v, ids.length, next.ids.length);
      return new Chunk(k, v);
    }
  }
}
