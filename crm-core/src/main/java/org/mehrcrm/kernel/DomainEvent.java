package org.mehrcrm.kernel;

import java.time.Instant;

/**
 * Something that happened in the domain, recorded with the change that caused it.
 *
 * <p>Each feature declares a sealed sub-interface (for example {@code CustomerEvent}) whose
 * records carry identifiers, never whole aggregates:
 * <pre>{@code
 * record CustomerTagged(CustomerId customerId, Tag tag, Instant occurredAt) implements CustomerEvent {}
 * }</pre>
 * Events are what hosts integrate with: they are written to the {@link EventOutbox} in the same
 * unit of work as the change and delivered to {@link EventListener}s after it commits.
 */
public interface DomainEvent {

  /**
   * Returns when the event happened, from the injected clock.
   *
   * @return the moment
   */
  Instant occurredAt();

  /**
   * Returns the identifier of the aggregate the event is about.
   *
   * @return the aggregate identifier's string form
   */
  String aggregateId();
}
