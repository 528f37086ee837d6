package org.mehrcrm.examples.demo;

import java.util.Map;
import java.util.TreeMap;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.EventListener;

/** The demo's event listener: counts the domain events it receives, by type (e.g. {@code CustomerEvent.Registered}). Thread-safe. */
final class EventCounter implements EventListener {
  private final Map<String, Integer> byType = new TreeMap<>();
  private int total;

  @Override
  public synchronized void onEvent(DomainEvent event) {
    Class<?> type = event.getClass();
    Class<?> family = type.getEnclosingClass();
    byType.merge(family == null ? type.getSimpleName() : family.getSimpleName() + "." + type.getSimpleName(), 1,
        Integer::sum);
    total++;
  }

  synchronized int total() {
    return total;
  }

  synchronized Map<String, Integer> byType() {
    return new TreeMap<>(byType);
  }
}
