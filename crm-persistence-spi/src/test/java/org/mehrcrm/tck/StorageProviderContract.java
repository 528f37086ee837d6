package org.mehrcrm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.Acquisition;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.ChurnReason;
import org.mehrcrm.customer.Consent;
import org.mehrcrm.customer.ContactPerson;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerEvent;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerQuery;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.customer.DuplicateCustomerException;
import org.mehrcrm.customer.EmailAddress;
import org.mehrcrm.customer.ExternalRef;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.customer.PhoneNumber;
import org.mehrcrm.customer.PostalAddress;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.customer.SocialHandle;
import org.mehrcrm.customer.Tag;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.EventOutbox;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;
import org.mehrcrm.kernel.RecordedEvent;
import org.mehrcrm.kernel.Transactions;
import org.mehrcrm.spi.StorageProvider;

/**
 * The compatibility kit every storage adapter must pass: abstract JUnit 5 tests of each clause of
 * the "Specification for implementors" of {@link StorageProvider},
 * {@link CustomerRepository}, {@link Transactions} and {@link EventOutbox}.
 *
 * <p>Extend it with one factory method returning a fresh, empty provider; every test gets its own:
 * <pre>{@code
 * class JdbcStorageProviderTest extends StorageProviderContract {
 *   @Override
 *   protected StorageProvider newProvider() {
 *     return JdbcStorageProvider.create(freshDataSource());
 *   }
 * }
 * }</pre>
 * A provider that implements {@link AutoCloseable} is closed after each test. Each test's
 * {@link DisplayName} restates the clause it checks; the tests are grouped by port in
 * {@link Nested} classes. Concurrency tests wait with time limits, so a provider that blocks a
 * writer behind an open unit of work (row locks) passes as well as one that fails it early.
 *
 * @since 0.1.0
 */
public abstract class StorageProviderContract {
  /** The longest any test waits for another thread. */
  private static final long WAIT_SECONDS = 30;

  private @Nullable StorageProvider provider;
  private @Nullable CustomerFixtures fixtures;
  private @Nullable ExecutorService executor;

  /**
   * Returns a new, empty provider; called once before every test.
   *
   * @return the provider under test
   */
  protected abstract StorageProvider newProvider();

  /**
   * Returns the clock that dates the fixture customers and events; fixed by default.
   *
   * @return the clock
   */
  protected Clock clock() {
    return Clock.fixed(Instant.parse("2026-03-02T08:30:00Z"), ZoneOffset.UTC);
  }

  /**
   * Returns the provider of the running test.
   *
   * @return the provider
   */
  protected final StorageProvider provider() {
    StorageProvider p = provider;
    if (p == null) {
      throw new IllegalStateException("no test is running");
    }
    return p;
  }

  @BeforeEach
  final void openProvider() {
    provider = newProvider();
    fixtures = new CustomerFixtures(clock());
    executor = Executors.newCachedThreadPool();
  }

