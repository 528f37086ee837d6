package org.mehrcrm.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.mehrcrm.complaint.ComplaintRepository;
import org.mehrcrm.customer.ContactAddress;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerQuery;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.customer.ExternalRef;
import org.mehrcrm.followup.FollowUpRepository;
import org.mehrcrm.interaction.InteractionRepository;
import org.mehrcrm.kernel.EventOutbox;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;
import org.mehrcrm.kernel.Transactions;
import org.mehrcrm.loyalty.LoyaltyAccountRepository;
import org.mehrcrm.loyalty.ProgrammeRepository;
import org.mehrcrm.loyalty.RewardStock;
import org.mehrcrm.purchase.PurchaseRepository;
import org.mehrcrm.satisfaction.SurveyRepository;
import org.mehrcrm.spi.StorageProvider;
import org.mehrcrm.tck.StorageProviderContract;

/**
 * Proves that the TCK catches broken adapters: it runs contract groups against deliberately broken
 * providers with the JUnit Platform test kit and expects the clauses they break to fail.
 *
 * <p>The broken contract subclasses are static nested classes, which the build's test scan skips;
 * only this class runs them.
 */
class BrokenProviderTest {
  private static final String CONTRACT = StorageProviderContract.class.getName();

  @Test
  @DisplayName("a provider that overwrites on stale versions fails the optimistic concurrency clauses")
  void catchesOverwritingStaleVersions() {
    Events tests = run(StaleOverwritingContract.class, "OptimisticConcurrency");

    assertThat(failed(tests)).contains(
        "a save from a stale version fails with ConcurrentUpdateException and never overwrites",
        "a save from a future version fails with ConcurrentUpdateException and writes nothing",
        "saving the same instance twice fails the second time: duplicate saves never overwrite",
        "registering a new customer (version 0) under a stored id fails and keeps the stored one",
        "concurrent saves from the same version on several threads: exactly one wins");
    Events roundTrips = run(StaleOverwritingContract.class, "SaveAndFind");
    assertThat(failed(roundTrips)).as(describe(roundTrips)).isEmpty();
    assertThat(succeeded(roundTrips)).hasSize(5);
  }

  @Test
  @DisplayName("a provider that does not roll back fails the atomic unit of work and outbox clauses")
  void catchesMissingRollback() {
    Events units = run(NonAtomicContract.class, "UnitsOfWork");
    Events outbox = run(NonAtomicContract.class, "Outbox");

    assertThat(failed(units)).contains(
        "if the work throws, no write is committed (repository and outbox) and the exception propagates unchanged",
        "a failed save inside the work rolls back the work's earlier writes when its exception propagates",
        "other threads do not see the unit of work's writes before it commits",
        "a nested call joins the enclosing unit of work: its writes commit only with it",
        "a failure in the enclosing work also rolls back the writes of a nested call that returned",
        "the writes of a nested call that throws are never committed, even if the enclosing work catches",
        "uniqueness holds between writes of the same unit of work");
    assertThat(succeeded(units)).as(describe(units)).contains(
        "if the work returns, its result is returned and all its writes are committed",
        "reads inside the unit of work see its own writes");
    assertThat(failed(outbox)).containsExactly("events recorded in a unit of work that throws are rolled back with it");
  }

  @Test
  @DisplayName("a provider whose pages are not in id order fails the paging clauses")
  void catchesUnorderedPages() {
    Events tests = run(UnorderedPagesContract.class, "Paging");

    assertThat(failed(tests)).contains(
        "pages come in id order (String.compareTo) without duplicates or gaps",
        "ordering is String.compareTo on the id, not numeric and not by insertion",
        "a page holds at most size items; the last page has no next request",
        "filtered pages keep id order and completeness");
    assertThat(succeeded(tests)).as(describe(tests)).contains("count returns how many customers search would return");
  }

