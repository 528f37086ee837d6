package org.mehrcrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.customer.AttributeDefinition;
import org.mehrcrm.customer.AttributeSchema;
import org.mehrcrm.customer.AttributeType;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.ChurnReason;
import org.mehrcrm.customer.Consent;
import org.mehrcrm.customer.ConsentStatus;
import org.mehrcrm.customer.ContactPerson;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerEvent;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerQuery;
import org.mehrcrm.customer.CustomerRegistration;
import org.mehrcrm.customer.CustomerService;
import org.mehrcrm.customer.DuplicateCustomerException;
import org.mehrcrm.customer.EmailAddress;
import org.mehrcrm.customer.ExternalRef;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.customer.Organisation;
import org.mehrcrm.customer.PartyKind;
import org.mehrcrm.customer.PersonName;
import org.mehrcrm.customer.PhoneNumber;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.customer.Tag;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;
import org.mehrcrm.spi.memory.InMemoryStorageProvider;

/**
 * The customer service's behaviour through the {@link Crm} entry point on the in-memory provider:
 * each test name states the rule it checks.
 */
class CustomerServiceTest {
  private static final Instant NOW = Instant.parse("2026-03-02T08:30:00Z");
  private static final AttributeSchema SCHEMA = AttributeSchema.of(
      AttributeDefinition.of("credit-limit", AttributeType.DECIMAL, false),
      AttributeDefinition.choice("segment", false, List.of("retail", "wholesale")));
  private static final RoleBasedAccessPolicy POLICY = RoleBasedAccessPolicy.builder()
      .grant("admin", "customer:*")
      .grant("agent", "customer:read", "customer:register", "customer:update")
      .grant("viewer", "customer:read")
      .build();

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final Actor admin = Actor.of("admin-1", "admin");
  private final Actor agent = Actor.of("agent-7", "agent");
  private final Actor viewer = Actor.of("viewer-1", "viewer");
  private final List<DomainEvent> delivered = new CopyOnWriteArrayList<>();
  private final AtomicBoolean listenerFails = new AtomicBoolean();

  private Crm crm = newCrm();
  private CustomerService customers = crm.customers();

  private Crm newCrm() {
    return Crm.builder()
        .clock(clock)
        .storage(new InMemoryStorageProvider())
        .accessPolicy(POLICY)
        .attributeSchema(SCHEMA)
        .idGenerator(IdGenerator.timeOrdered(clock, new Random(17)))
        .eventListener(event -> {
          if (listenerFails.get()) {
            throw new IllegalStateException("listener down");
          }
          delivered.add(event);
        })
        .build();
  }

  private static CustomerRegistration.Builder person(String id, String given, String family) {
    return CustomerRegistration.person(PersonName.of(given, family)).id(CustomerId.of(id));
  }

  private Customer register(CustomerRegistration.Builder registration) {
    return customers.register(admin, registration.build());
  }

  private long count() {
    return crm.storage().customers().count(CustomerQuery.all());
  }

  private List<Class<?>> deliveredTypes() {
    return delivered.stream().map(Object::getClass).collect(Collectors.toList());
  }

  @Nested
  class Registration {

    @Test
    void registersPersonWithLatinNameAsProspectAtVersionOne() {
      Customer ali = customers.register(agent, person("C-1", "Ali", "Rezaei")
          .contact(EmailAddress.of("Ali.Rezaei@Example.com")).build());

      assertThat(ali.version()).isEqualTo(1);
      assertThat(ali.displayName()).isEqualTo("Ali Rezaei");
      assertThat(ali.stage()).isEqualTo(LifecycleStage.PROSPECT);
      assertThat(ali.registeredAt()).isEqualTo(NOW);
      assertThat(ali.lifecycleHistory()).singleElement()
          .satisfies(change -> assertThat(change.actorId()).isEqualTo("agent-7"));
      assertThat(customers.get(agent, CustomerId.of("C-1"))).isEqualTo(ali);
      assertThat(delivered).containsExactly(
          new CustomerEvent.Registered(CustomerId.of("C-1"), PartyKind.PERSON, LifecycleStage.PROSPECT, NOW));
    }

