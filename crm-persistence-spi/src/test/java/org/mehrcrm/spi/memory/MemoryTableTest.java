package org.mehrcrm.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.InvalidFieldException;

/** The generic tables behind the in-memory repositories other than customers. */
class MemoryTableTest {
  /** A toy aggregate: a key, a version and a code no two rows may share. */
  record Row(String id, long version, String code) {
    Row atVersion(long v) {
      return new Row(id, v, code);
    }
  }

  private final MemoryStore store = new MemoryStore();
  private final MemoryTransactions transactions = new MemoryTransactions(store);
  private final ConcurrentSkipListMap<String, String> byCode = new ConcurrentSkipListMap<>();
  private final MemoryTable<String, Row> versioned = MemoryTable
      .versioned("row", Row::id, Row::version, Row::atVersion)
      .unique(r -> List.of(r.code()), (code, holder) -> new InvalidFieldException("code", "held by " + holder))
      .index((before, after) -> {
        if (before != null) {
          byCode.remove(before.code());
        }
        byCode.put(after.code(), after.id());
      });
  private final MemoryTable<String, Row> facts = MemoryTable.insertOnly("fact", Row::id);
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void savingStoresTheRowAtTheNextVersion() {
    Row first = store.save(versioned, new Row("a", 0, "x"));
    Row second = store.save(versioned, first);

    assertThat(first.version()).isEqualTo(1);
    assertThat(second.version()).isEqualTo(2);
    assertThat(store.get(versioned, "a")).isEqualTo(second);
  }

  @Test
  void savingAStaleVersionFailsAndWritesNothing() {
    Row first = store.save(versioned, new Row("a", 0, "x"));
    store.save(versioned, first);

    assertThatThrownBy(() -> store.save(versioned, new Row("a", 1, "y")))
        .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
          assertThat(e.kind()).isEqualTo("row");
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThat(store.get(versioned, "a").code()).isEqualTo("x");
  }

  @Test
  void aFactIsWrittenOnceOnly() {
    store.save(facts, new Row("f", 0, "x"));

    assertThatThrownBy(() -> store.save(facts, new Row("f", 0, "y")))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.get(facts, "f").code()).isEqualTo("x");
  }

  @Test
  void aUniqueKeyHeldByAnotherRowIsRefusedWithTheTablesError() {
    store.save(versioned, new Row("a", 0, "x"));

    assertThatThrownBy(() -> store.save(versioned, new Row("b", 0, "x")))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.rule()).isEqualTo("held by a"));
    assertThat(store.get(versioned, "b")).isNull();
  }

  @Test
  void aRowReleasesItsUniqueKeyAndIndexEntryWhenItChangesThem() {
    Row a = store.save(versioned, new Row("a", 0, "x"));
    store.save(versioned, new Row("a", a.version(), "y"));

    assertThat(store.save(versioned, new Row("b", 0, "x")).version()).isEqualTo(1);
    assertThat(byCode).containsExactlyEntriesOf(new java.util.TreeMap<>(java.util.Map.of("x", "b", "y", "a")));
  }

  @Test
  void aUnitOfWorkSeesItsOwnWritesAndOthersSeeThemOnlyAfterCommit() throws Exception {
    CountDownLatch staged = new CountDownLatch(1);
    CountDownLatch checked = new CountDownLatch(1);
    Future<?> writer = pool.submit(() -> transactions.inTransaction(() -> {
      store.save(versioned, new Row("a", 0, "x"));
      assertThat(store.get(versioned, "a")).isNotNull();
      assertThat(store.holder(versioned, "x")).isNotNull();
      assertThat(store.staged(versioned)).hasSize(1);
      staged.countDown();
      await(checked);
      return null;
    }));
    await(staged);
    assertThat(store.get(versioned, "a")).isNull();
    assertThat(byCode).isEmpty();
    checked.countDown();
    writer.get(5, TimeUnit.SECONDS);

    assertThat(store.get(versioned, "a").version()).isEqualTo(1);
    assertThat(byCode).containsEntry("x", "a");
  }

  @Test
  void aUnitOfWorkThatThrowsLeavesNothingBehind() {
    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      store.save(versioned, new Row("a", 0, "x"));
      store.save(facts, new Row("f", 0, "y"));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(store.get(versioned, "a")).isNull();
    assertThat(store.get(facts, "f")).isNull();
    assertThat(versioned.size() + facts.size()).isZero();
  }

  @Test
  void aNestedUnitThatThrowsUndoesOnlyItsOwnRows() {
    transactions.inTransaction(() -> {
      store.save(versioned, new Row("a", 0, "x"));
      try {
        transactions.inTransaction(() -> store.save(versioned, new Row("b", 0, "z")).id().length()
            / 0);
      } catch (ArithmeticException expected) {
        // the inner unit is undone; the outer goes on
      }
      return null;
    });

    assertThat(store.get(versioned, "a")).isNotNull();
    assertThat(store.get(versioned, "b")).isNull();
  }

  @Test
  void commitRechecksVersionsAgainstARacingCommitAndAppliesNothing() throws Exception {
    Row a = store.save(versioned, new Row("a", 0, "x"));
    CountDownLatch staged = new CountDownLatch(1);
    CountDownLatch raced = new CountDownLatch(1);
    Future<?> loser = pool.submit(() -> transactions.inTransaction(() -> {
      store.save(facts, new Row("f", 0, "fact"));
      store.save(versioned, new Row("a", a.version(), "late"));
      staged.countDown();
      await(raced);
      return null;
    }));
    await(staged);
    store.save(versioned, new Row("a", a.version(), "early"));
    raced.countDown();

    assertThatThrownBy(() -> loser.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.get(versioned, "a").code()).isEqualTo("early");
    assertThat(store.get(facts, "f")).isNull();
  }

  @Test
  void commitRefusesAUniqueKeyTakenByARacingCommit() throws Exception {
    CountDownLatch staged = new CountDownLatch(1);
    CountDownLatch raced = new CountDownLatch(1);
    Future<?> loser = pool.submit(() -> transactions.inTransaction(() -> {
      store.save(versioned, new Row("b", 0, "x"));
      staged.countDown();
      await(raced);
      return null;
    }));
    await(staged);
    store.save(versioned, new Row("a", 0, "x"));
    raced.countDown();

    assertThatThrownBy(() -> loser.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(InvalidFieldException.class);
    assertThat(store.get(versioned, "b")).isNull();
  }

  @Test
  void twoRowsOfOneUnitCannotShareAUniqueKey() {
    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      store.save(versioned, new Row("a", 0, "x"));
      return store.save(versioned, new Row("b", 0, "x"));
    })).isInstanceOf(InvalidFieldException.class);
    assertThat(versioned.size()).isZero();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(5, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
