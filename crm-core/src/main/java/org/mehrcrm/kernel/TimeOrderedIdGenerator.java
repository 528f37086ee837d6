package org.mehrcrm.kernel;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Random;

/** ULID-style identifiers: 10 characters of time, 16 of randomness, increasing within a millisecond. */
final class TimeOrderedIdGenerator implements IdGenerator {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final long MAX_TIME = (1L << 48) - 1;

  private final Clock clock;
  private final Random random;
  private long lastMillis = -1;
  private long randomHigh; // 16 bits
  private long randomLow; // 64 bits

  TimeOrderedIdGenerator(Clock clock, Random random) {
    this.clock = requireNonNull(clock, "clock");
    this.random = requireNonNull(random, "random");
  }

  @Override
  public synchronized String nextId() {
    long millis = Math.min(Math.max(clock.millis(), 0), MAX_TIME);
    if (millis > lastMillis) {
      lastMillis = millis;
      randomHigh = random.nextInt(1 << 16);
      randomLow = random.nextLong();
    } else {
      // Same (or earlier) millisecond: keep the last time and count up, so ids stay ordered.
      // A random step (not +1) keeps the ids unguessable and spreads String.hashCode: with +1,
      // a million ids of one millisecond share about 360,000 hash codes.
      long step = 1 + (random.nextInt() & 0x7FFFFFFFL);
      long before = randomLow;
      randomLow += step;
      if (Long.compareUnsigned(randomLow, before) < 0) {
        randomHigh = (randomHigh + 1) & 0xFFFF;
      }
    }
    char[] out = new char[26];
    long time = lastMillis;
    for (int i = 9; i >= 0; i--) {
      out[i] = ALPHABET[(int) (time & 31)];
      time >>>= 5;
    }
    // 80 random bits = 16 chars of 5 bits: high 16 bits then low 64 bits.
    long low = randomLow;
    long high = randomHigh;
    for (int i = 25; i >= 10; i--) {
      out[i] = ALPHABET[(int) (low & 31)];
      low = (low >>> 5) | ((high & 31) << 59);
      high >>>= 5;
    }
    return new String(out);
  }
}
