package org.mehrcrm.complaint.calendar;

/**
 * A sorted array of longs with a bucket directory, answering "how many keys are below x" in
 * constant expected time: the key's bucket gives the range of candidates, searched in a few
 * steps. Buckets are powers of two wide, about two per key. Immutable and thread-safe.
 */
final class SortedIndex {
  private static final int MAX_BUCKETS = 1 << 16;

  private final long[] keys;
  private final long min;
  private final int shift;
  /** first[b] = number of keys below the start of bucket b; one extra entry at the end. */
  private final int[] first;

  SortedIndex(long[] sortedKeys) {
    this.keys = sortedKeys;
    int n = keys.length;
    if (n == 0) {
      min = 0;
      shift = 62;
      first = new int[] {0, 0};
      return;
    }
    min = keys[0];
    long span = keys[n - 1] - min + 1;
    int wanted = (int) Math.min(MAX_BUCKETS, 2L * n);
    int s = 0;
    while (s < 62 && (span >>> s) > wanted) {
      s++;
    }
    shift = s;
    int buckets = (int) (span >>> s) + 1;
    first = new int[buckets + 1];
    int k = 0;
    for (int b = 0; b <= buckets; b++) {
      long start = min + ((long) b << s);
      while (k < n && keys[k] < start) {
        k++;
      }
      first[b] = k;
    }
  }

  /** How many keys are {@code < key}. */
  int countBelow(long key) {
    if (keys.length == 0 || key <= min) {
      return 0;
    }
    long offset = key - min;
    long b = offset >>> shift;
    if (b >= first.length - 1) {
      return countBelow(first[first.length - 2], keys.length, key);
    }
    return countBelow(first[(int) b], first[(int) b + 1], key);
  }

  /** How many keys are {@code <= key}. */
  int countAtOrBelow(long key) {
    return key == Long.MAX_VALUE ? keys.length : countBelow(key + 1);
  }

  private int countBelow(int from, int to, long key) {
    int lo = from;
    int hi = to - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