  @AfterEach
  final void closeProvider() throws Exception {
    ExecutorService pool = executor;
    if (pool != null) {
      pool.shutdownNow();
      pool.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS);
    }
    if (provider instanceof AutoCloseable closeable) {
      closeable.close();
    }
    provider = null;
  }

  // ---------------------------------------------------------------- helpers

  private CustomerRepository customers() {
    return provider().customers();
  }

  private Transactions transactions() {
    return provider().transactions();
  }

  private EventOutbox outbox() {
    return provider().outbox();
  }

  private CustomerFixtures fixtures() {
    CustomerFixtures f = fixtures;
    if (f == null) {
      throw new IllegalStateException("no test is running");
    }
    return f;
  }

  private Instant now() {
    return fixtures().now();
  }

  private Customer save(Customer customer) {
    return customers().save(customer);
  }

  private Customer savePerson(String id, String given, String family) {
    return save(fixtures().newPerson(CustomerId.of(id), given, family));
  }

  private Customer stored(Customer customer) {
    return customers().findById(customer.id()).orElseThrow();
  }

  private List<String> ids(List<Customer> list) {
    return list.stream().map(c -> c.id().value()).collect(Collectors.toList());
  }

  private List<String> searchAll(CustomerQuery query, int pageSize) {
    List<String> all = new ArrayList<>();
    Page<Customer> page = customers().search(query, PageRequest.first(pageSize));
    all.addAll(ids(page.items()));
    while (page.hasNext()) {
      page = customers().search(query, page.next());
      all.addAll(ids(page.items()));
    }
    return all;
  }

  private List<String> search(CustomerQuery query) {
    return searchAll(query, PageRequest.MAX_SIZE);
  }

  private <T> T inOtherThread(Callable<T> task) throws Exception {
    return executor().submit(task).get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private ExecutorService executor() {
    ExecutorService e = executor;
    if (e == null) {
      throw new IllegalStateException("no test is running");
    }
    return e;
  }

  private static List<Long> sequences(List<RecordedEvent> events) {
    return events.stream().map(RecordedEvent::sequence).collect(Collectors.toList());
  }

  private static final class Boom extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Boom() {
      super("boom");
    }
  }

  private enum Outcome { WON, LOST }

  // ================================================================ StorageProvider

  /** The provider's own clauses. */
  @Nested
  @DisplayName("StorageProvider")
  class Provider {

    @Test
    @DisplayName("each method returns the same instance on every call")
    void returnsSameInstances() {
      StorageProvider p = provider();
      assertThat(p.customers()).isSameAs(p.customers());
      assertThat(p.transactions()).isSameAs(p.transactions());
      assertThat(p.outbox()).isSameAs(p.outbox());
    }

    @Test
    @DisplayName("name() is a short, non-blank name")
    void hasName() {
      assertThat(provider().name()).isNotBlank().hasSizeLessThanOrEqualTo(40);
    }
  }

  // ================================================================ save and find

  /** Saving and reading back by id. */
  @Nested
  @DisplayName("CustomerRepository: save and findById")
  class SaveAndFind {

    @Test
    @DisplayName("save stores a new customer (version 0) and returns it at version 1 with no pending events")
    void savesNewCustomerAtVersionOne() {
      Customer fresh = fixtures().newPerson(CustomerId.of("C-1"), "Ali", "Rezaei");
      assertThat(fresh.pendingEvents()).isNotEmpty();

      Customer saved = save(fresh);

      assertThat(saved.version()).isEqualTo(1);
      assertThat(saved.pendingEvents()).isEmpty();
      assertThat(saved.snapshot()).isEqualTo(fresh.snapshot().withVersion(1));
    }

    @Test
    @DisplayName("findById returns what the last committed save stored")
    void findsWhatWasSaved() {
      Customer v1 = savePerson("C-1", "Ali", "Rezaei");
      Customer v2 = save(v1.tag(Tag.of("vip"), now()));

      Customer found = customers().findById(CustomerId.of("C-1")).orElseThrow();

      assertThat(found).isEqualTo(v2);
      assertThat(found.version()).isEqualTo(2);
      assertThat(found.tags()).containsExactly(Tag.of("vip"));
      assertThat(found.pendingEvents()).isEmpty();
    }

    @Test
    @DisplayName("queries never return null: an unknown id is an empty Optional")
    void unknownIdIsEmpty() {
      savePerson("C-1", "Ali", "Rezaei");

      assertThat(customers().findById(CustomerId.of("C-2"))).isEmpty();
      assertThat(customers().findByExternalRef(ExternalRef.of("erp", "nobody"))).isEmpty();
      assertThat(customers().findByContact(EmailAddress.of("nobody@example.com"))).isEmpty();
    }

    @Test
    @DisplayName("each save returns the customer at the next version")
    void eachSaveIncrementsTheVersion() {
      Customer c = savePerson("C-1", "Ali", "Rezaei");
      for (int i = 0; i < 5; i++) {
        c = save(c.tag(Tag.of("t" + i), now()));
      }

      assertThat(c.version()).isEqualTo(6);
      assertThat(stored(c).version()).isEqualTo(6);
    }

    @Test
    @DisplayName("a round trip keeps every part of a customer's state")
    void roundTripKeepsEveryPart() {
      Instant now = now();
      Customer person = save(fixtures().newPerson(CustomerId.of("P-1"), "Maryam", "Karimi"));
      Customer full = fixtures().register(fixtures().organisation("ORG-7", "Hafez Trading Co.")
          .stage(LifecycleStage.ACTIVE)
          .verifiedContact(EmailAddress.of("Sales@Hafez.example"))
          .contact(EmailAddress.of("info@hafez.example"))
          .contact(PhoneNumber.of("+98 912 765 4321"))
          .contact(new PostalAddress("Vali-e Asr Ave. 12", "Tehran", "Tehran", "15119", "IR"))
          .contact(SocialHandle.of("telegram", "@HafezTrading"))
          .prefer(Channel.EMAIL, Channel.PHONE)
          .consent(Consent.granted(Channel.EMAIL, Purpose.MARKETING, now, "trade-fair"))
          .tag("wholesale", "vip")
          .owner("manager-3")
          .keyAccount(true)
          .acquisition(new Acquisition("trade-fair", Money.of("1250.00", "EUR")))
          .attribute("credit-limit", "50000.50")
          .attribute("segment", "wholesale")
          .externalRef(ExternalRef.of("erp", "K-100234")));
      full = full.addContactPerson(new ContactPerson(person.id(), "buyer"), now)
          .moveTo(LifecycleStage.AT_RISK, null, "late payments", CustomerFixtures.ACTOR, now);

      save(full);

      Customer back = customers().findById(CustomerId.of("ORG-7")).orElseThrow();
      assertThat(back.snapshot()).isEqualTo(full.snapshot().withVersion(1));
    }
  }

  // ================================================================ lookups

  /** Lookups by every indexed key. */
  @Nested
  @DisplayName("CustomerRepository: lookups by indexed keys")
  class Lookups {

    @Test
    @DisplayName("findByContact finds by e-mail address, compared by its normalised key")
    void findsByEmail() {
      save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").contact(EmailAddress.of("ali@example.com"))));
      savePerson("C-2", "Sara", "Ahmadi");

      assertThat(ids(customers().findByContact(EmailAddress.of("  Ali@EXAMPLE.com ")))).containsExactly("C-1");
    }

    @Test
    @DisplayName("findByContact finds by phone number, whatever form it was entered in")
    void findsByPhone() {
      save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").contact(PhoneNumber.of("+98 912 123 4567"))));

      assertThat(ids(customers().findByContact(PhoneNumber.parse("0912 123 4567", "IR")))).containsExactly("C-1");
      assertThat(ids(customers().findByContact(PhoneNumber.of("+۹۸۹۱۲۱۲۳۴۵۶۷")))).containsExactly("C-1");
      assertThat(customers().findByContact(PhoneNumber.of("+98 912 123 4568"))).isEmpty();
    }

    @Test
    @DisplayName("findByContact finds by postal address, compared by its folded key")
    void findsByPostalAddress() {
      save(fixtures().register(fixtures().person("C-1", "Anna", "Schmidt")
          .contact(new PostalAddress("Hauptstraße 5", "München", null, "80331", "de"))));

      assertThat(ids(customers().findByContact(new PostalAddress(" hauptstraße 5", "MUNCHEN", "", "80331", "de"))))
          .containsExactly("C-1");
      assertThat(customers().findByContact(new PostalAddress("Hauptstraße 7", "München", null, "80331", "DE"))).isEmpty();
    }

    @Test
    @DisplayName("findByContact finds by social handle, ignoring case and a leading @")
    void findsBySocialHandle() {
      save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").contact(SocialHandle.of("instagram", "@Ali.R"))));

      assertThat(ids(customers().findByContact(SocialHandle.of("instagram", "ali.r")))).containsExactly("C-1");
      assertThat(customers().findByContact(SocialHandle.of("telegram", "ali.r"))).isEmpty();
    }

    @Test
    @DisplayName("findByContact returns every holder, verified or not, in id order")
    void findsEveryHolderInIdOrder() {
      EmailAddress shared = EmailAddress.of("family@example.com");
      save(fixtures().register(fixtures().person("C-3", "Reza", "Karimi").contact(shared)));
      save(fixtures().register(fixtures().person("C-1", "Zahra", "Karimi").verifiedContact(shared)));
      save(fixtures().register(fixtures().person("C-2", "Omid", "Karimi").contact(shared)));
      savePerson("C-4", "Sara", "Ahmadi");

      assertThat(ids(customers().findByContact(shared))).containsExactly("C-1", "C-2", "C-3");
    }

    @Test
    @DisplayName("findByContact returns each holder as last saved, also after a shared address is left to one holder")
    void returnsHoldersAsLastSaved() {
      EmailAddress shared = EmailAddress.of("family@example.com");
      Customer reza = save(fixtures().register(fixtures().person("C-1", "Reza", "Karimi").contact(shared)));
      Customer omid = save(fixtures().register(fixtures().person("C-2", "Omid", "Karimi").contact(shared)));

      Customer tagged = save(reza.tag(Tag.of("vip"), now()));
      assertThat(customers().findByContact(shared)).containsExactly(tagged, omid);

      save(omid.removeContactPoint(shared, now()));
      Customer retagged = save(tagged.tag(Tag.of("family"), now()));
      assertThat(customers().findByContact(shared)).containsExactly(retagged);
    }

    @Test
    @DisplayName("findByContact returns what the last save stored: a removed address is no longer found")
    void followsRemovedAndAddedAddresses() {
      EmailAddress old = EmailAddress.of("old@example.com");
      EmailAddress fresh = EmailAddress.of("new@example.com");
      Customer c = save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").contact(old)));

      save(c.addContactPoint(fresh, now()).removeContactPoint(old, now()));

      assertThat(customers().findByContact(old)).isEmpty();
      assertThat(ids(customers().findByContact(fresh))).containsExactly("C-1");
    }

    @Test
    @DisplayName("findByExternalRef finds the customer holding a host reference")
    void findsByExternalRef() {
      save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").externalRef(ExternalRef.of("erp", "K-1"))));
      Customer other = save(fixtures().newPerson(CustomerId.of("C-2"), "Sara", "Ahmadi"));
      save(other.addExternalRef(ExternalRef.of("shop", "K-1"), now()));

      assertThat(customers().findByExternalRef(ExternalRef.of("erp", "K-1")).map(c -> c.id().value())).contains("C-1");
      assertThat(customers().findByExternalRef(ExternalRef.of("shop", "K-1")).map(c -> c.id().value())).contains("C-2");
      assertThat(customers().findByExternalRef(ExternalRef.of("erp", "K-2"))).isEmpty();
    }

    @Test
    @DisplayName("search by name prefix matches the start of the given or family name, ignoring case and accents (Latin)")
    void searchesLatinNames() {
      savePerson("C-1", "José", "Álvarez");
      savePerson("C-2", "Josephine", "Baker");
      savePerson("C-3", "Ann", "Joseph");
      savePerson("C-4", "Alvaro", "Mendes");

      assertThat(search(CustomerQuery.all().withNamePrefix("jose"))).containsExactly("C-1", "C-2", "C-3");
      assertThat(search(CustomerQuery.all().withNamePrefix("ÁLV"))).containsExactly("C-1", "C-4");
      assertThat(search(CustomerQuery.all().withNamePrefix("jose alv"))).containsExactly("C-1");
      assertThat(search(CustomerQuery.all().withNamePrefix("alvarez jo"))).containsExactly("C-1");
      assertThat(search(CustomerQuery.all().withNamePrefix("xavier"))).isEmpty();
    }

    @Test
    @DisplayName("search by name prefix folds Arabic ي and ك to Persian ی and ک (Persian names)")
    void searchesPersianNamesAcrossArabicVariants() {
      savePerson("C-1", "علی", "کریمی");     // Persian yeh and keheh
      savePerson("C-2", "علي", "كريمي");     // Arabic yeh and kaf
      savePerson("C-3", "مریم", "رضایی");
      save(fixtures().register(fixtures().organisation("C-4", "شرکت کیان")));

      assertThat(search(CustomerQuery.all().withNamePrefix("علی"))).containsExactly("C-1", "C-2");
      assertThat(search(CustomerQuery.all().withNamePrefix("كريم"))).containsExactly("C-1", "C-2");
      assertThat(search(CustomerQuery.all().withNamePrefix("رضائی"))).containsExactly("C-3"); // hamza folds too
      assertThat(search(CustomerQuery.all().withNamePrefix("رضا"))).containsExactly("C-3");
      assertThat(search(CustomerQuery.all().withNamePrefix("شركت"))).containsExactly("C-4");
    }

    @Test
    @DisplayName("search by name prefix matches Cyrillic names, ё as е")
    void searchesCyrillicNames() {
      savePerson("C-1", "Фёдор", "Достоевский");
      savePerson("C-2", "Фаина", "Раневская");
      savePerson("C-3", "Лев", "Толстой");

      assertThat(search(CustomerQuery.all().withNamePrefix("федор"))).containsExactly("C-1");
      assertThat(search(CustomerQuery.all().withNamePrefix("Ф"))).containsExactly("C-1", "C-2");
      assertThat(search(CustomerQuery.all().withNamePrefix("толстой лев"))).containsExactly("C-3");
    }

    @Test
    @DisplayName("search by name prefix finds organisations by legal name and follows renames")
    void searchesOrganisationsAndFollowsRenames() {
      Customer acme = save(fixtures().register(fixtures().organisation("C-1", "Acme Industries")));
      savePerson("C-2", "Acmed", "Ali");

      assertThat(search(CustomerQuery.all().withNamePrefix("acme"))).containsExactly("C-1", "C-2");

      save(acme.changeParty(org.mehrcrm.customer.Organisation.of("Zenith Industries", null), now()));

      assertThat(search(CustomerQuery.all().withNamePrefix("acme i"))).isEmpty();
      assertThat(search(CustomerQuery.all().withNamePrefix("zenith"))).containsExactly("C-1");
    }

    @Test
    @DisplayName("search by tag finds the customers with the tag, and no longer after it was removed")
    void searchesByTag() {
      Customer a = save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").tag("vip", "donor")));
      save(fixtures().register(fixtures().person("C-2", "Sara", "Ahmadi").tag("donor")));
      savePerson("C-3", "Omid", "Karimi");

      assertThat(search(CustomerQuery.all().withTag(Tag.of("VIP")))).containsExactly("C-1");
      assertThat(search(CustomerQuery.all().withTag(Tag.of("donor")))).containsExactly("C-1", "C-2");
      assertThat(search(CustomerQuery.all().withTag(Tag.of("unknown")))).isEmpty();

      save(a.untag(Tag.of("donor"), now()));

      assertThat(search(CustomerQuery.all().withTag(Tag.of("donor")))).containsExactly("C-2");
    }

    @Test
    @DisplayName("search by stage finds the customers in the stage, following moves")
    void searchesByStage() {
      Customer a = save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").stage(LifecycleStage.ACTIVE)));
      savePerson("C-2", "Sara", "Ahmadi");
      save(fixtures().register(fixtures().person("C-3", "Omid", "Karimi").stage(LifecycleStage.ACTIVE)));

      assertThat(search(CustomerQuery.all().withStage(LifecycleStage.ACTIVE))).containsExactly("C-1", "C-3");
      assertThat(search(CustomerQuery.all().withStage(LifecycleStage.PROSPECT))).containsExactly("C-2");

      save(a.moveTo(LifecycleStage.LOST, ChurnReason.PRICE, "cheaper offer", CustomerFixtures.ACTOR, now()));

      assertThat(search(CustomerQuery.all().withStage(LifecycleStage.ACTIVE))).containsExactly("C-3");
      assertThat(search(CustomerQuery.all().withStage(LifecycleStage.LOST))).containsExactly("C-1");
    }

    @Test
    @DisplayName("search by owner finds the owner's customers, following reassignment")
    void searchesByOwner() {
      Customer a = save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").owner("agent-1")));
      save(fixtures().register(fixtures().person("C-2", "Sara", "Ahmadi").owner("agent-2")));
      savePerson("C-3", "Omid", "Karimi");

      assertThat(search(CustomerQuery.all().withOwner("agent-1"))).containsExactly("C-1");

      save(a.assignOwner("agent-2", now()));

      assertThat(search(CustomerQuery.all().withOwner("agent-1"))).isEmpty();
      assertThat(search(CustomerQuery.all().withOwner("agent-2"))).containsExactly("C-1", "C-2");
    }

    @Test
    @DisplayName("search by key-account flag finds key accounts, or all others")
    void searchesByKeyAccount() {
      Customer a = save(fixtures().register(fixtures().organisation("C-1", "Acme").keyAccount(true)));
      savePerson("C-2", "Sara", "Ahmadi");
      save(fixtures().register(fixtures().organisation("C-3", "Zenith").keyAccount(true)));

      assertThat(search(CustomerQuery.all().withKeyAccount(true))).containsExactly("C-1", "C-3");
      assertThat(search(CustomerQuery.all().withKeyAccount(false))).containsExactly("C-2");

      save(a.markKeyAccount(false, now()));

      assertThat(search(CustomerQuery.all().withKeyAccount(true))).containsExactly("C-3");
      assertThat(search(CustomerQuery.all().withKeyAccount(false))).containsExactly("C-1", "C-2");
    }

    @Test
    @DisplayName("search returns exactly the customers CustomerQuery.matches accepts, for combined criteria")
    void searchAgreesWithMatches() {
      List<Customer> all = saveVariedCustomers(120, new Random(42));
      List<CustomerQuery> queries = List.of(
          CustomerQuery.all(),
          CustomerQuery.all().withNamePrefix("k"),
          CustomerQuery.all().withNamePrefix("کر"),
          CustomerQuery.all().withNamePrefix("ив"),
          CustomerQuery.all().withTag(Tag.of("vip")),
          CustomerQuery.all().withTag(Tag.of("vip")).withStage(LifecycleStage.ACTIVE),
          CustomerQuery.all().withStage(LifecycleStage.AT_RISK).withOwner("agent-1"),
          CustomerQuery.all().withOwner("agent-2").withKeyAccount(true),
          CustomerQuery.all().withKeyAccount(false).withTag(Tag.of("donor")),
          CustomerQuery.all().withNamePrefix("a").withTag(Tag.of("donor")).withStage(LifecycleStage.ACTIVE),
          CustomerQuery.all().withNamePrefix("ali").withKeyAccount(true));

      for (CustomerQuery query : queries) {
        List<String> expected = all.stream().filter(query::matches).map(c -> c.id().value()).sorted()
            .collect(Collectors.toList());
        assertThat(searchAll(query, 7)).as("search %s", query).isEqualTo(expected);
        assertThat(customers().count(query)).as("count %s", query).isEqualTo(expected.size());
      }
    }
  }

  /** Saves customers with varied names (three scripts), tags, stages, owners and key-account flags. */
  private List<Customer> saveVariedCustomers(int count, Random random) {
    String[] given = {"Ali", "Karim", "Anna", "علی", "کریم", "مریم", "Иван", "Ирина", "Alina", "Kasra"};
    String[] family = {"Rezaei", "Karimi", "Ivanova", "کرمانی", "احمدی", "Иванов", "Ahmadi", "Klein"};
    String[] tags = {"vip", "donor", "newsletter"};
    List<Customer> saved = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      var reg = fixtures().person(CustomerFixtures.id("V", random.nextInt(1_000_000)).value() + "-" + i,
          given[random.nextInt(given.length)], family[random.nextInt(family.length)]);
      for (String t : tags) {
        if (random.nextInt(3) == 0) {
          reg.tag(t);
        }
      }
      if (random.nextBoolean()) {
        reg.owner("agent-" + random.nextInt(3));
      }
      reg.keyAccount(random.nextInt(4) == 0);
      reg.stage(random.nextBoolean() ? LifecycleStage.ACTIVE : LifecycleStage.PROSPECT);
      Customer c = fixtures().register(reg);
      if (c.stage() == LifecycleStage.ACTIVE && random.nextBoolean()) {
        c = c.moveTo(LifecycleStage.AT_RISK, null, "", CustomerFixtures.ACTOR, now());
      }
      saved.add(save(c));
    }
    return saved;
  }

  // ================================================================ paging

  /** Keyset paging, ordering and counting. */
  @Nested
  @DisplayName("CustomerRepository: paging, ordering and count")
  class Paging {

    @Test
    @DisplayName("pages come in id order (String.compareTo) without duplicates or gaps")
    void pagesInIdOrderWithoutDuplicatesOrGaps() {
      List<String> idsInserted = new ArrayList<>();
      for (int i = 0; i < 53; i++) {
        idsInserted.add(CustomerFixtures.id("C", i * 7).value());
      }
      Collections.shuffle(idsInserted, new Random(7));
      idsInserted.forEach(id -> savePerson(id, "Given", "Family"));

      List<String> paged = searchAll(CustomerQuery.all(), 10);

      assertThat(paged).isEqualTo(idsInserted.stream().sorted().collect(Collectors.toList()));
    }

    @Test
    @DisplayName("ordering is String.compareTo on the id, not numeric and not by insertion")
    void ordersByStringComparison() {
      for (String id : List.of("b", "C-10", "a", "C-9", "B", "C-1", "ERP-000417", "Z")) {
        savePerson(id, "Given", "Family");
      }

      assertThat(searchAll(CustomerQuery.all(), 3))
          .containsExactly("B", "C-1", "C-10", "C-9", "ERP-000417", "Z", "a", "b");
    }

    @Test
    @DisplayName("keyset paging stays stable when customers are added between pages")
    void stableWhenInsertsHappenBetweenPages() {
      for (int i = 10; i < 40; i += 2) {
        savePerson(CustomerFixtures.id("C", i).value(), "Given", "Family");
      }
      List<String> seen = new ArrayList<>();
      Page<Customer> page = customers().search(CustomerQuery.all(), PageRequest.first(5));
      seen.addAll(ids(page.items()));
      int extra = 0;
      while (page.hasNext()) {
        // one before everything seen, one in the middle of what is still to come
        savePerson(CustomerFixtures.id("C", extra++).value(), "Early", "Bird");
        savePerson(CustomerFixtures.id("C", 1000 + extra).value(), "Late", "Comer");
        page = customers().search(CustomerQuery.all(), page.next());
        seen.addAll(ids(page.items()));
      }

      assertThat(seen).doesNotHaveDuplicates().isSorted();
      assertThat(seen).containsAll(IntStream.iterate(10, i -> i < 40, i -> i + 2)
          .mapToObj(i -> CustomerFixtures.id("C", i).value()).collect(Collectors.toList()));
      assertThat(seen).noneMatch(id -> id.compareTo("C-000010") < 0);
      assertThat(seen).containsAll(IntStream.rangeClosed(1001, 1000 + extra)
          .mapToObj(i -> CustomerFixtures.id("C", i).value()).collect(Collectors.toList()));
    }

    @Test
    @DisplayName("a page holds at most size items; the last page has no next request")
    void lastPageHasNoNext() {
      for (int i = 0; i < 6; i++) {
        savePerson(CustomerFixtures.id("C", i).value(), "Given", "Family");
      }

      Page<Customer> first = customers().search(CustomerQuery.all(), PageRequest.first(3));
      Page<Customer> second = customers().search(CustomerQuery.all(), first.next());

      assertThat(ids(first.items())).containsExactly("C-000000", "C-000001", "C-000002");
      assertThat(first.nextRequest()).isEqualTo(new PageRequest("C-000002", 3));
      assertThat(ids(second.items())).containsExactly("C-000003", "C-000004", "C-000005");
      assertThat(second.hasNext()).isFalse();
      Page<Customer> none = customers().search(CustomerQuery.all().withTag(Tag.of("nobody")), PageRequest.first(3));
      assertThat(none.items()).isEmpty();
      assertThat(none.hasNext()).isFalse();
    }

    @Test
    @DisplayName("filtered pages keep id order and completeness")
    void filteredPagesAreCompleteAndOrdered() {
      List<String> tagged = new ArrayList<>();
      for (int i = 0; i < 90; i++) {
        var reg = fixtures().person(CustomerFixtures.id("C", i).value(), "Given", "Family");
        if (i % 3 == 0) {
          reg.tag("third");
          tagged.add(CustomerFixtures.id("C", i).value());
        }
        save(fixtures().register(reg));
      }

      assertThat(searchAll(CustomerQuery.all().withTag(Tag.of("third")), 4)).isEqualTo(tagged);
    }

    @Test
    @DisplayName("count returns how many customers search would return")
    void countsMatches() {
      assertThat(customers().count(CustomerQuery.all())).isZero();
      for (int i = 0; i < 25; i++) {
        var reg = fixtures().person(CustomerFixtures.id("C", i).value(), i % 2 == 0 ? "Sara" : "Omid", "Ahmadi");
        if (i % 5 == 0) {
          reg.tag("five").stage(LifecycleStage.ACTIVE);
        }
        save(fixtures().register(reg));
      }

      assertThat(customers().count(CustomerQuery.all())).isEqualTo(25);
      assertThat(customers().count(CustomerQuery.all().withTag(Tag.of("five")))).isEqualTo(5);
      assertThat(customers().count(CustomerQuery.all().withStage(LifecycleStage.PROSPECT))).isEqualTo(20);
      assertThat(customers().count(CustomerQuery.all().withNamePrefix("sara"))).isEqualTo(13);
      assertThat(customers().count(CustomerQuery.all().withNamePrefix("sara").withTag(Tag.of("five")))).isEqualTo(3);
      assertThat(customers().count(CustomerQuery.all().withOwner("nobody"))).isZero();
    }
  }

  // ================================================================ optimistic concurrency

  /** Versions: stale and duplicate saves never overwrite. */
  @Nested
  @DisplayName("CustomerRepository: optimistic concurrency")
  class OptimisticConcurrency {

    @Test
    @DisplayName("a save from a stale version fails with ConcurrentUpdateException and never overwrites")
    void staleVersionFails() {
      Customer v1 = savePerson("C-1", "Ali", "Rezaei");
      Customer v2 = save(v1.tag(Tag.of("first"), now()));

      Throwable thrown = catchThrowable(() -> save(v1.tag(Tag.of("second"), now())));

      assertThat(thrown).isInstanceOf(ConcurrentUpdateException.class);
      ConcurrentUpdateException e = (ConcurrentUpdateException) thrown;
      assertThat(e.kind()).isEqualTo("customer");
      assertThat(e.id()).isEqualTo("C-1");
      assertThat(e.expectedVersion()).isEqualTo(1);
      assertThat(e.actualVersion()).isEqualTo(2);
      assertThat(stored(v1)).isEqualTo(v2);
      assertThat(search(CustomerQuery.all().withTag(Tag.of("second")))).isEmpty();
    }

    @Test
    @DisplayName("a save from a future version fails with ConcurrentUpdateException and writes nothing")
    void futureVersionFails() {
      Customer v1 = savePerson("C-1", "Ali", "Rezaei");
      Customer future = Customer.restore(v1.tag(Tag.of("x"), now()).snapshot().withVersion(5));

      assertThatThrownBy(() -> save(future)).isInstanceOf(ConcurrentUpdateException.class)
          .extracting("expectedVersion", "actualVersion").containsExactly(5L, 1L);
      assertThat(stored(v1)).isEqualTo(v1);

      Customer unsavedAtVersionThree = Customer.restore(fixtures().newPerson(CustomerId.of("C-2"), "Sara", "Ahmadi")
          .snapshot().withVersion(3));
      assertThatThrownBy(() -> save(unsavedAtVersionThree)).isInstanceOf(ConcurrentUpdateException.class)
          .extracting("expectedVersion", "actualVersion").containsExactly(3L, 0L);
      assertThat(customers().findById(CustomerId.of("C-2"))).isEmpty();
    }

    @Test
    @DisplayName("saving the same instance twice fails the second time: duplicate saves never overwrite")
    void duplicateSaveFails() {
      Customer v1 = savePerson("C-1", "Ali", "Rezaei");
      Customer change = v1.tag(Tag.of("vip"), now());
      Customer v2 = save(change);

      assertThatThrownBy(() -> save(change)).isInstanceOf(ConcurrentUpdateException.class);
      assertThat(stored(v1)).isEqualTo(v2);
    }

    @Test
    @DisplayName("registering a new customer (version 0) under a stored id fails and keeps the stored one")
    void newCustomerWithTakenIdFails() {
      Customer first = savePerson("C-1", "Ali", "Rezaei");
      Customer impostor = fixtures().newPerson(CustomerId.of("C-1"), "Someone", "Else");

      assertThatThrownBy(() -> save(impostor)).isInstanceOf(ConcurrentUpdateException.class)
          .extracting("expectedVersion", "actualVersion").containsExactly(0L, 1L);
      assertThat(stored(first)).isEqualTo(first);
      assertThat(search(CustomerQuery.all().withNamePrefix("someone"))).isEmpty();
    }

    @Test
    @DisplayName("concurrent saves from the same version on several threads: exactly one wins")
    void concurrentSaversExactlyOneWins() throws Exception {
      int threads = 6;
      Customer current = savePerson("C-1", "Ali", "Rezaei");
      for (int round = 0; round < 15; round++) {
        Customer base = current;
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<Optional<Customer>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          Customer change = base.tag(Tag.of("r" + round + "-t" + t), now());
          results.add(executor().submit(() -> {
            start.await(WAIT_SECONDS, TimeUnit.SECONDS);
            try {
              return Optional.of(save(change));
            } catch (ConcurrentUpdateException e) {
              return Optional.<Customer>empty();
            }
          }));
        }
        List<Customer> winners = new ArrayList<>();
        for (Future<Optional<Customer>> f : results) {
          f.get(WAIT_SECONDS, TimeUnit.SECONDS).ifPresent(winners::add);
        }

        assertThat(winners).as("round %d", round).hasSize(1);
        current = stored(base);
        assertThat(current).isEqualTo(winners.get(0));
        assertThat(current.version()).isEqualTo(base.version() + 1);
      }
    }

    @Test
    @DisplayName("writers that reload and retry on ConcurrentUpdateException lose no update")
    void retryingWritersLoseNoUpdate() throws Exception {
      CustomerId id = savePerson("C-1", "Ali", "Rezaei").id();
      int threads = 4;
      int perThread = 15;
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(executor().submit(() -> {
          for (int i = 0; i < perThread; i++) {
            while (true) {
              Customer c = customers().findById(id).orElseThrow();
              try {
                save(c.tag(Tag.of("t" + thread + "-" + i), now()));
                break;
              } catch (ConcurrentUpdateException retry) {
                Thread.onSpinWait();
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(WAIT_SECONDS, TimeUnit.SECONDS);
      }

      Customer last = customers().findById(id).orElseThrow();
      assertThat(last.tags()).hasSize(threads * perThread);
      assertThat(last.version()).isEqualTo(1 + threads * perThread);
    }
  }

  // ================================================================ uniqueness

  /** Unique keys: host references and verified e-mail addresses and phone numbers. */
  @Nested
  @DisplayName("CustomerRepository: uniqueness")
  class Uniqueness {

    @Test
    @DisplayName("a host reference held by another customer is refused with DuplicateCustomerException naming the holder; nothing is written")
    void externalRefIsUnique() {
      save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").externalRef(ExternalRef.of("erp", "K-1"))));
      Customer other = save(fixtures().newPerson(CustomerId.of("C-2"), "Sara", "Ahmadi"));

      assertThatThrownBy(() -> save(other.addExternalRef(ExternalRef.of("erp", "K-1"), now())))
          .isInstanceOf(DuplicateCustomerException.class)
          .hasMessage("externalRef: already held by customer C-1")
          .extracting("field", "existing").containsExactly("externalRef", CustomerId.of("C-1"));
      assertThat(stored(other)).isEqualTo(other);
      assertThat(customers().findByExternalRef(ExternalRef.of("erp", "K-1")).map(c -> c.id().value())).contains("C-1");

      Customer newcomer = fixtures().register(fixtures().person("C-3", "Omid", "Karimi")
          .externalRef(ExternalRef.of("erp", "K-1")));
      assertThatThrownBy(() -> save(newcomer)).isInstanceOf(DuplicateCustomerException.class);
      assertThat(customers().findById(CustomerId.of("C-3"))).isEmpty();
    }

    @Test
    @DisplayName("a customer saves again with its own host reference and verified addresses")
    void ownKeysAreNoConflict() {
      Customer c = save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei")
          .externalRef(ExternalRef.of("erp", "K-1")).verifiedContact(EmailAddress.of("ali@example.com"))));

      Customer again = save(c.tag(Tag.of("vip"), now()));

      assertThat(again.version()).isEqualTo(2);
    }

    @Test
    @DisplayName("an e-mail address verified by another customer is refused when verified again")
    void verifiedEmailIsUnique() {
      EmailAddress email = EmailAddress.of("ali@example.com");
      save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").verifiedContact(email)));
      Customer other = save(fixtures().register(fixtures().person("C-2", "Ali", "Rezaei").contact(email)));

      assertThatThrownBy(() -> save(other.verifyContactPoint(email, now())))
          .isInstanceOf(DuplicateCustomerException.class)
          .hasMessage("email: already held by customer C-1")
          .extracting("field", "existing").containsExactly("email", CustomerId.of("C-1"));
      assertThat(stored(other)).isEqualTo(other);

      Customer newcomer = fixtures().register(fixtures().person("C-3", "Ali", "Rezaei").verifiedContact(email));
      assertThatThrownBy(() -> save(newcomer)).isInstanceOf(DuplicateCustomerException.class)
          .extracting("field").isEqualTo("email");
      assertThat(customers().findById(CustomerId.of("C-3"))).isEmpty();
    }

    @Test
    @DisplayName("a phone number verified by another customer is refused when verified again")
    void verifiedPhoneIsUnique() {
      PhoneNumber phone = PhoneNumber.of("+98 912 123 4567");
      save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").verifiedContact(phone)));
      Customer newcomer = fixtures().register(fixtures().person("C-2", "Reza", "Ahmadi")
          .verifiedContact(PhoneNumber.parse("09121234567", "IR")));

      assertThatThrownBy(() -> save(newcomer)).isInstanceOf(DuplicateCustomerException.class)
          .hasMessage("phone: already held by customer C-1")
          .extracting("field", "existing").containsExactly("phone", CustomerId.of("C-1"));
      assertThat(customers().findById(CustomerId.of("C-2"))).isEmpty();
    }

    @Test
    @DisplayName("several customers may hold an address unverified, and one of them verified")
    void unverifiedAddressesMayRepeat() {
      EmailAddress shared = EmailAddress.of("family@example.com");
      PostalAddress home = new PostalAddress("Main St 1", "Springfield", null, null, "US");
      save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").contact(shared).verifiedContact(home)));
      save(fixtures().register(fixtures().person("C-2", "Sara", "Rezaei").verifiedContact(shared).verifiedContact(home)));
      save(fixtures().register(fixtures().person("C-3", "Omid", "Rezaei").contact(shared)));

      assertThat(ids(customers().findByContact(shared))).containsExactly("C-1", "C-2", "C-3");
      assertThat(ids(customers().findByContact(home))).containsExactly("C-1", "C-2");
    }

    @Test
    @DisplayName("once the holder removed a verified address, another customer may verify it")
    void removedAddressIsFreeAgain() {
      EmailAddress email = EmailAddress.of("ali@example.com");
      Customer holder = save(fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").verifiedContact(email)));
      Customer other = save(fixtures().register(fixtures().person("C-2", "Ali", "Rezaei").contact(email)));

      save(holder.removeContactPoint(email, now()));
      Customer verified = save(other.verifyContactPoint(email, now()));

      assertThat(verified.contactPoint(email).orElseThrow().verified()).isTrue();
    }

    @Test
    @DisplayName("concurrent registrations with the same host reference: exactly one wins")
    void concurrentDuplicateRegistrationsExactlyOneWins() throws Exception {
      int threads = 6;
      for (int round = 0; round < 10; round++) {
        ExternalRef ref = ExternalRef.of("erp", "K-" + round);
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<Outcome>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          Customer candidate = fixtures().register(fixtures()
              .person("R" + round + "-T" + t, "Ali", "Rezaei").externalRef(ref));
          results.add(executor().submit(() -> {
            start.await(WAIT_SECONDS, TimeUnit.SECONDS);
            try {
              save(candidate);
              return Outcome.WON;
            } catch (DuplicateCustomerException e) {
              return Outcome.LOST;
            }
          }));
        }
        long won = 0;
        for (Future<Outcome> f : results) {
          won += f.get(WAIT_SECONDS, TimeUnit.SECONDS) == Outcome.WON ? 1 : 0;
        }

        assertThat(won).as("round %d", round).isEqualTo(1);
        assertThat(customers().count(CustomerQuery.all())).isEqualTo(round + 1);
      }
    }
  }

  // ================================================================ units of work

  /** The transaction boundary: all or nothing, isolation, nesting. */
  @Nested
  @DisplayName("Transactions: atomic units of work")
  class UnitsOfWork {

    @Test
    @DisplayName("if the work returns, its result is returned and all its writes are committed")
    void commitsWhenWorkReturns() {
      Customer a = fixtures().newPerson(CustomerId.of("C-1"), "Ali", "Rezaei");
      Customer b = fixtures().newPerson(CustomerId.of("C-2"), "Sara", "Ahmadi");

      String result = transactions().inTransaction(() -> {
        save(a);
        save(b);
        outbox().record(a.pendingEvents());
        return "done";
      });

      assertThat(result).isEqualTo("done");
      assertThat(customers().count(CustomerQuery.all())).isEqualTo(2);
      assertThat(outbox().pending(10)).extracting(RecordedEvent::event).containsExactlyElementsOf(a.pendingEvents());
    }

    @Test
    @DisplayName("if the work throws, no write is committed (repository and outbox) and the exception propagates unchanged")
    void failureLeavesNothingBehind() {
      Customer existing = savePerson("C-1", "Ali", "Rezaei");
      Customer fresh = fixtures().register(fixtures().person("C-2", "Sara", "Ahmadi")
          .contact(EmailAddress.of("sara@example.com")).externalRef(ExternalRef.of("erp", "K-2")).tag("vip"));
      Boom boom = new Boom();

      Throwable thrown = catchThrowable(() -> transactions().inTransaction(() -> {
        save(existing.tag(Tag.of("changed"), now()).moveTo(LifecycleStage.ACTIVE, null, "", CustomerFixtures.ACTOR, now()));
        save(fresh);
        outbox().record(fresh.pendingEvents());
        throw boom;
      }));

      assertThat(thrown).isSameAs(boom);
      assertThat(stored(existing)).isEqualTo(existing);
      assertThat(customers().findById(fresh.id())).isEmpty();
      assertThat(customers().findByContact(EmailAddress.of("sara@example.com"))).isEmpty();
      assertThat(customers().findByExternalRef(ExternalRef.of("erp", "K-2"))).isEmpty();
      assertThat(search(CustomerQuery.all().withTag(Tag.of("vip")))).isEmpty();
      assertThat(search(CustomerQuery.all().withTag(Tag.of("changed")))).isEmpty();
      assertThat(search(CustomerQuery.all().withStage(LifecycleStage.ACTIVE))).isEmpty();
      assertThat(customers().count(CustomerQuery.all())).isEqualTo(1);
      assertThat(outbox().pending(10)).isEmpty();
    }

    @Test
    @DisplayName("a failed save inside the work rolls back the work's earlier writes when its exception propagates")
    void failedSaveRollsBackEarlierWrites() {
      Customer v1 = savePerson("C-1", "Ali", "Rezaei");
      save(v1.tag(Tag.of("moved-on"), now()));
      Customer fresh = fixtures().newPerson(CustomerId.of("C-2"), "Sara", "Ahmadi");

      assertThatThrownBy(() -> transactions().inTransaction(() -> {
        save(fresh);
        outbox().record(fresh.pendingEvents());
        return save(v1.tag(Tag.of("stale"), now()));
      })).isInstanceOf(ConcurrentUpdateException.class);

      assertThat(customers().findById(fresh.id())).isEmpty();
      assertThat(outbox().pending(10)).isEmpty();
    }

    @Test
    @DisplayName("reads inside the unit of work see its own writes")
    void ownWritesAreVisibleInside() {
      Customer existing = savePerson("C-1", "Ali", "Rezaei");
      EmailAddress email = EmailAddress.of("sara@example.com");
      Customer fresh = fixtures().register(fixtures().person("C-2", "Sara", "Ahmadi")
          .contact(email).externalRef(ExternalRef.of("erp", "K-2")).tag("vip"));

      transactions().inTransaction(() -> {
        Customer saved = save(fresh);
        Customer moved = save(existing.tag(Tag.of("vip"), now()));

        assertThat(customers().findById(fresh.id())).contains(saved);
        assertThat(customers().findById(existing.id())).contains(moved);
        assertThat(ids(customers().findByContact(email))).containsExactly("C-2");
        assertThat(customers().findByExternalRef(ExternalRef.of("erp", "K-2"))).contains(saved);
        assertThat(search(CustomerQuery.all().withTag(Tag.of("vip")))).containsExactly("C-1", "C-2");
        assertThat(search(CustomerQuery.all().withNamePrefix("sara"))).containsExactly("C-2");
        assertThat(customers().count(CustomerQuery.all())).isEqualTo(2);
        try (Stream<Customer> all = customers().stream(CustomerQuery.all())) {
          assertThat(all.map(c -> c.id().value())).containsExactly("C-1", "C-2");
        }
        Customer again = save(saved.tag(Tag.of("twice"), now()));
        assertThat(again.version()).isEqualTo(2);
        assertThat(customers().findById(fresh.id())).contains(again);
        return null;
      });

      assertThat(customers().findById(fresh.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    @DisplayName("other threads do not see the unit of work's writes before it commits")
    void writesAreInvisibleToOtherThreadsBeforeCommit() throws Exception {
      Customer existing = savePerson("C-1", "Ali", "Rezaei");
      EmailAddress email = EmailAddress.of("sara@example.com");
      Customer fresh = fixtures().register(fixtures().person("C-2", "Sara", "Ahmadi").contact(email).tag("vip"));

      transactions().inTransaction(() -> {
        save(fresh);
        save(existing.tag(Tag.of("vip"), now()));
        outbox().record(fresh.pendingEvents());
        try {
          assertThat(inOtherThread(() -> customers().findById(fresh.id()))).isEmpty();
          assertThat(inOtherThread(() -> customers().findById(existing.id()).orElseThrow())).isEqualTo(existing);
          assertThat(inOtherThread(() -> customers().findByContact(email))).isEmpty();
          assertThat(inOtherThread(() -> search(CustomerQuery.all().withTag(Tag.of("vip"))))).isEmpty();
          assertThat(inOtherThread(() -> customers().count(CustomerQuery.all()))).isEqualTo(1);
          assertThat(inOtherThread(() -> outbox().pending(10))).isEmpty();
        } catch (Exception e) {
          throw new AssertionError(e);
        }
        return null;
      });

      assertThat(customers().findById(fresh.id())).isPresent();
      assertThat(outbox().pending(10)).hasSize(1);
    }

    @Test
    @DisplayName("a nested call joins the enclosing unit of work: its writes commit only with it")
    void nestedCallJoins() throws Exception {
      Customer a = fixtures().newPerson(CustomerId.of("C-1"), "Ali", "Rezaei");
      Customer b = fixtures().newPerson(CustomerId.of("C-2"), "Sara", "Ahmadi");

      transactions().inTransaction(() -> {
        save(a);
        Customer inner = transactions().inTransaction(() -> save(b));
        assertThat(customers().findById(b.id())).contains(inner);
        try {
          assertThat(inOtherThread(() -> customers().findById(b.id()))).isEmpty();
        } catch (Exception e) {
          throw new AssertionError(e);
        }
        return null;
      });

      assertThat(customers().count(CustomerQuery.all())).isEqualTo(2);
    }

    @Test
    @DisplayName("a failure in the enclosing work also rolls back the writes of a nested call that returned")
    void outerFailureRollsBackNestedWrites() {
      Customer a = fixtures().newPerson(CustomerId.of("C-1"), "Ali", "Rezaei");
      Customer b = fixtures().newPerson(CustomerId.of("C-2"), "Sara", "Ahmadi");

      assertThatThrownBy(() -> transactions().inTransaction(() -> {
        save(a);
        transactions().inTransaction(() -> {
          save(b);
          outbox().record(b.pendingEvents());
          return null;
        });
        throw new Boom();
      })).isInstanceOf(Boom.class);

      assertThat(customers().count(CustomerQuery.all())).isZero();
      assertThat(outbox().pending(10)).isEmpty();
    }

    @Test
    @DisplayName("the writes of a nested call that throws are never committed, even if the enclosing work catches")
    void nestedFailureIsNeverCommitted() {
      Customer a = fixtures().newPerson(CustomerId.of("C-1"), "Ali", "Rezaei");
      Customer b = fixtures().newPerson(CustomerId.of("C-2"), "Sara", "Ahmadi");

      try {
        transactions().inTransaction(() -> {
          save(a);
          try {
            transactions().inTransaction(() -> {
              save(b);
              outbox().record(b.pendingEvents());
              throw new Boom();
            });
          } catch (Boom expected) {
            // the enclosing work goes on; a provider may commit the rest or refuse to commit at all
          }
          return null;
        });
      } catch (RuntimeException refusedToCommit) {
        assertThat(customers().findById(a.id())).isEmpty();
      }

      assertThat(customers().findById(b.id())).isEmpty();
      assertThat(outbox().pending(10)).extracting(RecordedEvent::event)
          .doesNotContainAnyElementsOf(b.pendingEvents());
    }

    @Test
    @DisplayName("a unit of work and a concurrent writer of the same customer: exactly one wins, nothing is lost")
    void conflictingCommitExactlyOneWins() throws Exception {
      Customer base = savePerson("C-1", "Ali", "Rezaei");
      CountDownLatch staged = new CountDownLatch(1);
      CountDownLatch attempted = new CountDownLatch(1);
      Future<Outcome> theirs = executor().submit(() -> {
        staged.await(WAIT_SECONDS, TimeUnit.SECONDS);
        try {
          save(base.tag(Tag.of("theirs"), now()));
          return Outcome.WON;
        } catch (ConcurrentUpdateException e) {
          return Outcome.LOST;
        } finally {
          attempted.countDown();
        }
      });

      Outcome mine;
      try {
        transactions().inTransaction(() -> {
          save(base.tag(Tag.of("mine"), now()));
          staged.countDown();
          awaitQuietly(attempted, 2); // a provider with row locks blocks the other writer meanwhile
          return null;
        });
        mine = Outcome.WON;
      } catch (ConcurrentUpdateException e) {
        mine = Outcome.LOST;
      }
      Outcome other = theirs.get(WAIT_SECONDS, TimeUnit.SECONDS);

      assertThat(List.of(mine, other)).containsExactlyInAnyOrder(Outcome.WON, Outcome.LOST);
      Customer last = stored(base);
      assertThat(last.version()).isEqualTo(2);
      assertThat(last.tags()).containsExactly(Tag.of(mine == Outcome.WON ? "mine" : "theirs"));
    }

    @Test
    @DisplayName("uniqueness holds between writes of the same unit of work")
    void uniquenessWithinOneUnitOfWork() {
      ExternalRef ref = ExternalRef.of("erp", "K-1");
      Customer a = fixtures().register(fixtures().person("C-1", "Ali", "Rezaei").externalRef(ref));
      Customer b = fixtures().register(fixtures().person("C-2", "Sara", "Ahmadi").externalRef(ref));

      assertThatThrownBy(() -> transactions().inTransaction(() -> {
        save(a);
        return save(b);
      })).isInstanceOf(DuplicateCustomerException.class).extracting("existing").isEqualTo(CustomerId.of("C-1"));

      assertThat(customers().count(CustomerQuery.all())).isZero();
    }
  }

  private static void awaitQuietly(CountDownLatch latch, long seconds) {
    try {
      latch.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ================================================================ outbox

  /** The event outbox. */
  @Nested
  @DisplayName("EventOutbox")
  class Outbox {

    private List<DomainEvent> tagEvents(String id, int count) {
      List<DomainEvent> events = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        events.add(new CustomerEvent.TagChanged(CustomerId.of(id), Tag.of("t" + i), true, now()));
      }
      return events;
    }

    @Test
    @DisplayName("events recorded with a change become pending when the unit of work commits")
    void eventsCommitWithTheChange() {
      Customer fresh = fixtures().newPerson(CustomerId.of("C-1"), "Ali", "Rezaei");

      transactions().inTransaction(() -> {
        save(fresh);
        outbox().record(fresh.pendingEvents());
        return null;
      });

      List<RecordedEvent> pending = outbox().pending(10);
      assertThat(pending).extracting(RecordedEvent::event).containsExactlyElementsOf(fresh.pendingEvents());
      assertThat(pending.get(0).event()).isInstanceOf(CustomerEvent.Registered.class);
    }

    @Test
    @DisplayName("events recorded in a unit of work that throws are rolled back with it")
    void eventsRollBackWithTheChange() {
      outbox().record(tagEvents("C-0", 1));

      assertThatThrownBy(() -> transactions().inTransaction(() -> {
        outbox().record(tagEvents("C-1", 3));
        throw new Boom();
      })).isInstanceOf(Boom.class);

      assertThat(outbox().pending(10)).extracting(e -> e.event().aggregateId()).containsExactly("C-0");
    }

    @Test
    @DisplayName("sequences are positive and strictly increasing in commit order; pending is oldest first")
    void sequencesIncreaseInCommitOrder() {
      List<DomainEvent> recorded = new ArrayList<>();
      for (int tx = 0; tx < 5; tx++) {
        List<DomainEvent> events = tagEvents("C-" + tx, 3);
        recorded.addAll(events);
        transactions().inTransaction(() -> {
          outbox().record(events.subList(0, 2));
          outbox().record(events.subList(2, 3));
          return null;
        });
      }

      List<RecordedEvent> pending = outbox().pending(100);

      assertThat(pending).extracting(RecordedEvent::event).containsExactlyElementsOf(recorded);
      assertThat(sequences(pending)).allMatch(s -> s > 0).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("pending returns at most limit events, the oldest")
    void pendingHonoursLimit() {
      List<DomainEvent> events = tagEvents("C-1", 7);
      outbox().record(events);

      List<RecordedEvent> first = outbox().pending(3);

      assertThat(first).extracting(RecordedEvent::event).containsExactlyElementsOf(events.subList(0, 3));
      assertThat(outbox().pending(1)).extracting(RecordedEvent::event).containsExactly(events.get(0));
    }

    @Test
    @DisplayName("markDelivered removes an event from pending; it is idempotent and never fails for unknown sequences")
    void markDeliveredIsIdempotent() {
      outbox().record(tagEvents("C-1", 3));
      List<RecordedEvent> pending = outbox().pending(10);
      long first = pending.get(0).sequence();
      long last = pending.get(2).sequence();

      outbox().markDelivered(first);
      outbox().markDelivered(first);
      outbox().markDelivered(last + 1000);

      assertThat(outbox().pending(10)).extracting(RecordedEvent::sequence)
          .containsExactly(pending.get(1).sequence(), last);

      outbox().record(tagEvents("C-2", 1));
      List<RecordedEvent> after = outbox().pending(10);
      assertThat(sequences(after)).isSorted().hasSize(3);
      assertThat(after.get(2).sequence()).isGreaterThan(last);
    }

    @Test
    @DisplayName("recording an empty list records nothing")
    void emptyListRecordsNothing() {
      outbox().record(List.of());
      transactions().inTransaction(() -> {
        outbox().record(List.of());
        return null;
      });

      assertThat(outbox().pending(10)).isEmpty();
    }

    @Test
    @DisplayName("units of work committing on several threads get distinct sequences that follow commit order")
    void concurrentCommitsGetOrderedSequences() throws Exception {
      int threads = 4;
      int perThread = 25;
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String id = "T-" + t;
        done.add(executor().submit(() -> {
          for (int i = 0; i < perThread; i++) {
            List<DomainEvent> pair = List.of(
                new CustomerEvent.TagChanged(CustomerId.of(id), Tag.of("n" + i), true, now()),
                new CustomerEvent.TagChanged(CustomerId.of(id), Tag.of("n" + i), false, now()));
            transactions().inTransaction(() -> {
              outbox().record(pair);
              return null;
            });
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(WAIT_SECONDS, TimeUnit.SECONDS);
      }

      List<RecordedEvent> pending = outbox().pending(1000);
      assertThat(pending).hasSize(threads * perThread * 2);
      assertThat(sequences(pending)).isSorted().doesNotHaveDuplicates();
      for (int i = 0; i < pending.size(); i += 2) {
        CustomerEvent.TagChanged added = (CustomerEvent.TagChanged) pending.get(i).event();
        CustomerEvent.TagChanged removed = (CustomerEvent.TagChanged) pending.get(i + 1).event();
        assertThat(added.added()).isTrue();
        assertThat(removed.customerId()).isEqualTo(added.customerId());
        assertThat(removed.tag()).isEqualTo(added.tag());
      }
      for (int t = 0; t < threads; t++) {
        String id = "T-" + t;
        assertThat(pending.stream().map(RecordedEvent::event).filter(e -> e.aggregateId().equals(id))
            .map(e -> ((CustomerEvent.TagChanged) e).tag().value()).distinct())
            .containsExactlyElementsOf(IntStream.range(0, perThread).mapToObj(i -> "n" + i).collect(Collectors.toList()));
      }
    }
  }

  // ================================================================ streaming

  /** Lazy streams over large result sets. */
  @Nested
  @DisplayName("CustomerRepository: streaming large result sets")
  class Streaming {
    private static final int LARGE = 20_000;

    private List<String> saveMany(int count) {
      List<String> all = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        all.add(CustomerFixtures.id("S", i).value());
      }
      List<String> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, new Random(11));
      for (String id : shuffled) {
        int n = Integer.parseInt(id.substring(2));
        var reg = fixtures().person(id, n % 2 == 0 ? "Even" : "Odd", "Streamer");
        if (n % 10 == 0) {
          reg.tag("tenth");
        }
        save(fixtures().register(reg));
      }
      return all;
    }

    @Test
    @DisplayName("stream returns every match once, in id order, for 20,000 customers")
    void streamsEveryMatchInIdOrder() {
      List<String> all = saveMany(LARGE);

      List<String> streamed;
      try (Stream<Customer> stream = customers().stream(CustomerQuery.all())) {
        streamed = stream.map(c -> c.id().value()).collect(Collectors.toList());
      }
      List<String> tenth;
      try (Stream<Customer> stream = customers().stream(CustomerQuery.all().withTag(Tag.of("tenth")))) {
        tenth = stream.map(c -> c.id().value()).collect(Collectors.toList());
      }

      assertThat(streamed).isEqualTo(all);
      assertThat(tenth).hasSize(LARGE / 10).isSorted()
          .allMatch(id -> Integer.parseInt(id.substring(2)) % 10 == 0);
    }

    @Test
    @DisplayName("a stream can be consumed partially and closed; the caller's close runs and writes go on")
    void partialConsumptionAndClose() {
      saveMany(LARGE);
      AtomicBoolean closed = new AtomicBoolean();

      List<String> firstFive;
      Stream<Customer> stream = customers().stream(CustomerQuery.all().withNamePrefix("odd"));
      try (Stream<Customer> s = stream.onClose(() -> closed.set(true))) {
        Iterator<Customer> it = s.iterator();
        firstFive = new ArrayList<>();
        for (int i = 0; i < 5 && it.hasNext(); i++) {
          firstFive.add(it.next().id().value());
        }
      }

      assertThat(firstFive).containsExactly("S-000001", "S-000003", "S-000005", "S-000007", "S-000009");
      assertThat(closed).isTrue();
      Customer written = savePerson("S-999999", "After", "Close");
      assertThat(stored(written)).isEqualTo(written);
    }

    @Test
    @DisplayName("several streams may be open at once, each in id order")
    void interleavedStreams() {
      List<String> all = saveMany(2_000);

      try (Stream<Customer> s1 = customers().stream(CustomerQuery.all());
           Stream<Customer> s2 = customers().stream(CustomerQuery.all().withNamePrefix("even"))) {
        Iterator<Customer> a = s1.iterator();
        Iterator<Customer> b = s2.iterator();
        List<String> fromA = new ArrayList<>();
        List<String> fromB = new ArrayList<>();
        while (a.hasNext() || b.hasNext()) {
          if (a.hasNext()) {
            fromA.add(a.next().id().value());
          }
          if (b.hasNext()) {
            fromB.add(b.next().id().value());
          }
        }
        assertThat(fromA).isEqualTo(all);
        assertThat(fromB).hasSize(1_000).isSorted();
      }
    }
  }

  // ---------------------------------------------------------------- the other repositories

  /** The interaction repository's contract, on this provider. */
  @Nested
  @DisplayName("InteractionRepository")
  class Interactions extends InteractionRepositoryContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  /** The purchase repository's contract, on this provider. */
  @Nested
  @DisplayName("PurchaseRepository")
  class Purchases extends PurchaseRepositoryContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  /** The follow-up repository's contract, on this provider. */
  @Nested
  @DisplayName("FollowUpRepository")
  class FollowUps extends FollowUpRepositoryContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  /** The loyalty repositories' contract, on this provider. */
  @Nested
  @DisplayName("LoyaltyAccountRepository and ProgrammeRepository")
  class Loyalty extends LoyaltyRepositoryContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }

  /** The complaint and survey repositories' contract, on this provider. */
  @Nested
  @DisplayName("ComplaintRepository and SurveyRepository")
  class Complaints extends ComplaintRepositoryContract {
    @Override
    protected StorageProvider provider() {
      return StorageProviderContract.this.provider();
    }
  }
}
