package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.customer.Invalid.assertInvalid;
import static org.mehrcrm.customer.TestCustomers.ALI_ID;
import static org.mehrcrm.customer.TestCustomers.ALI_MAIL;
import static org.mehrcrm.customer.TestCustomers.ALI_MOBILE;
import static org.mehrcrm.customer.TestCustomers.SARA_ID;
import static org.mehrcrm.customer.TestCustomers.SCHEMA;
import static org.mehrcrm.customer.TestCustomers.aliRegistration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;
import org.mehrcrm.kernel.UnitOfWork;
import org.mehrcrm.testing.FakeCustomers;
import org.mehrcrm.testing.FakeOutbox;

class CustomerServiceTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static final Actor SALES = Actor.of("agent-7", "sales");
  private static final Actor AUDITOR = Actor.of("audit-1", "auditor");

  private final FakeCustomers repository = new FakeCustomers();
  private final FakeOutbox outbox = new FakeOutbox();
  private final List<DomainEvent> delivered = new ArrayList<>();
  private final CustomerService customers = new CustomerService(repository,
      new UnitOfWork(outbox::inTransaction, outbox, delivered::add),
      RoleBasedAccessPolicy.builder()
          .grant("sales", "customer:read", "customer:register", "customer:update")
          .grant("manager", "customer:*")
          .grant("auditor", "customer:read")
          .build(),
      Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.timeOrdered(Clock.fixed(NOW, ZoneOffset.UTC), new Random(1)),
      SCHEMA);

  @Test
  void registerStoresTheCustomerAtVersionOneAndDeliversItsEvents() {
    Customer saved = customers.register(SALES, aliRegistration().contact(ALI_MAIL).build());

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.pendingEvents()).isEmpty();
    assertThat(saved.registeredAt()).isEqualTo(NOW);
    assertThat(saved.lifecycleHistory().get(0).actorId()).isEqualTo("agent-7");
    assertThat(repository.findById(ALI_ID)).contains(saved);
    assertThat(delivered).containsExactly(
        new CustomerEvent.Registered(ALI_ID, PartyKind.PERSON, LifecycleStage.PROSPECT, NOW));
  }

  @Test
  void registerMintsATimeOrderedIdWhenTheHostGivesNone() {
    Customer saved = customers.register(SALES, CustomerRegistration.person(PersonName.of("Sara", "Ahmadi")).build());

    assertThat(saved.id().value()).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
  }

  @Test
  void registerWithoutPermissionIsDeniedAndChangesNothing() {
    assertThatThrownBy(() -> customers.register(AUDITOR, aliRegistration().build()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("actor audit-1: may not customer:register");

    assertThat(repository.saves()).isZero();
    assertThat(delivered).isEmpty();
  }

  @Test
  void registerRefusesATakenHostId() {
    customers.register(SALES, aliRegistration().build());

    assertInvalid(() -> customers.register(SALES, aliRegistration().build()), "customerId",
        "must not be taken (C-1 exists)");
  }

  @Test
  void registerRefusesAnEmailAnotherCustomerHasVerified() {
    customers.register(SALES, aliRegistration().verifiedContact(ALI_MAIL).build());

    assertThatThrownBy(() -> customers.register(SALES, CustomerRegistration.person(PersonName.of("Sara", "Ahmadi"))
        .id(SARA_ID).contact(EmailAddress.of("Ali.Rezaei@example.com")).build()))
        .isInstanceOf(DuplicateCustomerException.class)
        .hasMessage("email: already held by customer C-1")
        .extracting("field", "existing")
        .containsExactly("email", ALI_ID);
    assertThat(repository.findById(SARA_ID)).isEmpty();
  }

  @Test
  void anUnverifiedSharedAddressIsAllowed() {
    customers.register(SALES, aliRegistration().contact(ALI_MAIL).build());

    Customer sara = customers.register(SALES, CustomerRegistration.person(PersonName.of("Sara", "Rezaei"))
        .id(SARA_ID).contact(ALI_MAIL).build());

    assertThat(customers.findByContact(SALES, ALI_MAIL)).extracting(Customer::id).containsExactly(ALI_ID, SARA_ID);
    assertThat(sara.primary(ContactKind.EMAIL)).isPresent();
  }

  @Test
  void registerRefusesAHostReferenceAnotherCustomerHolds() {
    customers.register(SALES, aliRegistration().externalRef(ExternalRef.of("sap", "104711")).build());

    assertThatThrownBy(() -> customers.register(SALES, CustomerRegistration.person(PersonName.of("Sara", "Ahmadi"))
        .id(SARA_ID).externalRef(ExternalRef.of("sap", "104711")).build()))
        .isInstanceOf(DuplicateCustomerException.class)
        .hasMessage("externalRef: already held by customer C-1");
  }

  @Test
  void contactPersonsMustBeRegisteredPersons() {
    customers.register(SALES, aliRegistration().build());
    Customer pars = customers.register(SALES, CustomerRegistration
        .organisation(Organisation.of("Pars Steel Co.", null)).id(CustomerId.of("ORG-1")).build());

    assertInvalid(() -> customers.addContactPerson(SALES, pars.id(), new ContactPerson(CustomerId.of("P-404"), "buyer")),
        "contactPerson", "must be a registered customer (P-404 is not)");
    assertInvalid(() -> customers.register(SALES, CustomerRegistration.organisation(new Organisation("Holding", null,
        List.of(new ContactPerson(pars.id(), "parent")))).id(CustomerId.of("ORG-2")).build()),
        "contactPerson", "must be a person (ORG-1 is an organisation)");
    Customer withBuyer = customers.addContactPerson(SALES, pars.id(), new ContactPerson(ALI_ID, "buyer"));
    assertThat(((Organisation) withBuyer.party()).contactPersons()).containsExactly(new ContactPerson(ALI_ID, "buyer"));
  }

  @Test
  void changingAMissingCustomerIsNotFound() {
    assertThatThrownBy(() -> customers.tag(SALES, CustomerId.of("C-404"), Tag.of("vip")))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("customer C-404: not found");
    assertThatThrownBy(() -> customers.get(SALES, CustomerId.of("C-404")))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("customer C-404: not found");
    assertThat(customers.find(SALES, CustomerId.of("C-404"))).isEmpty();
  }

  @Test
  void commandsAreDatedByTheServiceClockAndSignedByTheActor() {
    customers.register(SALES, aliRegistration().build());
    Actor manager = Actor.of("boss-1", "manager");

    Customer active = customers.moveTo(manager, ALI_ID, LifecycleStage.ACTIVE, null, "first order");

    assertThat(active.version()).isEqualTo(2);
    assertThat(active.lifecycleHistory()).last().isEqualTo(new LifecycleChange(LifecycleStage.PROSPECT,
        LifecycleStage.ACTIVE, null, "first order", "boss-1", NOW));
    assertThat(delivered).last().isEqualTo(new CustomerEvent.StageChanged(ALI_ID, LifecycleStage.PROSPECT,
        LifecycleStage.ACTIVE, null, NOW));
  }

  @Test
  void eachCommandChecksItsOwnPermission() {
    customers.register(SALES, aliRegistration().build());

    assertThatThrownBy(() -> customers.moveTo(SALES, ALI_ID, LifecycleStage.ACTIVE, null, ""))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("actor agent-7: may not customer:move-stage");
    assertThatThrownBy(() -> customers.assignOwner(SALES, ALI_ID, "agent-7"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("actor agent-7: may not customer:assign");
    assertThatThrownBy(() -> customers.tag(AUDITOR, ALI_ID, Tag.of("vip")))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("actor audit-1: may not customer:update");
    assertThat(customers.get(AUDITOR, ALI_ID).version()).isEqualTo(1);
  }

  @Test
  void aCommandThatChangesNothingSavesNothing() {
    customers.register(SALES, aliRegistration().tag("vip").build());
    int savesBefore = repository.saves();

    Customer same = customers.tag(SALES, ALI_ID, Tag.of("VIP"));

    assertThat(same.version()).isEqualTo(1);
    assertThat(repository.saves()).isEqualTo(savesBefore);
    assertThat(delivered).hasSize(1);
  }

  @Test
  void anUpdateThatLosesARaceIsRetriedOnFreshState() {
    customers.register(SALES, aliRegistration().build());
    repository.loseRaces(2);

    Customer tagged = customers.tag(SALES, ALI_ID, Tag.of("vip"));

    assertThat(tagged.tags()).containsExactly(Tag.of("vip"));
    assertThat(tagged.version()).isEqualTo(2);
    assertThat(delivered).last().isEqualTo(new CustomerEvent.TagChanged(ALI_ID, Tag.of("vip"), true, NOW));
  }

  @Test
  void anUpdateThatKeepsLosingRacesGivesUpWithTheConflict() {
    customers.register(SALES, aliRegistration().build());
    repository.loseRaces(1_000);

    assertThatThrownBy(() -> customers.tag(SALES, ALI_ID, Tag.of("vip")))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(1_000 - repository.racesLeftToLose()).as("save attempts").isBetween(2, 20);
    assertThat(customers.get(SALES, ALI_ID).tags()).isEmpty();
    assertThat(delivered).hasSize(1);
  }

  @Test
  void addingAnAddressAnotherCustomerHasVerifiedIsRefused() {
    customers.register(SALES, aliRegistration().verifiedContact(ALI_MOBILE).build());
    customers.register(SALES, CustomerRegistration.person(PersonName.of("Sara", "Ahmadi")).id(SARA_ID).build());

    assertThatThrownBy(() -> customers.addContactPoint(SALES, SARA_ID, PhoneNumber.parse("09121234567", "IR")))
        .isInstanceOf(DuplicateCustomerException.class)
        .hasMessage("phone: already held by customer C-1");
  }

  @Test
  void searchReturnsMatchingCustomersInIdOrder() {
    customers.register(SALES, CustomerRegistration.person(PersonName.of("علی", "رضایی")).id(CustomerId.of("C-2"))
        .build());
    customers.register(SALES, CustomerRegistration.person(PersonName.of("Sara", "Ahmadi")).id(CustomerId.of("C-3"))
        .build());
    customers.register(SALES, CustomerRegistration.person(PersonName.of("علي", "رضائي")).id(CustomerId.of("C-1"))
        .build());

    Page<Customer> page = customers.search(AUDITOR, CustomerQuery.all().withNamePrefix("علی"), PageRequest.first(10));

    assertThat(page.items()).extracting(c -> c.id().value()).containsExactly("C-1", "C-2");
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void setAttributeValidatesAgainstTheSchema() {
    customers.register(SALES, aliRegistration().build());

    assertInvalid(() -> customers.setAttribute(SALES, ALI_ID, "credit-limit", "lots"), "attributes.credit-limit",
        "must be a decimal");
    assertThat(customers.setAttribute(SALES, ALI_ID, "credit-limit", "10.50").attributes())
        .containsEntry("credit-limit", "10.5");
  }
}
