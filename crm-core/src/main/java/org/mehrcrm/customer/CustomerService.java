package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.Permission;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;
import org.mehrcrm.kernel.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application service for customers: registers, changes and finds them on behalf of an
 * actor.
 *
 * <p>Every call checks the access policy ({@link CustomerPermissions}), validates completely,
 * saves through the repository inside the unit of work together with the events it raises, and
 * delivers those events after commit. A failed call changes nothing. Updates that lose a race
 * against another writer are retried on fresh state (they are re-validated, so retrying is
 * safe). Example:
 * <pre>{@code
 * Customer ali = customers.register(actor, CustomerRegistration.person(PersonName.of("Ali", "Rezaei"))
 *     .contact(EmailAddress.of("ali@example.com")).build());
 * customers.moveTo(actor, ali.id(), LifecycleStage.ACTIVE, null, "first order");
 * }</pre>
 * Usually obtained from the {@code Crm} entry point. Thread-safe.
 */
public final class CustomerService {
  private static final Logger LOG = LoggerFactory.getLogger(CustomerService.class);
  /** Enough that a handful of writers racing on one customer all get through. */
  private static final int MAX_ATTEMPTS = 10;

  private final CustomerRepository repository;
  private final UnitOfWork unitOfWork;
  private final AccessPolicy policy;
  private final Clock clock;
  private final IdGenerator ids;
  private final AttributeSchema schema;

  /**
   * Creates the service.
   *
   * @param repository where customers are kept
   * @param unitOfWork the transaction and event machinery
   * @param policy the access policy
   * @param clock the clock that dates every change
   * @param ids the generator for customer ids the host does not supply
   * @param schema the host's custom attribute declarations
   */
  public CustomerService(CustomerRepository repository, UnitOfWork unitOfWork, AccessPolicy policy,
      Clock clock, IdGenerator ids, AttributeSchema schema) {
    this.repository = requireNonNull(repository, "repository");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
    this.schema = requireNonNull(schema, "schema");
  }

  /**
   * Registers a new customer.
   *
   * @param actor who registers
   * @param registration what is known about the customer
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:register}
   * @throws InvalidFieldException if the registration breaks a rule, the host's id is taken, or a
   *     contact person is not a registered person
   * @throws DuplicateCustomerException if another customer has verified one of the e-mail
   *     addresses or phone numbers, or holds one of the host references
   */
  public Customer register(Actor actor, CustomerRegistration registration) {
    check(actor, CustomerPermissions.REGISTER);
    requireNonNull(registration, "registration");
    CustomerId id = registration.id() != null ? registration.id() : CustomerId.of(ids.nextId());
    Customer customer = Customer.register(id, registration, schema, actor.id(), now());
    if (repository.findById(id).isPresent()) {
      throw new InvalidFieldException("customerId", "must not be taken (" + id + " exists)");
    }
    for (ContactPoint point : customer.contactPoints()) {
      checkNotHeldElsewhere(id, point.address());
    }
    for (ExternalRef ref : customer.externalRefs()) {
      checkRefFree(id, ref);
    }
    if (customer.party() instanceof Organisation org) {
      org.contactPersons().forEach(cp -> checkIsPerson(cp.person()));
    }
    Customer saved = store(customer);
    LOG.debug("registered customer {} ({})", id, customer.party().kind());
    return saved;
  }

  /**
   * Finds a customer by id.
   *
   * @param actor who asks
   * @param id the id
   * @return the customer, or empty
   * @throws AccessDeniedException without {@code customer:read}
   */
  public Optional<Customer> find(Actor actor, CustomerId id) {
    check(actor, CustomerPermissions.READ);
    return repository.findById(requireNonNull(id, "id"));
  }

  /**
   * Returns a customer by id.
   *
   * @param actor who asks
   * @param id the id
   * @return the customer
   * @throws AccessDeniedException without {@code customer:read}
   * @throws NotFoundException if there is no such customer
   */
  public Customer get(Actor actor, CustomerId id) {
    return find(actor, id).orElseThrow(() -> new NotFoundException("customer", id.value()));
  }