    @Test
    void registersPersonWithPersianNameFoundUnderArabicSpelling() {
      register(person("C-1", "علی", "رضایی").stage(LifecycleStage.ACTIVE));

      Page<Customer> found = customers.search(agent, CustomerQuery.all().withNamePrefix("علي رضا"),
          PageRequest.first(10));

      assertThat(found.items()).extracting(Customer::displayName).containsExactly("علی رضایی");
    }

    @Test
    void registersPersonWithRussianNameFoundByFamilyName() {
      register(person("C-1", "Фёдор", "Достоевский"));

      Page<Customer> found = customers.search(agent, CustomerQuery.all().withNamePrefix("достоевский ф"),
          PageRequest.first(10));

      assertThat(found.items()).extracting(Customer::displayName).containsExactly("Фёдор Достоевский");
    }

    @Test
    void registersOrganisationWithRegisteredPersonAsContact() {
      Customer buyer = register(person("P-1", "Sara", "Ahmadi"));

      Customer org = customers.register(agent, CustomerRegistration.organisation(new Organisation(
          "Hafez Trading Co.", "10101234567", List.of(new ContactPerson(buyer.id(), "buyer"))))
          .id(CustomerId.of("ORG-1")).build());

      assertThat(org.party()).isInstanceOfSatisfying(Organisation.class,
          o -> assertThat(o.contactPersons()).containsExactly(new ContactPerson(CustomerId.of("P-1"), "buyer")));
    }

    @Test
    void refusesContactPersonWhoIsNotRegistered() {
      CustomerRegistration registration = CustomerRegistration.organisation(new Organisation(
          "Hafez Trading Co.", null, List.of(new ContactPerson(CustomerId.of("P-404"), "buyer"))))
          .id(CustomerId.of("ORG-1")).build();

      assertThatThrownBy(() -> customers.register(agent, registration))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("contactPerson: must be a registered customer (P-404 is not)")
          .extracting("field").isEqualTo("contactPerson");
      assertThat(count()).isZero();
      assertThat(delivered).isEmpty();
    }

    @Test
    void refusesOrganisationAsContactPerson() {
      register(CustomerRegistration.organisation(Organisation.of("Supplier Ltd", null)).id(CustomerId.of("ORG-2")));
      Customer org = register(CustomerRegistration.organisation(Organisation.of("Hafez Trading Co.", null))
          .id(CustomerId.of("ORG-1")));

      assertThatThrownBy(() -> customers.addContactPerson(agent, org.id(),
          new ContactPerson(CustomerId.of("ORG-2"), "buyer")))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("contactPerson: must be a person (ORG-2 is an organisation)");
      assertThat(customers.get(agent, org.id())).isEqualTo(org);
    }

    @Test
    void keepsHostSuppliedId() {
      Customer c = register(person("ERP-000417", "Ali", "Rezaei"));

      assertThat(c.id()).isEqualTo(CustomerId.of("ERP-000417"));
    }

    @Test
    void generatesTimeOrderedIdsWhenHostSuppliesNone() {
      Customer first = customers.register(agent, CustomerRegistration.person(PersonName.of("Ali", "Rezaei")).build());
      Customer second = customers.register(agent, CustomerRegistration.person(PersonName.of("Sara", "Ahmadi")).build());

      assertThat(first.id().value()).hasSize(26);
      assertThat(second.id()).isGreaterThan(first.id());
      assertThat(customers.search(agent, CustomerQuery.all(), PageRequest.first(10)).items())
          .containsExactly(first, second);
    }

    @Test
    void refusesHostIdThatIsTaken() {
      Customer first = register(person("ERP-1", "Ali", "Rezaei"));

      assertThatThrownBy(() -> register(person("ERP-1", "Sara", "Ahmadi")))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("customerId: must not be taken (ERP-1 exists)");
      assertThat(customers.get(agent, first.id())).isEqualTo(first);
    }

    @Test
    void storesCustomAttributesInCanonicalFormAgainstTheSchema() {
      Customer c = register(person("C-1", "Ali", "Rezaei").attribute("credit-limit", "1250.50"));

      Customer changed = customers.setAttribute(agent, c.id(), "segment", "wholesale");

      assertThat(changed.attributes()).containsOnly(
          java.util.Map.entry("credit-limit", "1250.5"), java.util.Map.entry("segment", "wholesale"));
      assertThat(customers.removeAttribute(agent, c.id(), "credit-limit").attributes())
          .containsOnlyKeys("segment");
    }

