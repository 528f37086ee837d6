package org.mehrcrm.spi.memory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.ContactAddress;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerQuery;
import org.mehrcrm.customer.ExternalRef;

/**
 * The customers as one thread sees them: the committed table, overlaid with the writes of the
 * thread's open unit of work if it has one.
 *
 * <p>Example: {@code new View(table, tx.customers()).holdersOf(email)}. Answers are in id order.
 * Lookups run inside the store's consistent read ({@code MemoryStore.read}), which repeats them if
 * a commit overlapped; staged writes are merged in and re-checked against the customers.
 */
final class View {
  private final CustomerTable table;
  private final @Nullable NavigableMap<CustomerId, TransactionContext.Staged> staged;

  View(CustomerTable table, @Nullable NavigableMap<CustomerId, TransactionContext.Staged> staged) {
    this.table = table;
    this.staged = staged == null || staged.isEmpty() ? null : staged;
  }

  @Nullable Customer get(CustomerId id) {
    if (staged != null) {
      TransactionContext.Staged s = staged.get(id);
      if (s != null) {
        return s.customer();
      }
    }
    return table.get(id);
  }

  /** Every customer holding an address, verified or not, in id order; under a consistent read. */
  List<Customer> holdersOf(ContactAddress address) {
    List<Customer> committed = table.holdersByContact(address);
    if (staged == null) {
      return committed;
    }
    TreeSet<CustomerId> ids = new TreeSet<>();
    committed.forEach(c -> ids.add(c.id()));
    for (TransactionContext.Staged s : staged.values()) {
      if (s.customer().contactPoint(address).isPresent()) {
        ids.add(s.customer().id());
      }
    }
    List<Customer> holders = new ArrayList<>(ids.size());
    for (CustomerId id : ids) {
      Customer c = get(id);
      if (c != null && c.contactPoint(address).isPresent()) {
        holders.add(c);
      }
    }
    return holders;
  }

  /** Every customer holding a host reference (at most one unless a write is being checked). */
  List<Customer> holdersOf(ExternalRef ref) {
    TreeSet<CustomerId> ids = new TreeSet<>();
    CustomerId committed = table.idByExternalRef(ref);
    if (committed != null) {
      ids.add(committed);
    }
    if (staged != null) {
      for (TransactionContext.Staged s : staged.values()) {
        if (s.customer().externalRefs().contains(ref)) {
          ids.add(s.customer().id());
        }
      }
    }
    List<Customer> holders = new ArrayList<>(ids.size());
    for (CustomerId id : ids) {
      Customer c = get(id);
      if (c != null && c.externalRefs().contains(ref)) {
        holders.add(c);
      }
    }
    return holders;
  }

  /**
   * Returns the customers matching a query after a key, lazily, in id order.
   *
   * @param query the criteria, applied with {@link CustomerQuery#matches}
   * @param after the exclusive lower bound, or {@code null}
   * @return the matches
   */
  Iterator<Customer> matching(CustomerQuery query, @Nullable String after) {
    Iterator<CustomerId> ids = table.candidates(query, after);
    if (staged != null) {
      List<CustomerId> own = new ArrayList<>();
      for (CustomerId id : staged.keySet()) {
        if (after == null || id.value().compareTo(after) > 0) {
          own.add(id);
        }
      }
      ids = new Merged(ids, own.iterator());
    }
    Iterator<CustomerId> source = ids;
    return new Iterator<>() {
      private @Nullable Customer next;

      @Override
      public boolean hasNext() {
        while (next == null && source.hasNext()) {
          Customer c = get(source.next());
          if (c != null && query.matches(c)) {
            next = c;
          }
        }
        return next != null;
      }

      @Override
      public Customer next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Customer c = next;
        next = null;
        return c;
      }
    };
  }

  /** Merges two ascending id sequences into one, without repeats. */
  private static final class Merged implements Iterator<CustomerId> {
    private final Iterator<CustomerId> first;
    private final Iterator<CustomerId> second;
    private @Nullable CustomerId a;
    private @Nullable CustomerId b;

    Merged(Iterator<CustomerId> first, Iterator<CustomerId> second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public boolean hasNext() {
      if (a == null && first.hasNext()) {
        a = first.next();
      }
      if (b == null && second.hasNext()) {
        b = second.next();
      }
      return a != null || b != null;
    }

    @Override
    public CustomerId next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      CustomerId x = a;
      CustomerId y = b;
      if (y == null || (x != null && x.compareTo(y) < 0)) {
        a = null;
        return x;
      }
      if (x != null && x.equals(y)) {
        a = null;
      }
      b = null;
      return y;
    }
  }
}