  /**
   * Finds every customer with an e-mail address, phone number or other contact address.
   *
   * @param actor who asks
   * @param address the address
   * @return the customers, in id order
   * @throws AccessDeniedException without {@code customer:read}
   */
  public List<Customer> findByContact(Actor actor, ContactAddress address) {
    check(actor, CustomerPermissions.READ);
    return repository.findByContact(requireNonNull(address, "address"));
  }

  /**
   * Finds the customer holding a host reference.
   *
   * @param actor who asks
   * @param ref the reference
   * @return the customer, or empty
   * @throws AccessDeniedException without {@code customer:read}
   */
  public Optional<Customer> findByExternalRef(Actor actor, ExternalRef ref) {
    check(actor, CustomerPermissions.READ);
    return repository.findByExternalRef(requireNonNull(ref, "ref"));
  }

  /**
   * Searches customers by name prefix, tag, stage, owner and key-account flag.
   *
   * @param actor who asks
   * @param query the criteria
   * @param page which page
   * @return one page, in id order
   * @throws AccessDeniedException without {@code customer:read}
   */
  public Page<Customer> search(Actor actor, CustomerQuery query, PageRequest page) {
    check(actor, CustomerPermissions.READ);
    return repository.search(requireNonNull(query, "query"), requireNonNull(page, "page"));
  }

  /**
   * Replaces the person's name or the organisation's details.
   *
   * @param actor who changes
   * @param id the customer
   * @param party the new details, of the same kind
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if there is no such customer
   * @throws InvalidFieldException if the kind would change or a new contact person is not a
   *     registered person
   */
  public Customer changeParty(Actor actor, CustomerId id, Party party) {
    requireNonNull(party, "party");
    if (party instanceof Organisation org) {
      org.contactPersons().forEach(cp -> checkIsPerson(cp.person()));
    }
    return update(actor, CustomerPermissions.UPDATE, id, (c, at) -> c.changeParty(party, at));
  }

  /**
   * Moves a customer to another lifecycle stage.
   *
   * @param actor who moves
   * @param id the customer
   * @param to the new stage
   * @param reason the churn reason, required exactly when moving to {@code LOST}
   * @param note why, may be empty
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:move-stage}
   * @throws NotFoundException if there is no such customer
   * @throws InvalidFieldException if the move is not allowed or the reason is wrong
   */
  public Customer moveTo(Actor actor, CustomerId id, LifecycleStage to, @Nullable ChurnReason reason,
      String note) {
    requireNonNull(to, "to");
    requireNonNull(note, "note");
    return update(actor, CustomerPermissions.MOVE_STAGE, id,
        (c, at) -> c.moveTo(to, reason, note, actor.id(), at));
  }

  /**
   * Adds a contact point.
   *
   * @param actor who changes
   * @param id the customer
   * @param address the address
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if there is no such customer
   * @throws DuplicateCustomerException if another customer has verified this e-mail or phone
   */
  public Customer addContactPoint(Actor actor, CustomerId id, ContactAddress address) {
    requireNonNull(address, "address");
    return update(actor, CustomerPermissions.UPDATE, id, (c, at) -> {
      checkNotHeldElsewhere(id, address);
      return c.addContactPoint(address, at);
    });
  }

  /**
   * Marks a contact point as verified.
   *
   * @param actor who changes
   * @param id the customer
   * @param address the address
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if there is no such customer
   * @throws InvalidFieldException if the customer does not have the address
   * @throws DuplicateCustomerException if another customer has verified it already
   */
  public Customer verifyContactPoint(Actor actor, CustomerId id, ContactAddress address) {
    requireNonNull(address, "address");
    return update(actor, CustomerPermissions.UPDATE, id, (c, at) -> {
      checkNotHeldElsewhere(id, address);
      return c.verifyContactPoint(address, at);
    });
  }

  /**
   * Makes a contact point the primary one of its kind.
   *
   * @param actor who changes
   * @param id the customer
   * @param address the address
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if there is no such customer
   * @throws InvalidFieldException if the customer does not have the address
   */
  public Customer makePrimary(Actor actor, CustomerId id, ContactAddress address) {
    requireNonNull(address, "address");
    return update(actor, CustomerPermissions.UPDATE, id, (c, at) -> c.makePrimary(address, at));
  }

