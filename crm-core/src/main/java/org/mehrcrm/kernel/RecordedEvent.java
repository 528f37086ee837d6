package org.mehrcrm.kernel;

import static java.util.Objects.requireNonNull;

/**
 * A domain event as stored in the outbox, with its position in the outbox's order.
 *
 * <p>Example: {@code new RecordedEvent(42, customerRegistered)}. Immutable and thread-safe.
 *
 * @param sequence the outbox position, strictly increasing in recording order, starting at 1
 * @param event the event
 */
public record RecordedEvent(long sequence, DomainEvent event) {

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the sequence is not positive
   */
  public RecordedEvent {
    requireNonNull(event, "event");
    if (sequence < 1) {
      throw new InvalidFieldException("sequence", "must be positive");
    }
  }
}
