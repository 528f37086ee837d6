package org.mehrcrm.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.followup.FollowUp;
import org.mehrcrm.followup.FollowUpId;
import org.mehrcrm.followup.FollowUpRepository;
import org.mehrcrm.followup.FollowUpSnapshot;
import org.mehrcrm.followup.OpenFollowUpExistsException;
import org.mehrcrm.followup.RuleFiring;
import org.mehrcrm.kernel.ConcurrentUpdateException;

/** A map-backed follow-up repository following the port's specification, by scanning. */
public final class FakeFollowUps implements FollowUpRepository {
  private static final Comparator<FollowUp> ORDER =
      Comparator.comparing(FollowUp::due).thenComparing(FollowUp::id);

  private final Map<FollowUpId, FollowUpSnapshot> rows = new LinkedHashMap<>();
  private final Set<RuleFiring> firings = new HashSet<>();
  /** Simulates another writer: this many saves fail as if the stored version had moved on. */
  public int conflictsToSimulate;
  public int saves;

  @Override
  public Optional<FollowUp> findById(FollowUpId id) {
    return Optional.ofNullable(rows.get(id)).map(FollowUp::restore);
  }

  @Override
  public Optional<FollowUp> findOpen(CustomerId customer, Purpose purpose) {
    return open().filter(t -> t.customerId().equals(customer) && t.purpose().equals(purpose)).findFirst();
  }

  @Override
  public List<FollowUp> openOf(CustomerId customer) {
    return open().filter(t -> t.customerId().equals(customer)).sorted(ORDER).toList();
  }

  @Override
  public Stream<FollowUp> openDueBefore(Instant before) {
    return open().filter(t -> t.due().isBefore(before)).sorted(ORDER);
  }

  @Override
  public Stream<FollowUp> openOwnedBy(String owner) {
    return open().filter(t -> t.owner().filter(owner::equals).isPresent()).sorted(ORDER);
  }

  @Override
  public FollowUp save(FollowUp task) {
    long stored = rows.containsKey(task.id()) ? rows.get(task.id()).version() : 0;
    if (conflictsToSimulate > 0) {
      conflictsToSimulate--;
      throw new ConcurrentUpdateException("follow-up", task.id().value(), task.version(), stored + 1);
    }
    if (task.version() != stored) {
      throw new ConcurrentUpdateException("follow-up", task.id().value(), task.version(), stored);
    }
    if (task.isOpen()) {
      Optional<FollowUp> other = findOpen(task.customerId(), task.purpose()).filter(t -> !t.id().equals(task.id()));
      if (other.isPresent()) {
        throw new OpenFollowUpExistsException(other.get().id());
      }
    }
    saves++;
    FollowUpSnapshot next = task.snapshot().withVersion(stored + 1);
    rows.put(task.id(), next);
    return FollowUp.restore(next);
  }

  @Override
  public boolean markFired(RuleFiring firing) {
    return firings.add(firing);
  }

  @Override
  public boolean hasFired(RuleFiring firing) {
    return firings.contains(firing);
  }

  public int firingCount() {
    return firings.size();
  }

  public List<FollowUp> all() {
    return rows.values().stream().map(FollowUp::restore).sorted(ORDER).toList();
  }

  private Stream<FollowUp> open() {
    return List.copyOf(rows.values()).stream().map(FollowUp::restore).filter(FollowUp::isOpen);
  }
}
