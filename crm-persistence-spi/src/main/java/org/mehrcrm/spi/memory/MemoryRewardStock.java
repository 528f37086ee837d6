package org.mehrcrm.spi.memory;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.mehrcrm.loyalty.ProgrammeId;
import org.mehrcrm.loyalty.RewardId;
import org.mehrcrm.loyalty.RewardStock;

/**
 * The in-memory reward stock: one versioned counter row per programme and reward, so a take or a
 * give-back commits or rolls back with the unit of work it runs in.
 *
 * <p>Example: {@code provider.rewardStock().take(programme, reward, 1_000)}. A take that loses a
 * race to another commit is retried on the fresh count, so outside a unit of work the increment is
 * atomic; inside one, a racing commit fails the unit at commit like any stale row. Thread-safe.
 */
final class MemoryRewardStock implements RewardStock {
  /** How many units of a reward are taken: the count, with the row's own version. */
  private record Counter(Key key, long taken, long version) {
    Counter atVersion(long next) {
      return new Counter(key, taken, next);
    }
  }

  /** A reward of a programme. */
  private record Key(ProgrammeId programme, RewardId reward) {}

  private final MemoryStore store;
  private final MemoryTable<Key, Counter> counters =
      MemoryTable.versioned("reward stock", Counter::key, Counter::version, Counter::atVersion);

  MemoryRewardStock(MemoryStore store) {
    this.store = store;
  }

  @Override
  public boolean take(ProgrammeId programme, RewardId reward, long limit) {
    Key key = key(programme, reward);
    return store.retryingOutsideUnit(() -> {
      Counter now = current(key);
      if (now.taken() >= limit) {
        return false;
      }
      store.save(counters, new Counter(key, now.taken() + 1, now.version()));
      return true;
    });
  }

  @Override
  public void giveBack(ProgrammeId programme, RewardId reward) {
    Key key = key(programme, reward);
    store.retryingOutsideUnit(() -> {
      Counter now = current(key);
      if (now.taken() > 0) {
        store.save(counters, new Counter(key, now.taken() - 1, now.version()));
      }
      return null;
    });
  }

  @Override
  public long taken(ProgrammeId programme, RewardId reward) {
    return current(key(programme, reward)).taken();
  }

  private Counter current(Key key) {
    @Nullable Counter stored = store.get(counters, key);
    return stored != null ? stored : new Counter(key, 0, 0);
  }

  private static Key key(ProgrammeId programme, RewardId reward) {
    return new Key(requireNonNull(programme, "programme"), requireNonNull(reward, "reward"));
  }
}
