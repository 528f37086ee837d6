package org.mehrcrm.kernel;

import org.mehrcrm.testing.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {
  private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Instant START = Instant.parse("2026-11-23T09:15:30.123Z");
  private static final Clock FIXED = Clock.fixed(START, ZoneOffset.UTC);

  @Test
  void idsAreTwentySixCrockfordBase32Characters() {
    IdGenerator ids = IdGenerator.timeOrdered(FIXED, new Random(1));

    for (int i = 0; i < 100; i++) {
      assertThat(ids.nextId()).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
    }
  }

  @Test
  void idsStrictlyIncreaseWithinOneFixedMillisecond() {
    IdGenerator ids = IdGenerator.timeOrdered(FIXED, new Random(42));

    List<String> minted = mint(ids, 20_000);

    assertStrictlyIncreasing(minted);
    assertThat(minted).allSatisfy(id -> assertThat(decodeMillis(id)).isEqualTo(START.toEpochMilli()));
  }

  @Test
  void idsOfOneMillisecondSpreadTheirHashCodes() {
    // A bulk import under a fixed clock mints many ids in one millisecond; counting up by one
    // would give them about 36% distinct String hash codes and slow every hash-keyed index.
    List<String> minted = mint(IdGenerator.timeOrdered(FIXED, new Random(5)), 100_000);
    Set<Integer> hashes = new HashSet<>();
    minted.forEach(id -> hashes.add(id.hashCode()));

    assertThat(hashes.size()).isGreaterThan(99_000);
  }

  @Test
  void idsStrictlyIncreaseAcrossClockTicks() {
    MovableClock clock = new MovableClock(START);
    IdGenerator ids = IdGenerator.timeOrdered(clock, new Random(7));
    List<String> minted = new ArrayList<>();

    for (int tick = 0; tick < 500; tick++) {
      for (int i = 0; i < 1 + tick % 5; i++) {
        minted.add(ids.nextId());
      }
      clock.advance(Duration.ofMillis(1 + tick % 3));
    }

    assertStrictlyIncreasing(minted);
  }

  @Test
  void idsCarryTheClockMillisecondInTheirFirstTenCharacters() {
    MovableClock clock = new MovableClock(START);
    IdGenerator ids = IdGenerator.timeOrdered(clock, new Random(3));

    String first = ids.nextId();
    clock.advance(Duration.ofSeconds(90));
    String second = ids.nextId();

    assertThat(decodeMillis(first)).isEqualTo(START.toEpochMilli());
    assertThat(decodeMillis(second)).isEqualTo(START.plusSeconds(90).toEpochMilli());
  }

  @Test
  void idsKeepIncreasingWhenTheClockGoesBackwards() {
    MovableClock clock = new MovableClock(START);
    IdGenerator ids = IdGenerator.timeOrdered(clock, new Random(11));
    List<String> minted = new ArrayList<>(mint(ids, 10));

    clock.advance(Duration.ofSeconds(-5));
    minted.addAll(mint(ids, 10));

    assertStrictlyIncreasing(minted);
    assertThat(decodeMillis(minted.get(19))).isEqualTo(START.toEpochMilli());
  }

  @Test
  void theSameSeedAndClockGiveTheSameIds() {
    List<String> first = mint(IdGenerator.timeOrdered(FIXED, new Random(99)), 50);
    List<String> second = mint(IdGenerator.timeOrdered(FIXED, new Random(99)), 50);

    assertThat(first).isEqualTo(second);
  }

  @Test
  void differentSeedsGiveDifferentIdsAtTheSameMillisecond() {
    String a = IdGenerator.timeOrdered(FIXED, new Random(1)).nextId();
    String b = IdGenerator.timeOrdered(FIXED, new Random(2)).nextId();

    assertThat(a.substring(0, 10)).isEqualTo(b.substring(0, 10));
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void everyIdIsAValidIdentifier() {
    IdGenerator ids = IdGenerator.timeOrdered(FIXED);

    for (int i = 0; i < 100; i++) {
      String id = ids.nextId();
      assertThat(Ids.requireValid(id, "id")).isEqualTo(id);
    }
  }

  @Test
  void timesBeforeTheEpochAreClampedToZero() {
    Clock beforeEpoch = Clock.fixed(Instant.parse("1969-12-31T23:59:59Z"), ZoneOffset.UTC);

    String id = IdGenerator.timeOrdered(beforeEpoch, new Random(5)).nextId();

    assertThat(id).startsWith("0000000000");
  }

  @Test
  void idsAreUniqueWhenMintedFromManyThreads() throws Exception {
    IdGenerator ids = IdGenerator.timeOrdered(FIXED, new Random(13));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<String>>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        tasks.add(() -> mint(ids, 5_000));
      }
      Set<String> all = new HashSet<>();
      for (Future<List<String>> f : pool.invokeAll(tasks)) {
        List<String> perThread = f.get();
        assertStrictlyIncreasing(perThread);
        all.addAll(perThread);
      }
      assertThat(all).hasSize(20_000);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> mint(IdGenerator ids, int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(ids.nextId());
    }
    return out;
  }

  private static void assertStrictlyIncreasing(List<String> ids) {
    for (int i = 1; i < ids.size(); i++) {
      assertThat(ids.get(i)).as("id #%d after %s", i, ids.get(i - 1)).isGreaterThan(ids.get(i - 1));
    }
  }

  private static long decodeMillis(String id) {
    long millis = 0;
    for (int i = 0; i < 10; i++) {
      millis = millis * 32 + CROCKFORD.indexOf(id.charAt(i));
    }
    return millis;
  }
}
