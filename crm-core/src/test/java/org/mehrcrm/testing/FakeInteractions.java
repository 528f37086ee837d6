package org.mehrcrm.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.interaction.DuplicateInteractionException;
import org.mehrcrm.interaction.Interaction;
import org.mehrcrm.interaction.InteractionId;
import org.mehrcrm.interaction.InteractionRepository;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.InvalidFieldException;

/** A map-backed interaction repository following the port's specification, by scanning. */
public final class FakeInteractions implements InteractionRepository {
  private static final Comparator<Interaction> ORDER =
      Comparator.comparing(Interaction::at).thenComparing(Interaction::id);

  private final Map<InteractionId, Interaction> rows = new LinkedHashMap<>();
  private final Set<InteractionId> superseded = new HashSet<>();
  public int countCalls;

  @Override
  public boolean append(Interaction interaction) {
    Interaction known = rows.get(interaction.id());
    if (known != null) {
      if (!known.equals(interaction)) {
        throw new DuplicateInteractionException(interaction.id());
      }
      return false;
    }
    InteractionId corrects = interaction.corrects();
    if (corrects != null) {
      Interaction original = rows.get(corrects);
      if (original == null || !original.customerId().equals(interaction.customerId())) {
        throw new InvalidFieldException("corrects", "must name a stored interaction of the same customer");
      }
      if (superseded.contains(corrects)) {
        throw new ConcurrentUpdateException("interaction", corrects.value(), 0, 1);
      }
      superseded.add(corrects);
    }
    rows.put(interaction.id(), interaction);
    return true;
  }

  @Override
  public Optional<Interaction> findById(InteractionId id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public boolean isSuperseded(InteractionId id) {
    return superseded.contains(id);
  }

  @Override
  public Stream<Interaction> streamByCustomer(CustomerId customer) {
    return current().filter(i -> i.customerId().equals(customer)).sorted(ORDER);
  }

  @Override
  public Stream<Interaction> newestFirst(CustomerId customer, Instant atOrBefore) {
    return current().filter(i -> i.customerId().equals(customer) && !i.at().isAfter(atOrBefore))
        .sorted(ORDER.reversed());
  }

  @Override
  public long count(CustomerId customer, Instant from, Instant to) {
    countCalls++;
    return current().filter(i -> i.customerId().equals(customer) && !i.at().isBefore(from) && i.at().isBefore(to)).count();
  }

  @Override
  public long countOutbound(CustomerId customer, Instant from, Instant to) {
    countCalls++;
    return current().filter(i -> i.customerId().equals(customer) && i.isOutbound()
        && !i.at().isBefore(from) && i.at().isBefore(to)).count();
  }

  @Override
  public Optional<Interaction> lastContact(CustomerId customer) {
    return current().filter(i -> i.customerId().equals(customer)).max(ORDER);
  }

  @Override
  public Map<CustomerId, Instant> lastContacts(Collection<CustomerId> customers) {
    if (customers.size() > MAX_BATCH) {
      throw new InvalidFieldException("customers", "must be at most " + MAX_BATCH);
    }
    Map<CustomerId, Instant> result = new HashMap<>();
    for (CustomerId c : customers) {
      lastContact(c).ifPresent(i -> result.put(c, i.at()));
    }
    return result;
  }

  private Stream<Interaction> current() {
    return List.copyOf(rows.values()).stream().filter(i -> !superseded.contains(i.id()));
  }
}