    @Test
    void refusesAttributesThatBreakTheSchema() {
      Customer c = register(person("C-1", "Ali", "Rezaei"));

      assertThatThrownBy(() -> register(person("C-2", "Sara", "Ahmadi").attribute("colour", "red")))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("attributes.colour: must be declared in the attribute schema");
      assertThatThrownBy(() -> customers.setAttribute(agent, c.id(), "credit-limit", "lots"))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("attributes.credit-limit: must be a decimal");
      assertThatThrownBy(() -> customers.setAttribute(agent, c.id(), "segment", "vip"))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("attributes.segment: must be one of [retail, wholesale]");
      assertThat(customers.get(agent, c.id())).isEqualTo(c);
      assertThat(count()).isEqualTo(1);
    }
  }

  @Nested
  class Duplicates {

    @Test
    void refusesSecondCustomerWithSameVerifiedEmail() {
      register(person("C-1", "Ali", "Rezaei").verifiedContact(EmailAddress.of("ali@example.com")));
      delivered.clear();

      assertThatThrownBy(() -> register(person("C-2", "Ali", "Rezaei").verifiedContact(EmailAddress.of("ALI@example.com"))))
          .isInstanceOf(DuplicateCustomerException.class)
          .hasMessage("email: already held by customer C-1")
          .extracting("field", "existing").containsExactly("email", CustomerId.of("C-1"));
      assertThat(count()).isEqualTo(1);
      assertThat(delivered).isEmpty();
    }

    @Test
    void refusesSecondCustomerGivingAnEmailAnotherHasVerified() {
      register(person("C-1", "Ali", "Rezaei").verifiedContact(EmailAddress.of("ali@example.com")));

      assertThatThrownBy(() -> register(person("C-2", "Ali", "Rezaei").contact(EmailAddress.of("ali@example.com"))))
          .isInstanceOf(DuplicateCustomerException.class)
          .hasMessage("email: already held by customer C-1");
    }

    @Test
    void refusesSecondCustomerWithSameVerifiedPhone() {
      register(person("C-1", "Ali", "Rezaei").verifiedContact(PhoneNumber.of("+98 912 123 4567")));

      assertThatThrownBy(() -> register(person("C-2", "Reza", "Karimi")
          .verifiedContact(PhoneNumber.parse("0912 123 4567", "IR"))))
          .isInstanceOf(DuplicateCustomerException.class)
          .hasMessage("phone: already held by customer C-1")
          .extracting("field", "existing").containsExactly("phone", CustomerId.of("C-1"));
      assertThat(count()).isEqualTo(1);
    }

    @Test
    void allowsSameUnverifiedEmailOnSeveralCustomers() {
      EmailAddress family = EmailAddress.of("family@example.com");
      register(person("C-1", "Ali", "Rezaei").contact(family));
      register(person("C-2", "Sara", "Rezaei").contact(family));

      assertThat(customers.findByContact(agent, family)).extracting(c -> c.id().value()).containsExactly("C-1", "C-2");
    }

    @Test
    void refusesVerifyingEmailAnotherCustomerHasVerified() {
      EmailAddress family = EmailAddress.of("family@example.com");
      register(person("C-1", "Ali", "Rezaei").contact(family));
      Customer sara = register(person("C-2", "Sara", "Rezaei").contact(family));
      customers.verifyContactPoint(agent, CustomerId.of("C-1"), family);

      assertThatThrownBy(() -> customers.verifyContactPoint(agent, sara.id(), family))
          .isInstanceOf(DuplicateCustomerException.class)
          .hasMessage("email: already held by customer C-1");
      assertThat(customers.get(agent, sara.id())).isEqualTo(sara);
    }

