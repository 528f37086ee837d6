package org.mehrcrm.interaction;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The port where interactions are kept: an append-only history of contacts per customer, with
 * the counts and last-contact lookups that contact planning and reminder rules need.
 *
 * <p>Example:
 * <pre>{@code
 * long calls = repository.count(customerId, from, to);
 * Optional<Instant> last = repository.lastContact(customerId).map(Interaction::at);
 * }</pre>
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Thread-safety:</b> every method may be called from many threads at once.</li>
 *   <li><b>Append only:</b> an interaction is a fact; there is no update or delete.
 *       {@link #append} stores an interaction with a new id and returns {@code true}. If an
 *       {@linkplain Interaction#equals equal} interaction is stored under the id it writes nothing
 *       and returns {@code false}; if a different one is, it throws
 *       {@link DuplicateInteractionException} and writes nothing. Of two concurrent appends with
 *       the same id exactly one returns {@code true}.</li>
 *   <li><b>Corrections:</b> an interaction whose {@link Interaction#corrects()} names another
 *       <em>supersedes</em> it, atomically with the append. The named interaction must be stored,
 *       belong to the same customer and not be superseded already: otherwise {@link #append}
 *       throws {@link InvalidFieldException} (field {@code "corrects"}) when it is unknown or of
 *       another customer, and {@link ConcurrentUpdateException} (kind {@code "interaction"}, id
 *       the corrected interaction's, expected version 0, stored version 1) when another
 *       correction superseded it first; in both cases nothing is written. Corrections chain: a
 *       correction can itself be corrected.</li>
 *   <li><b>Current interactions:</b> every query except {@link #findById} sees only interactions
 *       that are not superseded. {@link #findById} finds superseded ones too, for the audit
 *       trail.</li>
 *   <li><b>Order:</b> "time order" is ascending by {@link Interaction#at()}, ties broken by id
 *       ({@link InteractionId#compareTo}); "newest first" is its exact reverse. Periods are
 *       half-open, {@code [from, to)}. Any {@link Instant}, {@link Instant#MIN} and
 *       {@link Instant#MAX} included, is a valid bound.</li>
 *   <li><b>Streams</b> are lazy (a customer may have tens of thousands of interactions); the
 *       caller closes the stream. Counting and last-contact lookups must not read a customer's
 *       whole history: an adapter keeps them indexed.</li>
 *   <li><b>Atomicity:</b> inside the provider's transaction boundary, appends commit or roll back
 *       with the transaction.</li>
 * </ul>
 */
public interface InteractionRepository {

  /** The most customers {@link #lastContacts} accepts in one call. */
  int MAX_BATCH = 1000;

  /**
   * Appends an interaction, idempotently by id; a correction supersedes the interaction it names.
   *
   * @param interaction the interaction
   * @return true if stored, false if an equal interaction was already stored under its id
   * @throws DuplicateInteractionException if the id is stored with other content
   * @throws InvalidFieldException if it corrects an unknown interaction or another customer's
   * @throws ConcurrentUpdateException if the interaction it corrects was already superseded
   */
  boolean append(Interaction interaction);

  /**
   * Finds an interaction by id, superseded or not.
   *
   * @param id the id
   * @return the interaction, or empty
   */
  Optional<Interaction> findById(InteractionId id);

  /**
   * Tells whether an interaction was superseded by a correction.
   *
   * @param id the id
   * @return true if a stored correction names it
   */
  boolean isSuperseded(InteractionId id);

  /**
   * Streams a customer's current interactions in time order.
   *
   * @param customer the customer
   * @return a lazy stream the caller must close
   */
  Stream<Interaction> streamByCustomer(CustomerId customer);

  /**
   * Streams a customer's current interactions at or before a moment, newest first; the timeline
   * and "recent interactions" read the first few.
   *
   * @param customer the customer
   * @param atOrBefore the latest moment included
   * @return a lazy stream the caller must close
   */
  Stream<Interaction> newestFirst(CustomerId customer, Instant atOrBefore);

  /**
   * Counts a customer's current interactions, of either direction, in a period.
   *
   * @param customer the customer
   * @param from the first moment included
   * @param to the first moment excluded
   * @return the count
   */
  long count(CustomerId customer, Instant from, Instant to);

  /**
   * Counts a customer's current outbound interactions in a period: what a frequency cap limits.
   *
   * @param customer the customer
   * @param from the first moment included
   * @param to the first moment excluded
   * @return the count
   */
  long countOutbound(CustomerId customer, Instant from, Instant to);

  /**
   * Finds a customer's last contact: the newest current interaction of either direction.
   *
   * @param customer the customer
   * @return the interaction, or empty if there is none
   */
  Optional<Interaction> lastContact(CustomerId customer);

  /**
   * Looks up the last contact moment of many customers at once, for the reminder rules.
   *
   * @param customers up to {@value #MAX_BATCH} customers
   * @return the moment of each customer's last contact; customers never contacted are absent
   * @throws InvalidFieldException if more than {@value #MAX_BATCH} customers are given
   */
  Map<CustomerId, Instant> lastContacts(Collection<CustomerId> customers);
}
