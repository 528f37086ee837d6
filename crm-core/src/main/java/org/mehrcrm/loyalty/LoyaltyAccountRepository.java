package org.mehrcrm.loyalty;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The port where member accounts and their postings are kept; implemented by storage adapters.
 *
 * <p>Example: {@code repository.findByCustomer(ProgrammeId.of("club"), CustomerId.of("C-1")).map(LoyaltyAccount::available)}.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Thread-safety:</b> every method may be called from many threads at once.</li>
 *   <li><b>Two parts:</b> an account is its {@link LoyaltyAccountSnapshot} (small: totals, open
 *       lots, tier; replaced on every save) and its postings (append-only; never updated or
 *       deleted). Keep them apart, e.g. an {@code account} row and a {@code posting} table keyed
 *       by (membership, posting id).</li>
 *   <li><b>Save and versions:</b> {@link #save} stores an account whose
 *       {@link LoyaltyAccount#version()} equals the stored version (0 when none is stored),
 *       <em>and</em> appends its {@link LoyaltyAccount#pendingPostings()}, atomically: both or
 *       neither. It returns the account restored at version + 1 with no pending postings or
 *       events. A stale or future version fails with {@link ConcurrentUpdateException} and writes
 *       nothing. This check is what keeps two concurrent redemptions from overspending: the
 *       second one was computed from a stale balance, so its save fails, and the service retries
 *       it on fresh state, where it may be refused for insufficient points. A compare-and-set on
 *       the version column ({@code UPDATE … WHERE version = ?}) or a row lock both meet it;
 *       last-writer-wins does not.</li>
 *   <li><b>Posting ids</b> within an account are 1, 2, 3, … without gaps; {@link #save} must fail
 *       with {@link ConcurrentUpdateException} rather than store a posting id twice (a unique key
 *       on (membership, posting id) is a good second line of defence).</li>
 *   <li><b>One account per customer and programme:</b> saving a new account for a customer who
 *       already has one in the programme fails with {@link InvalidFieldException} (field
 *       {@code "customer"}) and writes nothing.</li>
 *   <li><b>Lookups</b> return what the last committed save stored and never {@code null}; the
 *       account read must pass {@link LoyaltyAccount#restore} (adapters must not bypass the
 *       snapshot's checks).</li>
 *   <li><b>History:</b> {@link #history} answers from committed postings, following the
 *       {@link PostingHistory} specification; idempotency relies on it, so the key index must be
 *       consistent with the account row (same transaction).</li>
 *   <li><b>Streams</b> are lazy and ordered (postings by id, accounts by id); the caller closes them.</li>
 *   <li><b>Atomicity:</b> inside the provider's transaction boundary, saves commit or roll back
 *       with the transaction.</li>
 * </ul>
 *
 * @since 0.1
 */
public interface LoyaltyAccountRepository {

  /**
   * Finds an account by id.
   *
   * @param id the membership
   * @return the account, or empty
   */
  Optional<LoyaltyAccount> findById(MembershipId id);

  /**
   * Finds a customer's account in a programme.
   *
   * @param programme the programme
   * @param customer the customer
   * @return the account, or empty
   */
  Optional<LoyaltyAccount> findByCustomer(ProgrammeId programme, CustomerId customer);

  /**
   * Returns the lookups into an account's committed postings.
   *
   * @param id the membership
   * @return the history, empty for an unknown account
   */
  PostingHistory history(MembershipId id);

  /**
   * Streams an account's postings made from {@code from} (inclusive) until {@code until}
   * (exclusive), by id.
   *
   * @param id the membership
   * @param from the first moment
   * @param until the first moment after the range
   * @return a lazy stream the caller must close
   */
  Stream<Posting> postings(MembershipId id, Instant from, Instant until);

  /**
   * Streams every account of a programme, by id.
   *
   * @param programme the programme
   * @return a lazy stream the caller must close
   */
  Stream<LoyaltyAccount> streamByProgramme(ProgrammeId programme);

  /**
   * Stores a new or changed account and appends its pending postings, with an optimistic version check.
   *
   * @param account the account, at the version it was read at
   * @return the stored account at the next version
   * @throws ConcurrentUpdateException if the stored version differs
   * @throws InvalidFieldException if the customer already has another account in the programme
   */
  LoyaltyAccount save(LoyaltyAccount account);
}
