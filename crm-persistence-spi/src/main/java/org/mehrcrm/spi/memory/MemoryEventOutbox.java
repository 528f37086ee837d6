package org.mehrcrm.spi.memory;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.EventOutbox;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.RecordedEvent;

/**
 * The in-memory event outbox: events recorded inside a unit of work are numbered when it commits,
 * from 1 up, in commit order.
 *
 * <p>Example: {@code outbox.pending(100).forEach(e -> outbox.markDelivered(e.sequence()));}
 * Thread-safe.
 */
final class MemoryEventOutbox implements EventOutbox {
  private final MemoryStore store;

  MemoryEventOutbox(MemoryStore store) {
    this.store = store;
  }

  @Override
  public void record(List<? extends DomainEvent> events) {
    store.record(List.copyOf(requireNonNull(events, "events")));
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidFieldException if the limit is below 1
   */
  @Override
  public List<RecordedEvent> pending(int limit) {
    if (limit < 1) {
      throw new InvalidFieldException("limit", "must be at least 1");
    }
    return store.pending(limit);
  }

  @Override
  public void markDelivered(long sequence) {
    store.markDelivered(sequence);
  }
}
