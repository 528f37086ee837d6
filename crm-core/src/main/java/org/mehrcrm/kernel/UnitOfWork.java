package org.mehrcrm.kernel;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a change atomically with its events (the outbox pattern) and delivers the events to the
 * host's listener after commit; every application service uses one.
 *
 * <p>Example:
 * <pre>{@code
 * Customer saved = unitOfWork.run(() -> {
 *   Customer c = repository.save(changed);
 *   unitOfWork.record(changed.pendingEvents());
 *   return c;
 * });
 * }</pre>
 * Thread-safe. Delivery is at least once and in outbox order.
 */
public final class UnitOfWork {
  private static final Logger LOG = LoggerFactory.getLogger(UnitOfWork.class);
  private static final int BATCH = 100;

  private final Transactions transactions;
  private final EventOutbox outbox;
  private final EventListener listener;
  private final Object deliveryLock = new Object();
  /** True while the thread holding {@link #deliveryLock} delivers; guarded by that lock. */
  private boolean delivering;

  /**
   * Creates the unit of work.
   *
   * @param transactions the provider's transaction boundary
   * @param outbox the provider's outbox
   * @param listener the host's listener
   */
  public UnitOfWork(Transactions transactions, EventOutbox outbox, EventListener listener) {
    this.transactions = requireNonNull(transactions, "transactions");
    this.outbox = requireNonNull(outbox, "outbox");
    this.listener = requireNonNull(listener, "listener");
  }

  /**
   * Runs work in one transaction, then delivers pending events.
   *
   * @param work the work; record its events with {@link #record}
   * @param <T> the result type
   * @return the work's result
   */
  public <T> T run(Supplier<T> work) {
    requireNonNull(work, "work");
    T result = transactions.inTransaction(work);
    deliverPending();
    return result;
  }

  /**
   * Runs an optimistic read-change-save until it wins a race: each attempt reads fresh state and
   * saves through {@link #run}; an attempt that loses to a concurrent save (it throws
   * {@link ConcurrentUpdateException}) is repeated, at most {@code attempts} times in all.
   *
   * <p>Example: {@code unitOfWork.retrying(10, () -> store(load(id).rename(name)))}.
   *
   * @param attempts how many attempts at most, at least 1
   * @param attempt one attempt
   * @param <T> the result type
   * @return the result of the first attempt that did not lose a race
   * @throws ConcurrentUpdateException if every attempt lost
   */
  public <T> T retrying(int attempts, Supplier<T> attempt) {
    requireNonNull(attempt, "attempt");
    for (int n = 1; ; n++) {
      try {
        return attempt.get();
      } catch (ConcurrentUpdateException e) {
        if (n >= attempts) {
          throw e;
        }
        LOG.debug("{} {} changed concurrently; retrying (attempt {})", e.kind(), e.id(), n + 1);
        Thread.onSpinWait();
      }
    }
  }

  /**
   * Records events in the current transaction.
   *
   * @param events the events
   */
  public void record(List<? extends DomainEvent> events) {
    requireNonNull(events, "events");
    if (!events.isEmpty()) {
      outbox.record(events);
    }
  }

  /**
   * Delivers undelivered events to the listener, oldest first; stops at the first listener
   * failure so that order is kept, leaving the rest for the next call. A listener may run a unit of
   * work of its own (the library's own reactions do): that nested call delivers nothing itself,
   * and the delivery under way picks up the events it recorded, so each event is heard once.
   *
   * @return how many events were delivered
   */
  public int deliverPending() {
    synchronized (deliveryLock) {
      if (delivering) {
        return 0; // re-entered from a listener on this thread: the outer loop delivers the new events
      }
      delivering = true;
      try {
        int delivered = 0;
        while (true) {
          List<RecordedEvent> batch = outbox.pending(BATCH);
          if (batch.isEmpty()) {
            return delivered;
          }
          for (RecordedEvent recorded : batch) {
            try {
              listener.onEvent(recorded.event());
            } catch (RuntimeException e) {
              LOG.warn("event listener failed on {} #{} for aggregate {}; will retry",
                  recorded.event().getClass().getSimpleName(), recorded.sequence(),
                  recorded.event().aggregateId(), e);
              return delivered;
            }
            outbox.markDelivered(recorded.sequence());
            delivered++;
          }
        }
      } finally {
        delivering = false;
      }
    }
  }
}