    @Test
    void refusesAddingPhoneAnotherCustomerHasVerified() {
      PhoneNumber phone = PhoneNumber.of("+98 912 123 4567");
      register(person("C-1", "Ali", "Rezaei").verifiedContact(phone));
      Customer sara = register(person("C-2", "Sara", "Ahmadi"));

      assertThatThrownBy(() -> customers.addContactPoint(agent, sara.id(), phone))
          .isInstanceOf(DuplicateCustomerException.class)
          .hasMessage("phone: already held by customer C-1");
      assertThat(customers.get(agent, sara.id()).contactPoints()).isEmpty();
    }

    @Test
    void refusesExternalRefHeldByAnotherCustomer() {
      register(person("C-1", "Ali", "Rezaei").externalRef(ExternalRef.of("erp", "K-1")));
      Customer sara = register(person("C-2", "Sara", "Ahmadi"));

      assertThatThrownBy(() -> register(person("C-3", "Omid", "Karimi").externalRef(ExternalRef.of("erp", "K-1"))))
          .isInstanceOf(DuplicateCustomerException.class)
          .hasMessage("externalRef: already held by customer C-1");
      assertThatThrownBy(() -> customers.addExternalRef(agent, sara.id(), ExternalRef.of("erp", "K-1")))
          .isInstanceOf(DuplicateCustomerException.class)
          .extracting("field", "existing").containsExactly("externalRef", CustomerId.of("C-1"));
      assertThat(customers.get(agent, sara.id()).externalRefs()).isEmpty();
      assertThat(count()).isEqualTo(2);
    }

    @Test
    void refusesSecondReferenceInTheSameSystem() {
      Customer ali = register(person("C-1", "Ali", "Rezaei").externalRef(ExternalRef.of("erp", "K-1")));

      assertThatThrownBy(() -> customers.addExternalRef(agent, ali.id(), ExternalRef.of("erp", "K-2")))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("externalRef: must be the only reference in system erp");
    }
  }

  @Nested
  class Lifecycle {

    @Test
    void movesProspectToActiveAndRecordsTheChange() {
      Customer c = register(person("C-1", "Ali", "Rezaei"));

      Customer active = customers.moveTo(admin, c.id(), LifecycleStage.ACTIVE, null, "first order");

      assertThat(active.stage()).isEqualTo(LifecycleStage.ACTIVE);
      assertThat(active.version()).isEqualTo(2);
      assertThat(active.lifecycleHistory()).hasSize(2).last()
          .satisfies(change -> {
            assertThat(change.from()).isEqualTo(LifecycleStage.PROSPECT);
            assertThat(change.note()).isEqualTo("first order");
            assertThat(change.actorId()).isEqualTo("admin-1");
          });
      assertThat(delivered).last().isEqualTo(new CustomerEvent.StageChanged(c.id(), LifecycleStage.PROSPECT,
          LifecycleStage.ACTIVE, null, NOW));
    }

    @Test
    void refusesIllegalStageMoveAndChangesNothing() {
      Customer c = register(person("C-1", "Ali", "Rezaei"));

      assertThatThrownBy(() -> customers.moveTo(admin, c.id(), LifecycleStage.LAPSED, null, ""))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("stage: must not move from PROSPECT to LAPSED (allowed: [ACTIVE, LOST])")
          .extracting("field").isEqualTo("stage");
      assertThat(customers.get(agent, c.id())).isEqualTo(c);
    }

    @Test
    void requiresChurnReasonWhenCustomerIsLost() {
      Customer c = register(person("C-1", "Ali", "Rezaei").stage(LifecycleStage.ACTIVE));

      assertThatThrownBy(() -> customers.moveTo(admin, c.id(), LifecycleStage.LOST, null, "left"))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("reason: must be given when a customer is lost");
      Customer lost = customers.moveTo(admin, c.id(), LifecycleStage.LOST, ChurnReason.COMPETITOR, "left");

      assertThat(lost.stage()).isEqualTo(LifecycleStage.LOST);
      assertThat(lost.lifecycleHistory()).last().extracting("reason").isEqualTo(ChurnReason.COMPETITOR);
    }

    @Test
    void refusesChurnReasonWhenCustomerIsNotLost() {
      Customer c = register(person("C-1", "Ali", "Rezaei"));

      assertThatThrownBy(() -> customers.moveTo(admin, c.id(), LifecycleStage.ACTIVE, ChurnReason.PRICE, ""))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("reason: must only be given when a customer is lost");
    }

