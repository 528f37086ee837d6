package org.mehrcrm.customer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;

/**
 * The port where customers are kept; implemented by storage adapters.
 *
 * <p>Example: {@code repository.findById(CustomerId.of("C-1")).map(Customer::displayName)}.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Thread-safety:</b> every method may be called from many threads at once.</li>
 *   <li><b>Save and versions:</b> {@link #save} stores a customer whose {@link Customer#version()}
 *       equals the stored version (0 when none is stored) and returns it restored at version + 1
 *       with no pending events. A stale or future version fails with
 *       {@link ConcurrentUpdateException} and writes nothing. Saving the same instance twice
 *       therefore fails the second time: duplicate saves never overwrite.</li>
 *   <li><b>Uniqueness:</b> {@link #save} fails with {@link DuplicateCustomerException}, writing
 *       nothing, if another customer holds one of the customer's external references, or holds
 *       as <em>verified</em> an e-mail or phone number this customer has verified.</li>
 *   <li><b>Lookups</b> return what the last committed save stored; queries never return
 *       {@code null}. Lists, pages and streams are ordered by {@link CustomerId} ascending
 *       (by {@link String#compareTo}).</li>
 *   <li><b>Search</b> returns exactly the customers {@link CustomerQuery#matches} accepts; paging
 *       is keyset paging after {@link PageRequest#after()}.</li>
 *   <li><b>Streams</b> are lazy: an adapter must not load all matches in memory; the caller
 *       closes the stream.</li>
 *   <li><b>Atomicity:</b> inside the provider's transaction boundary, saves commit or roll back
 *       with the transaction.</li>
 * </ul>
 */
public interface CustomerRepository {

  /**
   * Finds a customer by id.
   *
   * @param id the id
   * @return the customer, or empty
   */
  Optional<Customer> findById(CustomerId id);

  /**
   * Finds every customer holding a contact address, verified or not.
   *
   * @param address the address, compared by {@link ContactAddress#key()}
   * @return the customers, in id order
   */
  List<Customer> findByContact(ContactAddress address);

  /**
   * Finds the customer holding a host reference.
   *
   * @param ref the reference
   * @return the customer, or empty
   */
  Optional<Customer> findByExternalRef(ExternalRef ref);

  /**
   * Returns one page of the customers matching a query.
   *
   * @param query the criteria
   * @param page which page
   * @return the page, in id order
   */
  Page<Customer> search(CustomerQuery query, PageRequest page);

  /**
   * Streams every customer matching a query, lazily, in id order.
   *
   * @param query the criteria
   * @return a stream the caller must close
   */
  Stream<Customer> stream(CustomerQuery query);

  /**
   * Counts the customers matching a query.
   *
   * @param query the criteria
   * @return the count
   */
  long count(CustomerQuery query);

  /**
   * Stores a new or changed customer with an optimistic version check.
   *
   * @param customer the customer, at the version it was read at
   * @return the stored customer at the next version
   * @throws ConcurrentUpdateException if the stored version differs
   * @throws DuplicateCustomerException if a unique key is held by another customer
   */
  Customer save(Customer customer);
}
