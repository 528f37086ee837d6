package org.mehrcrm.kernel;

import java.util.List;

/**
 * The port where domain events are recorded in the same unit of work as the change they describe.
 *
 * <p>Services record inside {@link Transactions#inTransaction}; after commit the library reads
 * {@link #pending(int)}, hands each event to the listener and marks it delivered:
 * <pre>{@code
 * transactions.inTransaction(() -> { repository.save(customer); outbox.record(events); return null; });
 * }</pre>
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li>{@link #record} inside a transaction becomes visible only if that transaction commits;
 *       a rolled-back transaction leaves no recorded event behind.</li>
 *   <li>Sequences are positive and strictly increasing in commit order within one outbox.</li>
 *   <li>{@link #pending} returns undelivered events oldest first; {@link #markDelivered} is
 *       idempotent and never fails for an unknown or already delivered sequence.</li>
 *   <li>Implementations are thread-safe.</li>
 * </ul>
 */
public interface EventOutbox {

  /**
   * Records events as part of the current unit of work.
   *
   * @param events the events, in the order they happened; an empty list records nothing
   */
  void record(List<? extends DomainEvent> events);

  /**
   * Returns undelivered events, oldest first.
   *
   * @param limit the most events to return, at least 1
   * @return up to {@code limit} events
   */
  List<RecordedEvent> pending(int limit);

  /**
   * Marks one event as delivered so that {@link #pending} no longer returns it.
   *
   * @param sequence the event's outbox position
   */
  void markDelivered(long sequence);
}