    @Test
    void winsBackLostCustomer() {
      Customer c = register(person("C-1", "Ali", "Rezaei"));
      customers.moveTo(admin, c.id(), LifecycleStage.LOST, ChurnReason.NO_NEED, "");

      Customer back = customers.moveTo(admin, c.id(), LifecycleStage.WON_BACK, null, "new offer");

      assertThat(back.lifecycleHistory()).extracting(change -> change.to())
          .containsExactly(LifecycleStage.PROSPECT, LifecycleStage.LOST, LifecycleStage.WON_BACK);
    }
  }

  @Nested
  class Profile {

    @Test
    void recordsConsentAndItsWithdrawal() {
      Customer c = register(person("C-1", "Ali", "Rezaei"));

      customers.recordConsent(agent, c.id(), Consent.granted(Channel.EMAIL, Purpose.MARKETING, NOW, "web-form"));
      assertThat(customers.get(agent, c.id()).hasConsent(Channel.EMAIL, Purpose.MARKETING)).isTrue();

      Customer withdrawn = customers.recordConsent(agent, c.id(),
          new Consent(Channel.EMAIL, Purpose.MARKETING, ConsentStatus.WITHDRAWN, NOW.plusSeconds(60), "unsubscribe-link"));

      assertThat(withdrawn.hasConsent(Channel.EMAIL, Purpose.MARKETING)).isFalse();
      assertThat(withdrawn.consents()).hasSize(2);
      assertThat(delivered).filteredOn(CustomerEvent.ConsentRecorded.class::isInstance)
          .extracting("status").containsExactly(ConsentStatus.GRANTED, ConsentStatus.WITHDRAWN);
    }

    @Test
    void refusesWithdrawingConsentThatWasNeverGranted() {
      Customer c = register(person("C-1", "Ali", "Rezaei"));

      assertThatThrownBy(() -> customers.recordConsent(agent, c.id(),
          new Consent(Channel.SMS, Purpose.MARKETING, ConsentStatus.WITHDRAWN, NOW, "call-centre")))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("consent.status: must only withdraw a granted consent");
    }

    @Test
    void refusesConsentDecisionOlderThanTheOneInForce() {
      Customer c = register(person("C-1", "Ali", "Rezaei")
          .consent(Consent.granted(Channel.EMAIL, Purpose.SURVEY, NOW, "web-form")));

      assertThatThrownBy(() -> customers.recordConsent(agent, c.id(),
          new Consent(Channel.EMAIL, Purpose.SURVEY, ConsentStatus.DENIED, NOW.minusSeconds(1), "paper-form")))
          .isInstanceOf(InvalidFieldException.class)
          .hasMessage("consent.at: must not be before the decision in force");
    }

    @Test
    void tagsAndUntagsAndTaggingTwiceChangesNothing() {
      Customer c = register(person("C-1", "Ali", "Rezaei"));

      Customer tagged = customers.tag(agent, c.id(), Tag.of("VIP"));
      Customer again = customers.tag(agent, c.id(), Tag.of("vip"));

      assertThat(tagged.tags()).containsExactly(Tag.of("vip"));
      assertThat(again).isEqualTo(tagged);
      assertThat(again.version()).isEqualTo(2);
      assertThat(customers.search(agent, CustomerQuery.all().withTag(Tag.of("vip")), PageRequest.first(5)).items())
          .containsExactly(tagged);
      assertThat(customers.untag(agent, c.id(), Tag.of("vip")).tags()).isEmpty();
      assertThat(delivered).filteredOn(CustomerEvent.TagChanged.class::isInstance).extracting("added")
          .containsExactly(true, false);
    }

    @Test
    void assignsAndUnassignsTheAccountOwner() {
      Customer c = register(person("C-1", "Ali", "Rezaei"));

      customers.assignOwner(admin, c.id(), "manager-3");
      assertThat(customers.search(agent, CustomerQuery.all().withOwner("manager-3"), PageRequest.first(5)).items())
          .extracting(Customer::id).containsExactly(c.id());

      Customer unassigned = customers.assignOwner(admin, c.id(), null);

      assertThat(unassigned.owner()).isEmpty();
      assertThat(customers.search(agent, CustomerQuery.all().withOwner("manager-3"), PageRequest.first(5)).items())
          .isEmpty();
    }

