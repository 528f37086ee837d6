package org.mehrcrm.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.mehrcrm.customer.ContactAddress;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerQuery;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.customer.CustomerSnapshot;
import org.mehrcrm.customer.ExternalRef;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;

/** A map-backed customer repository: versions checked, no uniqueness rules; can lose races on purpose. */
public final class FakeCustomers implements CustomerRepository {
  private final Map<CustomerId, CustomerSnapshot> rows = new TreeMap<>();
  private int saves;
  private int racesToLose;

  /** Returns how many saves succeeded. */
  public int saves() {
    return saves;
  }

  /** Makes the next {@code n} saves fail as if another writer had saved first. */
  public void loseRaces(int n) {
    racesToLose = n;
  }

  /** Returns how many of the races to lose are left. */
  public int racesLeftToLose() {
    return racesToLose;
  }

  @Override
  public Optional<Customer> findById(CustomerId id) {
    return Optional.ofNullable(rows.get(id)).map(Customer::restore);
  }

  @Override
  public List<Customer> findByContact(ContactAddress address) {
    return all().filter(c -> c.contactPoint(address).isPresent()).toList();
  }

  @Override
  public Optional<Customer> findByExternalRef(ExternalRef ref) {
    return all().filter(c -> c.externalRefs().contains(ref)).findFirst();
  }

  @Override
  public Page<Customer> search(CustomerQuery query, PageRequest page) {
    List<Customer> fetched = stream(query)
        .filter(c -> page.after() == null || c.id().value().compareTo(page.after()) > 0)
        .limit(page.size() + 1L).toList();
    return Page.of(fetched, page, c -> c.id().value());
  }

  @Override
  public Stream<Customer> stream(CustomerQuery query) {
    return all().filter(query::matches);
  }

  @Override
  public long count(CustomerQuery query) {
    return stream(query).count();
  }

  @Override
  public Customer save(Customer customer) {
    long stored = rows.containsKey(customer.id()) ? rows.get(customer.id()).version() : 0;
    if (racesToLose > 0) {
      racesToLose--;
      throw new ConcurrentUpdateException("customer", customer.id().value(), customer.version(), stored + 1);
    }
    if (customer.version() != stored) {
      throw new ConcurrentUpdateException("customer", customer.id().value(), customer.version(), stored);
    }
    saves++;
    CustomerSnapshot next = customer.snapshot().withVersion(stored + 1);
    rows.put(customer.id(), next);
    return Customer.restore(next);
  }

  private Stream<Customer> all() {
    return List.copyOf(rows.values()).stream().map(Customer::restore);
  }
}
