package org.mehrcrm.spi.memory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.interaction.DuplicateInteractionException;
import org.mehrcrm.interaction.Interaction;
import org.mehrcrm.interaction.InteractionId;
import org.mehrcrm.interaction.InteractionRepository;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The in-memory interaction repository: interactions written once, corrections recorded as a
 * second fact keyed by the interaction they supersede, and each customer's current interactions
 * indexed by moment.
 *
 * <p>Example: {@code provider.interactions().lastContact(customerId)}. Counting a period walks
 * only that period; the last contact is the index's last entry. Thread-safe; inside a unit of
 * work it sees that unit's own writes.
 */
final class MemoryInteractionRepository implements InteractionRepository {
  private static final Comparator<Interaction> TIME_ORDER =
      Comparator.comparing(Interaction::at).thenComparing(Interaction::id);

  /** A correction, filed under the interaction it supersedes. */
  private record Supersession(InteractionId superseded, Interaction correction) {}

  private final MemoryStore store;
  private final ConcurrentHashMap<CustomerId, ConcurrentSkipListMap<Timed, Interaction>> current =
      new ConcurrentHashMap<>();
  private final MemoryTable<InteractionId, Interaction> interactions;
  private final MemoryTable<InteractionId, Supersession> supersessions;

  MemoryInteractionRepository(MemoryStore store) {
    this.store = store;
    this.interactions = MemoryTable.insertOnly("interaction", Interaction::id);
    this.supersessions = MemoryTable.insertOnly("interaction", Supersession::superseded);
    interactions.index((before, after) -> {
      if (this.supersessions.committed(after.id()) == null) {
        timelineOf(after.customerId()).put(key(after), after);
      }
    });
    supersessions.index((before, after) -> {
      Interaction old = this.interactions.committed(after.superseded());
      if (old != null) {
        timelineOf(old.customerId()).remove(key(old));
      }
    });
  }

  private ConcurrentSkipListMap<Timed, Interaction> timelineOf(CustomerId customer) {
    return current.computeIfAbsent(customer, c -> new ConcurrentSkipListMap<>());
  }

  private static Timed key(Interaction i) {
    return Timed.of(i.at(), i.id());
  }

  @Override
  public boolean append(Interaction interaction) {
    requireNonNull(interaction, "interaction");
    Interaction stored = store.get(interactions, interaction.id());
    if (stored != null) {
      if (!stored.equals(interaction)) {
        throw new DuplicateInteractionException(interaction.id());
      }
      return false;
    }
    Optional<InteractionId> corrects = interaction.correctionOf();
    if (corrects.isPresent()) {
      Interaction target = store.get(interactions, corrects.get());
      if (target == null || !target.customerId().equals(interaction.customerId())) {
        throw new InvalidFieldException("corrects", "must name a stored interaction of the same customer");
      }
    }
    try {
      store.inUnit(() -> {
        store.save(interactions, interaction);
        corrects.ifPresent(id -> store.save(supersessions, new Supersession(id, interaction)));
        return null;
      });
    } catch (ConcurrentUpdateException e) {
      // Outside a unit of work a racing append of the same id may have committed first.
      Interaction winner = store.get(interactions, interaction.id());
      if (winner == null) {
        throw e;
      }
      if (!winner.equals(interaction)) {
        throw new DuplicateInteractionException(interaction.id());
      }
      return false;
    }
    return true;
  }

  @Override
  public Optional<Interaction> findById(InteractionId id) {
    return Optional.ofNullable(store.get(interactions, requireNonNull(id, "id")));
  }

  @Override
  public boolean isSuperseded(InteractionId id) {
    return store.get(supersessions, requireNonNull(id, "id")) != null;
  }

  @Override
  public Stream<Interaction> streamByCustomer(CustomerId customer) {
    requireNonNull(customer, "customer");
    return visible(customer, timeline(customer).values().stream(), i -> true, TIME_ORDER);
  }

  @Override
  public Stream<Interaction> newestFirst(CustomerId customer, Instant atOrBefore) {
    requireNonNull(customer, "customer");
    requireNonNull(atOrBefore, "atOrBefore");
    NavigableMap<Timed, Interaction> upTo = timeline(customer).headMap(Timed.last(atOrBefore), true);
    return visible(customer, upTo.descendingMap().values().stream(), i -> !i.at().isAfter(atOrBefore),
        TIME_ORDER.reversed());
  }

  @Override
  public long count(CustomerId customer, Instant from, Instant to) {
    return countIn(customer, from, to, i -> true);
  }

  @Override
  public long countOutbound(CustomerId customer, Instant from, Instant to) {
    return countIn(customer, from, to, Interaction::isOutbound);
  }

  private long countIn(CustomerId customer, Instant from, Instant to, Predicate<Interaction> kind) {
    requireNonNull(customer, "customer");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      return 0;
    }
    Predicate<Interaction> inPeriod = i -> !i.at().isBefore(from) && i.at().isBefore(to) && kind.test(i);
    return store.read(() -> {
      Stream<Interaction> committed = timeline(customer)
          .subMap(Timed.first(from), true, Timed.first(to), false).values().stream().filter(kind);
      try (Stream<Interaction> all = visible(customer, committed, inPeriod, TIME_ORDER)) {
        return all.count();
      }
    });
  }

  @Override
  public Optional<Interaction> lastContact(CustomerId customer) {
    requireNonNull(customer, "customer");
    if (store.staged(interactions).isEmpty() && store.staged(supersessions).isEmpty()) {
      return Optional.ofNullable(timeline(customer).lastEntry()).map(Map.Entry::getValue);
    }
    try (Stream<Interaction> newest = newestFirst(customer, Instant.MAX)) {
      return newest.findFirst();
    }
  }

  @Override
  public Map<CustomerId, Instant> lastContacts(Collection<CustomerId> customers) {
    requireNonNull(customers, "customers");
    if (customers.size() > MAX_BATCH) {
      throw new InvalidFieldException("customers", "must hold at most " + MAX_BATCH + " customers");
    }
    Map<CustomerId, Instant> last = new HashMap<>();
    for (CustomerId customer : customers) {
      lastContact(requireNonNull(customer, "customer")).ifPresent(i -> last.put(customer, i.at()));
    }
    return last;
  }

  private NavigableMap<Timed, Interaction> timeline(CustomerId customer) {
    ConcurrentSkipListMap<Timed, Interaction> timeline = current.get(customer);
    return timeline != null ? timeline : new ConcurrentSkipListMap<>();
  }

  /**
   * Lays the unit of work's own appends and corrections over a committed answer for a customer.
   */
  private Stream<Interaction> visible(CustomerId customer, Stream<Interaction> committed,
      Predicate<Interaction> match, Comparator<Interaction> order) {
    List<Supersession> corrections = store.staged(supersessions);
    if (corrections.isEmpty()) {
      return store.overlay(interactions, committed, i -> i.customerId().equals(customer) && match.test(i), order);
    }
    Set<InteractionId> superseded = new HashSet<>();
    corrections.forEach(s -> superseded.add(s.superseded()));
    Predicate<Interaction> stillCurrent = i -> !superseded.contains(i.id());
    return store.overlay(interactions, committed.filter(stillCurrent),
        i -> i.customerId().equals(customer) && match.test(i) && stillCurrent.test(i), order);
  }
}
