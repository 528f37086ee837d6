package org.mehrcrm.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.ConcurrentUpdateException;

/**
 * The port where follow-up tasks are kept, together with the record of which reminder rules have
 * fired, so that running the rules twice creates nothing twice.
 *
 * <p>Example:
 * <pre>{@code
 * Optional<FollowUp> open = repository.findOpen(customerId, Purpose.SALES);
 * try (Stream<FollowUp> due = repository.openDueBefore(now.plus(Duration.ofHours(1)))) {
 *   due.forEach(reminders::remind);
 * }
 * }</pre>
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Thread-safety:</b> every method may be called from many threads at once.</li>
 *   <li><b>Save and versions:</b> {@link #save} stores a task whose {@link FollowUp#version()}
 *       equals the stored version (0 when none is stored) and returns it restored at version + 1
 *       with no pending events. A stale or future version fails with
 *       {@link ConcurrentUpdateException} (kind {@code "follow-up"}) and writes nothing. This is
 *       what makes a claim atomic: of two agents claiming the same version, one save fails.</li>
 *   <li><b>One open task per customer and purpose:</b> "open" means the <em>stored</em> state is
 *       {@code OPEN} or {@code CLAIMED} (an expired lease is still stored as {@code CLAIMED}).
 *       {@link #save} of an open task fails with {@link OpenFollowUpExistsException}, naming the
 *       other task and writing nothing, when another task with a different id is open for the
 *       same customer and purpose. The check and the write are atomic: of two concurrent saves
 *       of different new open tasks for one customer and purpose, at most one succeeds.</li>
 *   <li><b>Rule firings:</b> {@link #markFired} inserts the key if absent and returns
 *       {@code true}, or returns {@code false} if present, atomically (of two concurrent calls
 *       with one key exactly one returns {@code true}). Keys are compared by all three
 *       components. Inside a transaction the insert rolls back with it. Firings are kept at
 *       least as long as the periods they name can recur; an adapter may purge firings older than
 *       a year.</li>
 *   <li><b>Order:</b> lists and streams of tasks are ascending by {@link FollowUp#due()}, ties
 *       broken by id ({@link FollowUpId#compareTo}).</li>
 *   <li><b>Streams</b> are lazy (a backlog may hold hundreds of thousands of tasks); the caller
 *       closes the stream. {@link #openDueBefore} must not scan closed tasks: an adapter keeps
 *       open tasks indexed by due moment.</li>
 *   <li><b>Lookups</b> return what the last committed save stored; nothing returns
 *       {@code null}.</li>
 *   <li><b>Atomicity:</b> inside the provider's transaction boundary, saves and firings commit or
 *       roll back with the transaction.</li>
 * </ul>
 */
public interface FollowUpRepository {

  /**
   * Finds a task by id.
   *
   * @param id the id
   * @return the task, or empty
   */
  Optional<FollowUp> findById(FollowUpId id);

  /**
   * Finds the open task for a customer and purpose.
   *
   * @param customer the customer
   * @param purpose the purpose
   * @return the task stored as open or claimed, or empty
   */
  Optional<FollowUp> findOpen(CustomerId customer, Purpose purpose);

  /**
   * Returns a customer's open tasks (at most one per purpose).
   *
   * @param customer the customer
   * @return the tasks stored as open or claimed, by due moment
   */
  List<FollowUp> openOf(CustomerId customer);

  /**
   * Streams the open tasks due before a moment, of every customer: what reminders and
   * escalation read.
   *
   * @param before the first due moment excluded
   * @return a lazy stream, by due moment, that the caller must close
   */
  Stream<FollowUp> openDueBefore(Instant before);

  /**
   * Streams the open tasks an actor owns: the actor's work list.
   *
   * @param owner the owner's actor id
   * @return a lazy stream, by due moment, that the caller must close
   */
  Stream<FollowUp> openOwnedBy(String owner);

  /**
   * Stores a new or changed task with an optimistic version check.
   *
   * @param task the task, at the version it was read at
   * @return the stored task at the next version
   * @throws ConcurrentUpdateException if the stored version differs
   * @throws OpenFollowUpExistsException if another task is open for the same customer and purpose
   */
  FollowUp save(FollowUp task);

  /**
   * Records that a rule fired for a customer and period, unless it already had.
   *
   * @param firing the key
   * @return true if the key was new and is now recorded, false if it was already there
   */
  boolean markFired(RuleFiring firing);

  /**
   * Tells whether a rule has fired for a customer and period.
   *
   * @param firing the key
   * @return true if recorded
   */
  boolean hasFired(RuleFiring firing);
}
