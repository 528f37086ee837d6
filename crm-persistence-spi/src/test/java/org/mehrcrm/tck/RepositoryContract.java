package org.mehrcrm.tck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.mehrcrm.kernel.Transactions;
import org.mehrcrm.spi.StorageProvider;

/**
 * What the contracts of the repositories beside customers share: the provider under test, a fixed
 * moment, and racing threads.
 *
 * <p>Example: {@code @Nested class Interactions extends InteractionRepositoryContract {...}} in
 * {@link StorageProviderContract}, whose subclasses therefore run every contract with one
 * factory method.
 *
 * @since 0.2.0
 */
public abstract class RepositoryContract {
  /** The longest any test waits for another thread. */
  static final long WAIT_SECONDS = 30;
  /** The moment the fixtures are dated around. */
  static final Instant T0 = Instant.parse("2026-03-02T08:30:00Z");

  /**
   * Returns the provider of the running test.
   *
   * @return the provider
   */
  protected abstract StorageProvider provider();

  Transactions transactions() {
    return provider().transactions();
  }

  static Instant minutes(long n) {
    return T0.plusSeconds(60 * n);
  }

  /** Runs tasks on as many threads, released together, and returns their results in order. */
  static <T> List<Future<T>> race(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      CyclicBarrier start = new CyclicBarrier(tasks.size());
      List<Future<T>> results = new ArrayList<>();
      for (Callable<T> task : tasks) {
        results.add(pool.submit(() -> {
          start.await(WAIT_SECONDS, TimeUnit.SECONDS);
          return task.call();
        }));
      }
      for (Future<T> f : results) {
        try {
          f.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
          // the caller inspects each outcome
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The failure of a unit of work, thrown to roll it back. */
  static final class Rollback extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Rollback() {
      super("rolled back on purpose", null, false, false);
    }
  }
}
