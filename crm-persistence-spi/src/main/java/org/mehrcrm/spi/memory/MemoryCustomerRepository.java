package org.mehrcrm.spi.memory;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.mehrcrm.customer.ContactAddress;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerQuery;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.customer.ExternalRef;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;

/**
 * The in-memory customer repository: lookups through secondary indexes, searches through the most
 * selective one, keyset pages and lazy streams in id order.
 *
 * <p>Example: {@code provider.customers().findByContact(EmailAddress.of("ali@example.com"))}.
 * Thread-safe; inside a unit of work it sees that unit's own writes.
 */
final class MemoryCustomerRepository implements CustomerRepository {
  private final MemoryStore store;
  /** The committed holders of an address, made once so that a lookup allocates no lambda. */
  private final Function<ContactAddress, List<Customer>> committedHolders;

  MemoryCustomerRepository(MemoryStore store) {
    this.store = store;
    this.committedHolders = store.table()::holdersByContact;
  }

  @Override
  public Optional<Customer> findById(CustomerId id) {
    requireNonNull(id, "id");
    if (store.current() == null) {
      // One map read of an immutable customer is consistent by itself: no view, no stamp.
      return Optional.ofNullable(store.table().get(id));
    }
    View view = store.view();
    return Optional.ofNullable(store.read(() -> view.get(id)));
  }

  @Override
  public List<Customer> findByContact(ContactAddress address) {
    requireNonNull(address, "address");
    if (store.current() == null) {
      return List.copyOf(store.read(committedHolders, address));
    }
    View view = store.view();
    return List.copyOf(store.read(() -> view.holdersOf(address)));
  }

  @Override
  public Optional<Customer> findByExternalRef(ExternalRef ref) {
    requireNonNull(ref, "ref");
    View view = store.view();
    return store.read(() -> view.holdersOf(ref)).stream().findFirst();
  }

  @Override
  public Page<Customer> search(CustomerQuery query, PageRequest page) {
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    View view = store.view();
    return store.read(() -> {
      List<Customer> fetched = new ArrayList<>(Math.min(page.size() + 1, 64));
      Iterator<Customer> matches = view.matching(query, page.after());
      while (fetched.size() <= page.size() && matches.hasNext()) {
        fetched.add(matches.next());
      }
      return Page.of(fetched, page, c -> c.id().value());
    });
  }

  @Override
  public Stream<Customer> stream(CustomerQuery query) {
    requireNonNull(query, "query");
    View view = store.view();
    // Lazy: the iterator walks a sorted id index and resolves one customer at a time, as last
    // committed when it gets there. Only choosing the index (and collecting the ids of a narrow
    // name prefix) happens up front, as a validated read.
    Iterator<Customer> lazy = store.read(() -> view.matching(query, null));
    Spliterator<Customer> matches = Spliterators.spliteratorUnknownSize(lazy,
        Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL);
    return StreamSupport.stream(matches, false);
  }

  @Override
  public long count(CustomerQuery query) {
    requireNonNull(query, "query");
    TransactionContext tx = store.current();
    boolean ownWrites = tx != null && !tx.customers().isEmpty();
    View view = store.view();
    return store.read(() -> {
      if (!ownWrites) {
        OptionalLong exact = store.table().exactCount(query);
        if (exact.isPresent()) {
          return exact.getAsLong();
        }
      }
      long n = 0;
      for (Iterator<Customer> matches = view.matching(query, null); matches.hasNext(); matches.next()) {
        n++;
      }
      return n;
    });
  }

  @Override
  public Customer save(Customer customer) {
    return store.save(requireNonNull(customer, "customer"));
  }
}
