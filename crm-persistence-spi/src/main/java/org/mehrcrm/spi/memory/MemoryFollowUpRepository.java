package org.mehrcrm.spi.memory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.followup.FollowUp;
import org.mehrcrm.followup.FollowUpId;
import org.mehrcrm.followup.FollowUpRepository;
import org.mehrcrm.followup.OpenFollowUpExistsException;
import org.mehrcrm.followup.RuleFiring;
import org.mehrcrm.kernel.ConcurrentUpdateException;

/**
 * The in-memory follow-up repository: tasks saved with versions, the one open task per customer
 * and purpose held as a unique key, open tasks indexed by due moment overall, per owner and per
 * customer, and rule firings written once.
 *
 * <p>Example: {@code provider.followUps().openDueBefore(now)}. Closed tasks leave the indexes, so
 * reminders never walk them. Thread-safe; inside a unit of work it sees that unit's own writes.
 */
final class MemoryFollowUpRepository implements FollowUpRepository {
  private static final Comparator<FollowUp> DUE_ORDER =
      Comparator.comparing(FollowUp::due).thenComparing(FollowUp::id);

  /** The unique key of an open task. */
  private record OpenKey(CustomerId customer, Purpose purpose) {}

  private final MemoryStore store;
  private final MemoryTable<FollowUpId, FollowUp> tasks = MemoryTable
      .versioned("follow-up", FollowUp::id, FollowUp::version,
          (task, version) -> FollowUp.restore(task.snapshot().withVersion(version)))
      .unique(task -> task.isOpen() ? List.of(new OpenKey(task.customerId(), task.purpose())) : List.of(),
          (key, holder) -> new OpenFollowUpExistsException(holder));
  private final MemoryTable<RuleFiring, RuleFiring> firings = MemoryTable.insertOnly("rule firing", f -> f);
  private final ConcurrentSkipListMap<Timed, FollowUp> openByDue = new ConcurrentSkipListMap<>();
  private final Map<String, ConcurrentSkipListMap<Timed, FollowUp>> openByOwner = new ConcurrentHashMap<>();
  private final Map<CustomerId, ConcurrentSkipListMap<Timed, FollowUp>> openByCustomer = new ConcurrentHashMap<>();

  MemoryFollowUpRepository(MemoryStore store) {
    this.store = store;
    tasks.index((before, after) -> {
      if (before != null && before.isOpen()) {
        Timed key = key(before);
        openByDue.remove(key);
        before.owner().ifPresent(owner -> openByOwner.get(owner).remove(key));
        openByCustomer.get(before.customerId()).remove(key);
      }
      if (after.isOpen()) {
        Timed key = key(after);
        openByDue.put(key, after);
        after.owner().ifPresent(owner -> indexIn(openByOwner, owner).put(key, after));
        indexIn(openByCustomer, after.customerId()).put(key, after);
      }
    });
  }

  private static <K> ConcurrentSkipListMap<Timed, FollowUp> indexIn(Map<K, ConcurrentSkipListMap<Timed, FollowUp>> index,
      K key) {
    return index.computeIfAbsent(key, k -> new ConcurrentSkipListMap<>());
  }

  private static Timed key(FollowUp task) {
    return Timed.of(task.due(), task.id());
  }

  @Override
  public Optional<FollowUp> findById(FollowUpId id) {
    return Optional.ofNullable(store.get(tasks, requireNonNull(id, "id")));
  }

  @Override
  public Optional<FollowUp> findOpen(CustomerId customer, Purpose purpose) {
    OpenKey key = new OpenKey(requireNonNull(customer, "customer"), requireNonNull(purpose, "purpose"));
    return Optional.ofNullable(store.holder(tasks, key));
  }

  @Override
  public List<FollowUp> openOf(CustomerId customer) {
    requireNonNull(customer, "customer");
    try (Stream<FollowUp> open = open(openByCustomer.get(customer), customer::equals)) {
      return open.collect(Collectors.toUnmodifiableList());
    }
  }

  @Override
  public Stream<FollowUp> openDueBefore(Instant before) {
    requireNonNull(before, "before");
    return store.overlay(tasks, openByDue.headMap(Timed.first(before), false).values().stream(),
        task -> task.isOpen() && task.due().isBefore(before), DUE_ORDER);
  }

  @Override
  public Stream<FollowUp> openOwnedBy(String owner) {
    requireNonNull(owner, "owner");
    return store.overlay(tasks, values(openByOwner.get(owner)),
        task -> task.isOpen() && task.owner().filter(owner::equals).isPresent(), DUE_ORDER);
  }

  private Stream<FollowUp> open(@Nullable ConcurrentSkipListMap<Timed, FollowUp> index, Predicate<CustomerId> customer) {
    return store.overlay(tasks, values(index), task -> task.isOpen() && customer.test(task.customerId()), DUE_ORDER);
  }

  private static Stream<FollowUp> values(@Nullable ConcurrentSkipListMap<Timed, FollowUp> index) {
    return index == null ? Stream.empty() : index.values().stream();
  }

  @Override
  public FollowUp save(FollowUp task) {
    return store.save(tasks, requireNonNull(task, "task"));
  }

  @Override
  public boolean markFired(RuleFiring firing) {
    requireNonNull(firing, "firing");
    if (store.get(firings, firing) != null) {
      return false;
    }
    try {
      store.save(firings, firing);
      return true;
    } catch (ConcurrentUpdateException e) {
      // Outside a unit of work a racing call recorded the key first.
      return false;
    }
  }

  @Override
  public boolean hasFired(RuleFiring firing) {
    return store.get(firings, requireNonNull(firing, "firing")) != null;
  }
}