    @Test
    void marksKeyAccounts() {
      Customer org = register(CustomerRegistration.organisation(Organisation.of("Acme", null)).id(CustomerId.of("ORG-1")));
      register(person("C-1", "Ali", "Rezaei"));

      customers.markKeyAccount(admin, org.id(), true);

      assertThat(customers.search(agent, CustomerQuery.all().withKeyAccount(true), PageRequest.first(5)).items())
          .extracting(Customer::id).containsExactly(org.id());
      assertThat(customers.get(agent, org.id()).isKeyAccount()).isTrue();
    }
  }

  @Nested
  class Lookups {

    @Test
    void findsByContactAndExternalRef() {
      register(person("C-1", "Ali", "Rezaei").contact(PhoneNumber.of("+98 912 123 4567"))
          .externalRef(ExternalRef.of("erp", "K-1")));

      assertThat(customers.findByContact(agent, PhoneNumber.parse("09121234567", "IR")))
          .extracting(c -> c.id().value()).containsExactly("C-1");
      assertThat(customers.findByExternalRef(agent, ExternalRef.parse("erp:K-1"))).map(c -> c.id().value()).contains("C-1");
      assertThat(customers.findByExternalRef(agent, ExternalRef.parse("erp:K-2"))).isEmpty();
    }

    @Test
    void getOfUnknownCustomerThrowsNotFoundAndFindIsEmpty() {
      assertThat(customers.find(agent, CustomerId.of("C-404"))).isEmpty();
      assertThatThrownBy(() -> customers.get(agent, CustomerId.of("C-404")))
          .isInstanceOf(NotFoundException.class)
          .hasMessage("customer C-404: not found");
      assertThatThrownBy(() -> customers.tag(agent, CustomerId.of("C-404"), Tag.of("vip")))
          .isInstanceOf(NotFoundException.class)
          .extracting("kind", "id").containsExactly("customer", "C-404");
    }

    @Test
    void searchPagesThroughMatchesInIdOrder() {
      for (int i = 0; i < 25; i++) {
        register(person(String.format("C-%03d", i), i % 2 == 0 ? "مریم" : "Maria", "Karimi"));
      }

      List<String> ids = new ArrayList<>();
      Page<Customer> page = customers.search(agent, CustomerQuery.all().withNamePrefix("مر"), PageRequest.first(5));
      ids.addAll(page.items().stream().map(c -> c.id().value()).collect(Collectors.toList()));
      int pages = 1;
      while (page.hasNext()) {
        page = customers.search(agent, CustomerQuery.all().withNamePrefix("مر"), page.next());
        ids.addAll(page.items().stream().map(c -> c.id().value()).collect(Collectors.toList()));
        pages++;
      }

      assertThat(pages).isEqualTo(3);
      assertThat(ids).hasSize(13).isSorted().doesNotHaveDuplicates().allMatch(id -> Integer.parseInt(id.substring(2)) % 2 == 0);
    }
  }

  @Nested
  class Access {

    @Test
    void refusesRegistrationWithoutPermissionAndStoresNothing() {
      CustomerRegistration registration = person("C-1", "Ali", "Rezaei").build();

      assertThatThrownBy(() -> customers.register(viewer, registration))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("actor viewer-1: may not customer:register")
          .extracting("actorId", "permission").containsExactly("viewer-1", "customer:register");
      assertThat(count()).isZero();
      assertThat(delivered).isEmpty();
    }

    @Test
    void refusesStageMoveToAgentWithoutMovePermissionAndChangesNothing() {
      Customer c = register(person("C-1", "Ali", "Rezaei"));
      delivered.clear();

      assertThatThrownBy(() -> customers.moveTo(agent, c.id(), LifecycleStage.ACTIVE, null, ""))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("actor agent-7: may not customer:move-stage");
      assertThatThrownBy(() -> customers.assignOwner(agent, c.id(), "agent-7"))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("actor agent-7: may not customer:assign");
      assertThat(customers.get(agent, c.id())).isEqualTo(c);
      assertThat(delivered).isEmpty();
    }