  /**
   * Removes a contact point.
   *
   * @param actor who changes
   * @param id the customer
   * @param address the address
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if there is no such customer
   * @throws InvalidFieldException if the customer does not have the address
   */
  public Customer removeContactPoint(Actor actor, CustomerId id, ContactAddress address) {
    requireNonNull(address, "address");
    return update(actor, CustomerPermissions.UPDATE, id, (c, at) -> c.removeContactPoint(address, at));
  }

  /**
   * Sets the preferred channels, most preferred first.
   *
   * @param actor who changes
   * @param id the customer
   * @param channels the channels
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if there is no such customer
   * @throws InvalidFieldException if a channel repeats
   */
  public Customer preferChannels(Actor actor, CustomerId id, List<Channel> channels) {
    List<Channel> copy = List.copyOf(requireNonNull(channels, "channels"));
    return update(actor, CustomerPermissions.UPDATE, id, (c, at) -> c.preferChannels(copy, at));
  }

  /**
   * Records a consent decision.
   *
   * @param actor who records
   * @param id the customer
   * @param consent the decision
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if there is no such customer
   * @throws InvalidFieldException if the decision is out of order or withdraws nothing
   */
  public Customer recordConsent(Actor actor, CustomerId id, Consent consent) {
    requireNonNull(consent, "consent");
    return update(actor, CustomerPermissions.UPDATE, id, (c, at) -> c.recordConsent(consent));
  }

  /**
   * Sets the customer's time zone, or clears it with {@code null}.
   *
   * @param actor who changes
   * @param id the customer
   * @param zone the zone, or {@code null}
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if there is no such customer
   */
  public Customer changeTimeZone(Actor actor, CustomerId id, @Nullable ZoneId zone) {
    return update(actor, CustomerPermissions.UPDATE, id, (c, at) -> c.changeTimeZone(zone, at));
  }

  /**
   * Adds a tag.
   *
   * @param actor who changes
   * @param id the customer
   * @param tag the tag
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if there is no such customer
   */
  public Customer tag(Actor actor, CustomerId id, Tag tag) {
    requireNonNull(tag, "tag");
    return update(actor, CustomerPermissions.UPDATE, id, (c, at) -> c.tag(tag, at));
  }

  /**
   * Removes a tag.
   *
   * @param actor who changes
   * @param id the customer
   * @param tag the tag
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if there is no such customer
   */
  public Customer untag(Actor actor, CustomerId id, Tag tag) {
    requireNonNull(tag, "tag");
    return update(actor, CustomerPermissions.UPDATE, id, (c, at) -> c.untag(tag, at));
  }

  /**
   * Assigns the account owner, or unassigns with {@code null}.
   *
   * @param actor who assigns
   * @param id the customer
   * @param owner the owner's actor id, or {@code null}
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:assign}
   * @throws NotFoundException if there is no such customer
   */
  public Customer assignOwner(Actor actor, CustomerId id, @Nullable String owner) {
    return update(actor, CustomerPermissions.ASSIGN, id, (c, at) -> c.assignOwner(owner, at));
  }

  /**
   * Sets or clears the key-account flag.
   *
   * @param actor who changes
   * @param id the customer
   * @param keyAccount the flag
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:assign}
   * @throws NotFoundException if there is no such customer
   */
  public Customer markKeyAccount(Actor actor, CustomerId id, boolean keyAccount) {
    return update(actor, CustomerPermissions.ASSIGN, id, (c, at) -> c.markKeyAccount(keyAccount, at));
  }

  /**
   * Sets a custom attribute.
   *
   * @param actor who changes
   * @param id the customer
   * @param name the attribute, declared in the schema
   * @param value the value as text
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if there is no such customer
   * @throws InvalidFieldException if the attribute is undeclared or the value has the wrong type
   */
  public Customer setAttribute(Actor actor, CustomerId id, String name, String value) {
    schema.canonicalise(name, value);
    return update(actor, CustomerPermissions.UPDATE, id, (c, at) -> c.setAttribute(schema, name, value, at));
  }

