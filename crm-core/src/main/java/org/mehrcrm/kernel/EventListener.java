package org.mehrcrm.kernel;

/**
 * Receives domain events after the change that raised them has committed.
 *
 * <p>Example: {@code event -> erpSync.enqueue(event.aggregateId())}. Delivery is at least once:
 * an event whose delivery failed stays in the outbox and is offered again, so listeners should be
 * idempotent. A listener that throws does not undo the change.
 */
@FunctionalInterface
public interface EventListener {

  /** A listener that ignores every event. */
  EventListener NONE = event -> { };

  /**
   * Handles one event.
   *
   * @param event the committed event
   */
  void onEvent(DomainEvent event);
}