    @Test
    void refusesReadsToActorWithoutRoles() {
      register(person("C-1", "Ali", "Rezaei"));
      Actor stranger = Actor.of("stranger");

      assertThatThrownBy(() -> customers.find(stranger, CustomerId.of("C-1")))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("actor stranger: may not customer:read");
      assertThatThrownBy(() -> customers.search(stranger, CustomerQuery.all(), PageRequest.first(5)))
          .isInstanceOf(AccessDeniedException.class);
      assertThat(customers.find(viewer, CustomerId.of("C-1"))).isPresent();
    }
  }

  @Nested
  class Events {

    @Test
    void deliversEventsAfterCommitInOrder() {
      List<Long> versionsSeenByListener = new CopyOnWriteArrayList<>();
      crm = Crm.builder().clock(clock).storage(new InMemoryStorageProvider()).eventListener(event -> {
        delivered.add(event);
        versionsSeenByListener.add(crm.storage().customers().findById(CustomerId.of(event.aggregateId()))
            .map(Customer::version).orElse(0L));
      }).build();
      customers = crm.customers();

      Customer c = register(person("C-1", "Ali", "Rezaei"));
      customers.tag(admin, c.id(), Tag.of("vip"));
      customers.moveTo(admin, c.id(), LifecycleStage.ACTIVE, null, "");

      assertThat(deliveredTypes()).containsExactly(CustomerEvent.Registered.class,
          CustomerEvent.TagChanged.class, CustomerEvent.StageChanged.class);
      assertThat(versionsSeenByListener).containsExactly(1L, 2L, 3L);
      assertThat(crm.storage().outbox().pending(10)).isEmpty();
    }

    @Test
    void failingListenerDoesNotUndoTheChangeAndEventsAreRedeliveredInOrder() {
      listenerFails.set(true);

      Customer c = register(person("C-1", "Ali", "Rezaei"));
      Customer tagged = customers.tag(admin, c.id(), Tag.of("vip"));

      assertThat(customers.get(agent, c.id())).isEqualTo(tagged);
      assertThat(delivered).isEmpty();
      assertThat(crm.storage().outbox().pending(10)).hasSize(2);

      listenerFails.set(false);
      int redelivered = crm.deliverPendingEvents();

      assertThat(redelivered).isEqualTo(2);
      assertThat(deliveredTypes()).containsExactly(CustomerEvent.Registered.class, CustomerEvent.TagChanged.class);
      assertThat(crm.deliverPendingEvents()).isZero();
    }

    @Test
    void failedCommandLeavesNoPartialStateAndNoEvents() {
      Customer ali = register(person("C-1", "Ali", "Rezaei").verifiedContact(EmailAddress.of("ali@example.com")));
      Customer sara = register(person("C-2", "Sara", "Ahmadi"));
      delivered.clear();

      assertThatThrownBy(() -> customers.addContactPoint(agent, sara.id(), EmailAddress.of("ali@example.com")))
          .isInstanceOf(DuplicateCustomerException.class);
      assertThatThrownBy(() -> customers.moveTo(admin, sara.id(), LifecycleStage.LOST, null, ""))
          .isInstanceOf(InvalidFieldException.class);

      assertThat(customers.get(agent, ali.id())).isEqualTo(ali);
      assertThat(customers.get(agent, sara.id())).isEqualTo(sara);
      assertThat(delivered).isEmpty();
      assertThat(crm.storage().outbox().pending(10)).isEmpty();
    }
  }

  @Nested
  class Concurrency {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() throws InterruptedException {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void appliesConcurrentUpdatesFromSeveralThreadsToOneCustomer() throws Exception {
      Customer c = register(person("C-1", "Ali", "Rezaei"));
      int threads = 4;
      int perThread = 15;
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          for (int i = 0; i < perThread; i++) {
            customers.tag(agent, c.id(), Tag.of("t" + thread + "-" + i));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }

      Customer last = customers.get(agent, c.id());
      assertThat(last.tags()).hasSize(threads * perThread);
      assertThat(last.version()).isEqualTo(1 + threads * perThread);
      assertThat(delivered).filteredOn(CustomerEvent.TagChanged.class::isInstance).hasSize(threads * perThread);
    }
  }
}