  /**
   * Removes a custom attribute value.
   *
   * @param actor who changes
   * @param id the customer
   * @param name the attribute
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if there is no such customer
   * @throws InvalidFieldException if the attribute is required
   */
  public Customer removeAttribute(Actor actor, CustomerId id, String name) {
    requireNonNull(name, "name");
    return update(actor, CustomerPermissions.UPDATE, id, (c, at) -> c.removeAttribute(schema, name, at));
  }

  /**
   * Attaches a host reference.
   *
   * @param actor who changes
   * @param id the customer
   * @param ref the reference
   * @return the stored customer
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if there is no such customer
   * @throws InvalidFieldException if the customer has another reference in that system
   * @throws DuplicateCustomerException if another customer holds the reference
   */
  public Customer addExternalRef(Actor actor, CustomerId id, ExternalRef ref) {
    requireNonNull(ref, "ref");
    return update(actor, CustomerPermissions.UPDATE, id, (c, at) -> {
      checkRefFree(id, ref);
      return c.addExternalRef(ref, at);
    });
  }

  /**
   * Adds a contact person to an organisation, or changes the person's role.
   *
   * @param actor who changes
   * @param organisation the organisation
   * @param contact the person (a registered customer of kind person) and role
   * @return the stored organisation
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if the organisation does not exist
   * @throws InvalidFieldException if the customer is not an organisation or the contact is not
   *     a registered person
   */
  public Customer addContactPerson(Actor actor, CustomerId organisation, ContactPerson contact) {
    requireNonNull(contact, "contact");
    return update(actor, CustomerPermissions.UPDATE, organisation, (c, at) -> {
      checkIsPerson(contact.person());
      return c.addContactPerson(contact, at);
    });
  }

  /**
   * Removes a contact person from an organisation.
   *
   * @param actor who changes
   * @param organisation the organisation
   * @param person the person's customer id
   * @return the stored organisation
   * @throws AccessDeniedException without {@code customer:update}
   * @throws NotFoundException if the organisation does not exist
   * @throws InvalidFieldException if the customer is not an organisation
   */
  public Customer removeContactPerson(Actor actor, CustomerId organisation, CustomerId person) {
    requireNonNull(person, "person");
    return update(actor, CustomerPermissions.UPDATE, organisation, (c, at) -> c.removeContactPerson(person, at));
  }

  // ---------------------------------------------------------------- internals

  private void check(Actor actor, Permission permission) {
    policy.check(requireNonNull(actor, "actor"), permission);
  }

  private Instant now() {
    return clock.instant();
  }

  private Customer update(Actor actor, Permission permission, CustomerId id,
      BiFunction<Customer, Instant, Customer> command) {
    check(actor, permission);
    requireNonNull(id, "id");
    return unitOfWork.retrying(MAX_ATTEMPTS, () -> {
      Customer current = repository.findById(id)
          .orElseThrow(() -> new NotFoundException("customer", id.value()));
      Customer changed = command.apply(current, now());
      return changed.pendingEvents().isEmpty() ? current : store(changed);
    });
  }

  private Customer store(Customer changed) {
    return unitOfWork.run(() -> {
      Customer saved = repository.save(changed);
      unitOfWork.record(changed.pendingEvents());
      return saved;
    });
  }

  private void checkNotHeldElsewhere(CustomerId self, ContactAddress address) {
    if (address.kind() != ContactKind.EMAIL && address.kind() != ContactKind.PHONE) {
      return;
    }
    for (Customer other : repository.findByContact(address)) {
      if (!other.id().equals(self) && other.contactPoint(address).map(ContactPoint::verified).orElse(false)) {
        throw new DuplicateCustomerException(address.kind() == ContactKind.EMAIL ? "email" : "phone", other.id());
      }
    }
  }

  private void checkRefFree(CustomerId self, ExternalRef ref) {
    repository.findByExternalRef(ref).filter(other -> !other.id().equals(self)).ifPresent(other -> {
      throw new DuplicateCustomerException("externalRef", other.id());
    });
  }

  private void checkIsPerson(CustomerId person) {
    Customer c = repository.findById(person).orElseThrow(() ->
        new InvalidFieldException("contactPerson", "must be a registered customer (" + person + " is not)"));
    if (c.party().kind() != PartyKind.PERSON) {
      throw new InvalidFieldException("contactPerson", "must be a person (" + person + " is an organisation)");
    }
  }
}
