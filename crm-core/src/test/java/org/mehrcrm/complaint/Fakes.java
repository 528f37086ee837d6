package org.mehrcrm.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;

/** Small in-memory fakes of the ports, for service tests. */
final class Fakes {
  private Fakes() {}

  /** A repository keeping snapshots in id order, following the port's specification. */
  static final class Complaints implements ComplaintRepository {
    private final Map<ComplaintId, ComplaintSnapshot> rows = new TreeMap<>();
    int saves;
    int conflictsToSimulate;

    @Override
    public Optional<Complaint> findById(ComplaintId id) {
      return Optional.ofNullable(rows.get(id)).map(Complaint::restore);
    }

    @Override
    public List<Complaint> findByCustomer(CustomerId customerId) {
      return all().filter(c -> c.customerId().equals(customerId)).toList();
    }

    @Override
    public Page<Complaint> findOpen(PageRequest page) {
      List<Complaint> fetched = all().filter(Complaint::isOpen)
          .filter(c -> page.after() == null || c.id().value().compareTo(page.after()) > 0)
          .limit(page.size() + 1L).toList();
      return Page.of(fetched, page, c -> c.id().value());
    }

    @Override
    public long countOpen() {
      return all().filter(Complaint::isOpen).count();
    }

    @Override
    public Stream<Complaint> streamReceivedBetween(Instant from, Instant to) {
      return all().filter(c -> !c.receivedAt().isBefore(from) && c.receivedAt().isBefore(to));
    }

    @Override
    public Complaint save(Complaint complaint) {
      long stored = rows.containsKey(complaint.id()) ? rows.get(complaint.id()).version() : 0;
      if (conflictsToSimulate > 0) {
        conflictsToSimulate--;
        throw new ConcurrentUpdateException("complaint", complaint.id().value(), complaint.version(), stored + 1);
      }
      if (complaint.version() != stored) {
        throw new ConcurrentUpdateException("complaint", complaint.id().value(), complaint.version(), stored);
      }
      saves++;
      ComplaintSnapshot next = complaint.snapshot().withVersion(stored + 1);
      rows.put(complaint.id(), next);
      return Complaint.restore(next);
    }

    private Stream<Complaint> all() {
      return rows.values().stream().map(Complaint::restore);
    }
  }
}
