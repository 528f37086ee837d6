package org.mehrcrm.purchase;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.ConcurrentUpdateException;

/**
 * The port where reported purchases and returns are kept: the input for lifetime value, RFM and
 * loyalty, so it streams a customer's purchases, or a period's, in time order.
 *
 * <p>Example:
 * <pre>{@code
 * try (Stream<Purchase> all = repository.purchasesOf(customerId)) {
 *   Money spent = all.map(Purchase::amount).reduce(Money.zero(EUR), Money::plus);
 * }
 * }</pre>
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Thread-safety:</b> every method may be called from many threads at once.</li>
 *   <li><b>Facts:</b> purchases and returns are never changed or deleted; there is no update.</li>
 *   <li><b>Idempotent recording:</b> {@link #record} stores a purchase whose
 *       {@link Purchase#reference()} is new and returns it with {@code created == true}. If a
 *       purchase with that reference is stored and {@linkplain Purchase#equals equal}, it returns
 *       the stored one with {@code created == false} and writes nothing; if it differs, it throws
 *       {@link OrderReferenceConflictException} (kind {@code "purchase"}) and writes nothing. Two
 *       concurrent calls with the same reference store it once: exactly one sees
 *       {@code created == true}. Returns behave the same under {@link #recordReturn} with their
 *       own references (kind {@code "return"}); purchase and return references are separate
 *       namespaces.</li>
 *   <li><b>Returns against a purchase</b> are counted to keep concurrent returns from together
 *       exceeding the purchase: {@link #recordReturn} stores a <em>new</em> return only if the
 *       number of returns stored against {@link Return#purchase()} equals
 *       {@code expectedEarlierReturns}; otherwise it throws {@link ConcurrentUpdateException}
 *       (kind {@code "purchase"}, id the purchase reference, expected and stored counts) and
 *       writes nothing. The idempotency check comes first: repeating a stored return returns it
 *       whatever the count. The adapter does not check quantities or amounts: the service does,
 *       with {@link ReturnableBalance}, before calling.</li>
 *   <li><b>Order:</b> "time order" is ascending by {@code at}, ties broken by reference
 *       ({@link OrderReference#compareTo}); "newest first" is the exact reverse. Periods are
 *       half-open, {@code [from, to)}.</li>
 *   <li><b>Streams</b> are lazy: an adapter must not load all matches in memory (a period may
 *       hold millions of purchases); the caller closes the stream. Lists are small (the returns
 *       of one purchase).</li>
 *   <li><b>Lookups</b> return what the last committed write stored; nothing returns
 *       {@code null}.</li>
 *   <li><b>Atomicity:</b> inside the provider's transaction boundary, writes commit or roll back
 *       with the transaction.</li>
 * </ul>
 */
public interface PurchaseRepository {

  /**
   * Records a purchase idempotently by its order reference.
   *
   * @param purchase the purchase
   * @return the stored purchase and whether this call stored it
   * @throws OrderReferenceConflictException if the reference is stored with other content
   */
  RecordOutcome<Purchase> record(Purchase purchase);

  /**
   * Records a return idempotently by its reference, if the count of earlier returns against the
   * same purchase is as expected.
   *
   * @param ret the return
   * @param expectedEarlierReturns how many returns the caller saw stored against the purchase
   * @return the stored return and whether this call stored it
   * @throws OrderReferenceConflictException if the reference is stored with other content
   * @throws ConcurrentUpdateException if another return against the purchase was stored meanwhile
   */
  RecordOutcome<Return> recordReturn(Return ret, int expectedEarlierReturns);

  /**
   * Finds a purchase by its order reference.
   *
   * @param reference the reference
   * @return the purchase, or empty
   */
  Optional<Purchase> findPurchase(OrderReference reference);

  /**
   * Finds a return by its reference.
   *
   * @param reference the return's reference
   * @return the return, or empty
   */
  Optional<Return> findReturn(OrderReference reference);

  /**
   * Returns every return recorded against a purchase.
   *
   * @param purchase the purchase's reference
   * @return the returns, in the order they were recorded
   */
  List<Return> returnsAgainst(OrderReference purchase);

  /**
   * Streams all purchases of a customer in time order.
   *
   * @param customer the customer
   * @return a lazy stream the caller must close
   */
  Stream<Purchase> purchasesOf(CustomerId customer);

  /**
   * Streams all returns of a customer in time order.
   *
   * @param customer the customer
   * @return a lazy stream the caller must close
   */
  Stream<Return> returnsOf(CustomerId customer);

  /**
   * Streams all purchases made in a period, of every customer, in time order.
   *
   * @param from the first moment included
   * @param to the first moment excluded
   * @return a lazy stream the caller must close
   */
  Stream<Purchase> purchasesBetween(Instant from, Instant to);

  /**
   * Streams all returns made in a period, of every customer, in time order.
   *
   * @param from the first moment included
   * @param to the first moment excluded
   * @return a lazy stream the caller must close
   */
  Stream<Return> returnsBetween(Instant from, Instant to);

  /**
   * Finds a customer's first purchase (of any kind): the first in time order.
   *
   * @param customer the customer
   * @return the first purchase, or empty if the customer has none
   */
  Optional<Purchase> firstPurchase(CustomerId customer);

  /**
   * Streams the first purchases that fall in a period: for every customer whose
   * {@link #firstPurchase} lies in {@code [from, to)}, that purchase, in time order. The reminder
   * rules use it to thank new buyers without reading every customer.
   *
   * @param from the first moment included
   * @param to the first moment excluded
   * @return a lazy stream the caller must close
   */
  Stream<Purchase> firstPurchasesBetween(Instant from, Instant to);

  /**
   * Streams a customer's purchases made at or before a moment, newest first; the timeline pages
   * through it.
   *
   * @param customer the customer
   * @param atOrBefore the latest moment included
   * @return a lazy stream the caller must close
   */
  Stream<Purchase> purchasesNewestFirst(CustomerId customer, Instant atOrBefore);

  /**
   * Streams a customer's returns made at or before a moment, newest first.
   *
   * @param customer the customer
   * @param atOrBefore the latest moment included
   * @return a lazy stream the caller must close
   */
  Stream<Return> returnsNewestFirst(CustomerId customer, Instant atOrBefore);
}