  private static Events run(Class<? extends StorageProviderContract> contract, String group) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectNestedClass(List.of(contract.getName()), CONTRACT + "$" + group))
        .execute()
        .testEvents();
  }

  private static List<String> failed(Events tests) {
    return names(tests.failed().stream());
  }

  private static List<String> succeeded(Events tests) {
    return names(tests.succeeded().stream());
  }

  /** Lists the failed tests with their failures, to explain an unexpected result. */
  private static String describe(Events tests) {
    return tests.failed().stream()
        .map(e -> e.getTestDescriptor().getDisplayName() + ": " + e.getPayload(TestExecutionResult.class)
            .flatMap(TestExecutionResult::getThrowable).map(Throwable::toString).orElse("?"))
        .collect(Collectors.joining("\n", "failed tests:\n", ""));
  }

  private static List<String> names(Stream<Event> events) {
    return events.map(e -> e.getTestDescriptor().getDisplayName()).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- broken providers

  /** The TCK against a provider whose saves overwrite whatever version is stored. */
  static class StaleOverwritingContract extends StorageProviderContract {
    @Override
    protected StorageProvider newProvider() {
      InMemoryStorageProvider real = new InMemoryStorageProvider();
      CustomerRepository lastWriterWins = new ForwardingRepository(real.customers()) {
        @Override
        public Customer save(Customer customer) {
          long stored = real.customers().findById(customer.id()).map(Customer::version).orElse(0L);
          return super.save(Customer.restore(customer.snapshot().withVersion(stored)));
        }
      };
      return new Broken(real, lastWriterWins, real.transactions());
    }
  }

  /** The TCK against a provider whose transaction boundary commits every write at once. */
  static class NonAtomicContract extends StorageProviderContract {
    @Override
    protected StorageProvider newProvider() {
      InMemoryStorageProvider real = new InMemoryStorageProvider();
      return new Broken(real, real.customers(), new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }
      });
    }
  }

  /** The TCK against a provider that returns each page's items in reverse order. */
  static class UnorderedPagesContract extends StorageProviderContract {
    @Override
    protected StorageProvider newProvider() {
      InMemoryStorageProvider real = new InMemoryStorageProvider();
      CustomerRepository reversing = new ForwardingRepository(real.customers()) {
        @Override
        public Page<Customer> search(CustomerQuery query, PageRequest page) {
          Page<Customer> ordered = super.search(query, page);
          List<Customer> items = new java.util.ArrayList<>(ordered.items());
          java.util.Collections.reverse(items);
          return new Page<>(items, ordered.nextRequest());
        }
      };
      return new Broken(real, reversing, real.transactions());
    }
  }

  /** A provider assembled from a real outbox and possibly broken parts. */
  private static final class Broken implements StorageProvider {
    private final InMemoryStorageProvider real;
    private final EventOutbox outbox;
    private final CustomerRepository customers;
    private final Transactions transactions;

    Broken(InMemoryStorageProvider real, CustomerRepository customers, Transactions transactions) {
      this.real = real;
      this.outbox = real.outbox();
      this.customers = customers;
      this.transactions = transactions;
    }

    @Override
    public String name() {
      return "broken";
    }

    @Override
    public CustomerRepository customers() {
      return customers;
    }

    @Override
    public InteractionRepository interactions() {
      return real.interactions();
    }

    @Override
    public PurchaseRepository purchases() {
      return real.purchases();
    }

    @Override
    public FollowUpRepository followUps() {
      return real.followUps();
    }

    @Override
    public ProgrammeRepository programmes() {
      return real.programmes();
    }

    @Override
    public LoyaltyAccountRepository loyaltyAccounts() {
      return real.loyaltyAccounts();
    }

    @Override
    public RewardStock rewardStock() {
      return real.rewardStock();
    }

    @Override
    public ComplaintRepository complaints() {
      return real.complaints();
    }

    @Override
    public SurveyRepository surveys() {
      return real.surveys();
    }

    @Override
    public Transactions transactions() {
      return transactions;
    }

    @Override
    public EventOutbox outbox() {
      return outbox;
    }
  }

  /** Forwards every call; subclasses break one. */
  private static class ForwardingRepository implements CustomerRepository {
    private final CustomerRepository delegate;

    ForwardingRepository(CustomerRepository delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
      return delegate.findById(id);
    }

    @Override
    public List<Customer> findByContact(ContactAddress address) {
      return delegate.findByContact(address);
    }

    @Override
    public Optional<Customer> findByExternalRef(ExternalRef ref) {
      return delegate.findByExternalRef(ref);
    }

    @Override
    public Page<Customer> search(CustomerQuery query, PageRequest page) {
      return delegate.search(query, page);
    }

    @Override
    public Stream<Customer> stream(CustomerQuery query) {
      return delegate.stream(query);
    }

    @Override
    public long count(CustomerQuery query) {
      return delegate.count(query);
    }

    @Override
    public Customer save(Customer customer) {
      return delegate.save(customer);
    }
  }
}
