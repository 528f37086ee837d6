package org.mehrcrm.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.EventOutbox;
import org.mehrcrm.kernel.RecordedEvent;

/** An outbox in a trivial transaction: work runs directly, records become pending at once. Thread-safe. */
public final class FakeOutbox implements EventOutbox {
  private final List<RecordedEvent> recorded = new ArrayList<>();
  private final List<Long> deliveredSequences = new ArrayList<>();

  public <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }

  @Override
  public synchronized void record(List<? extends DomainEvent> events) {
    events.forEach(e -> recorded.add(new RecordedEvent(recorded.size() + 1, e)));
  }

  @Override
  public synchronized List<RecordedEvent> pending(int limit) {
    return recorded.stream().filter(r -> !deliveredSequences.contains(r.sequence())).limit(limit).toList();
  }

  @Override
  public synchronized void markDelivered(long sequence) {
    deliveredSequences.add(sequence);
  }
}
