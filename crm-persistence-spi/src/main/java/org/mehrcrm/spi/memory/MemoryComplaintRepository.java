package org.mehrcrm.spi.memory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mehrcrm.complaint.Complaint;
import org.mehrcrm.complaint.ComplaintId;
import org.mehrcrm.complaint.ComplaintRepository;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;

/**
 * The in-memory complaint repository: cases saved with versions, kept in id order overall, per
 * customer and, while open, in an index of open cases that the escalation run pages through.
 *
 * <p>Example: {@code provider.complaints().findOpen(PageRequest.first(500))}. Thread-safe; inside
 * a unit of work it sees that unit's own saves.
 */
final class MemoryComplaintRepository implements ComplaintRepository {
  private static final Comparator<Complaint> BY_ID = Comparator.comparing(Complaint::id);

  private final MemoryStore store;
  private final MemoryTable<ComplaintId, Complaint> cases = MemoryTable.versioned("complaint", Complaint::id,
      Complaint::version, (c, version) -> Complaint.restore(c.snapshot().withVersion(version)));
  private final ConcurrentSkipListMap<String, Complaint> all = new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<String, Complaint> open = new ConcurrentSkipListMap<>();
  private final Map<CustomerId, ConcurrentSkipListMap<String, Complaint>> byCustomer = new ConcurrentHashMap<>();

  MemoryComplaintRepository(MemoryStore store) {
    this.store = store;
    cases.index((before, after) -> {
      String id = after.id().value();
      all.put(id, after);
      byCustomer.computeIfAbsent(after.customerId(), c -> new ConcurrentSkipListMap<>()).put(id, after);
      if (after.isOpen()) {
        open.put(id, after);
      } else {
        open.remove(id);
      }
    });
  }

  @Override
  public Optional<Complaint> findById(ComplaintId id) {
    return Optional.ofNullable(store.get(cases, requireNonNull(id, "id")));
  }

  @Override
  public List<Complaint> findByCustomer(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    NavigableMap<String, Complaint> own = byCustomer.getOrDefault(customerId, new ConcurrentSkipListMap<>());
    try (Stream<Complaint> found = store.overlay(cases, own.values().stream(),
        c -> c.customerId().equals(customerId), BY_ID)) {
      return found.collect(Collectors.toUnmodifiableList());
    }
  }

  @Override
  public Page<Complaint> findOpen(PageRequest page) {
    requireNonNull(page, "page");
    NavigableMap<String, Complaint> after = page.after() == null ? open : open.tailMap(page.after(), false);
    String from = page.after();
    List<Complaint> fetched = new ArrayList<>(Math.min(page.size() + 1, 64));
    try (Stream<Complaint> visible = store.overlay(cases, after.values().stream(),
        c -> c.isOpen() && (from == null || c.id().value().compareTo(from) > 0), BY_ID)) {
      Iterator<Complaint> it = visible.iterator();
      while (fetched.size() <= page.size() && it.hasNext()) {
        fetched.add(it.next());
      }
    }
    return Page.of(fetched, page, c -> c.id().value());
  }

  @Override
  public long countOpen() {
    try (Stream<Complaint> visible = store.overlay(cases, open.values().stream(), Complaint::isOpen, BY_ID)) {
      return store.staged(cases).isEmpty() ? open.size() : visible.count();
    }
  }

  @Override
  public Stream<Complaint> streamReceivedBetween(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return store.overlay(cases, all.values().stream(), c -> received(c, from, to), BY_ID)
        .filter(c -> received(c, from, to));
  }

  private static boolean received(Complaint c, Instant from, Instant to) {
    return !c.receivedAt().isBefore(from) && c.receivedAt().isBefore(to);
  }

  @Override
  public Complaint save(Complaint complaint) {
    return store.save(cases, requireNonNull(complaint, "complaint"));
  }
}
