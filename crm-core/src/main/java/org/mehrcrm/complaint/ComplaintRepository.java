package org.mehrcrm.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;

/**
 * The port where complaint cases are kept; implemented by storage adapters.
 *
 * <p>Example: {@code repository.findById(ComplaintId.of("CASE-1")).map(Complaint::status)}.
 * Store {@link Complaint#snapshot()} (its history included: the SLA clock reads it) and rebuild
 * with {@link Complaint#restore}.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Thread-safety:</b> every method may be called from many threads at once.</li>
 *   <li><b>Save and versions:</b> {@link #save} stores a case whose {@link Complaint#version()}
 *       equals the stored version (0 when none is stored) and returns it restored at version + 1
 *       with no pending events. A stale or future version fails with
 *       {@link ConcurrentUpdateException} (kind {@code "complaint"}) and writes nothing; saving
 *       the same instance twice therefore fails the second time.</li>
 *   <li><b>Lookups</b> return what the last committed save stored and never {@code null}.
 *       Lists, pages and streams are ordered by {@link ComplaintId} ascending (by
 *       {@link String#compareTo}).</li>
 *   <li><b>Open cases</b> are those whose {@link Complaint#isOpen()} is true. {@link #findOpen}
 *       is keyset paging after {@link PageRequest#after()}: a case saved while a caller pages
 *       through appears at most once. The escalation run pages through all open cases, so this
 *       query should be served by an index on the open flag.</li>
 *   <li><b>Streams</b> are lazy: an adapter must not load all matches in memory; the caller
 *       closes the stream.</li>
 *   <li><b>Atomicity:</b> inside the provider's transaction boundary, saves commit or roll back
 *       with the transaction.</li>
 * </ul>
 */
public interface ComplaintRepository {

  /**
   * Finds a case by id.
   *
   * @param id the id
   * @return the case, or empty
   */
  Optional<Complaint> findById(ComplaintId id);

  /**
   * Returns every case of a customer, open or not.
   *
   * @param customerId the customer
   * @return the cases, in id order
   */
  List<Complaint> findByCustomer(CustomerId customerId);

  /**
   * Returns one page of the open cases, for the escalation run and work queues.
   *
   * @param page which page
   * @return the page, in id order
   */
  Page<Complaint> findOpen(PageRequest page);

  /**
   * Counts the open cases.
   *
   * @return the count
   */
  long countOpen();

  /**
   * Streams the cases received in a period, open or not, for reports.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return a lazy stream in id order, which the caller must close
   */
  Stream<Complaint> streamReceivedBetween(Instant from, Instant to);

  /**
   * Stores a new or changed case with an optimistic version check.
   *
   * @param complaint the case, at the version it was read at
   * @return the stored case at the next version
   * @throws ConcurrentUpdateException if the stored version differs
   */
  Complaint save(Complaint complaint);
}
