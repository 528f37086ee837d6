package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A customer: a person or organisation, actual or potential, with its lifecycle, contact points,
 * consents and profile — the aggregate at the centre of Mehr CRM.
 *
 * <p>A customer is made by {@link #register} and changed by commands such as
 * {@link #moveTo}, {@link #addContactPoint} or {@link #tag}. Each command validates completely
 * before it changes anything and returns a <em>new</em> customer, leaving the receiver untouched;
 * the change is described by the new instance's {@link #pendingEvents()}:
 * <pre>{@code
 * Customer lost = customer.moveTo(LifecycleStage.LOST, ChurnReason.PRICE, "cheaper offer", "agent-7", now);
 * repository.save(lost);
 * }</pre>
 * Other aggregates are referenced only by id. Most callers use {@link CustomerService}, which
 * adds access checks, duplicate checks, transactions and event delivery. Immutable and
 * thread-safe.
 */
public final class Customer {
  private final CustomerSnapshot state;
  private final List<CustomerEvent> pendingEvents;

  private Customer(CustomerSnapshot state, List<CustomerEvent> pendingEvents) {
    this.state = state;
    this.pendingEvents = pendingEvents;
  }

  /**
   * Registers a new customer.
   *
   * @param id the new customer's id
   * @param registration what is known about the customer
   * @param schema the host's custom attribute declarations
   * @param actorId who registers
   * @param at when
   * @return the new customer at version 0, with a {@link CustomerEvent.Registered} event followed
   *     by a {@link CustomerEvent.ConsentRecorded} event per consent decision
   * @throws InvalidFieldException if an attribute breaks the schema or the consent decisions are
   *     out of order or withdraw a consent that was not granted
   */
  public static Customer register(CustomerId id, CustomerRegistration registration,
      AttributeSchema schema, String actorId, Instant at) {
    requireNonNull(id, "id");
    requireNonNull(registration, "registration");
    requireNonNull(schema, "schema");
    requireNonNull(at, "at");
    Ids.requireValid(actorId, "actorId");
    LifecycleChange first = new LifecycleChange(null, registration.stage(), null, "registered", actorId, at);
    List<Tag> tags = List.copyOf(new TreeSet<>(registration.tags()));
    CustomerSnapshot snapshot = new CustomerSnapshot(id, 0, registration.party(),
        registration.stage(), List.of(first), registration.contactPoints(),
        registration.preferredChannels(), List.of(), tags, registration.owner(),
        registration.keyAccount(), registration.acquisition(),
        schema.validate(registration.attributes()), registration.externalRefs(), at,
        registration.timeZone());
    Customer customer = new Customer(snapshot,
        List.of(new CustomerEvent.Registered(id, registration.party().kind(), registration.stage(), at)));
    for (Consent consent : registration.consents()) {
      customer = customer.recordConsent(consent); // same rules as later decisions, one event each
    }
    return customer;
  }

  /**
   * Rebuilds a stored customer; storage adapters call this when reading.
   *
   * @param snapshot the stored state
   * @return the customer, with no pending events
   */
  public static Customer restore(CustomerSnapshot snapshot) {
    return new Customer(requireNonNull(snapshot, "snapshot"), List.of());
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the whole state, for storage adapters and serialisation.
   *
   * @return the snapshot
   */
  public CustomerSnapshot snapshot() {
    return state;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public CustomerId id() {
    return state.id();
  }

  /**
   * Returns the version this instance was read at; 0 if never saved.
   *
   * @return the version
   */
  public long version() {
    return state.version();
  }

  /**
   * Returns the person or organisation.
   *
   * @return the party
   */
  public Party party() {
    return state.party();
  }

  /**
   * Returns the name to display.
   *
   * @return the display name
   */
  public String displayName() {
    return state.party().displayName();
  }

  /**
   * Returns the current lifecycle stage.
   *
   * @return the stage
   */
  public LifecycleStage stage() {
    return state.stage();
  }

  /**
   * Tells whether this is a potential customer (a prospect).
   *
   * @return true for a prospect
   */
  public boolean isProspect() {
    return state.stage().isPotential();
  }

  /**
   * Returns every lifecycle change, oldest first.
   *
   * @return the history
   */
  public List<LifecycleChange> lifecycleHistory() {
    return state.lifecycleHistory();
  }

  /**
   * Returns all contact points.
   *
   * @return the contact points
   */
  public List<ContactPoint> contactPoints() {
    return state.contactPoints();
  }

  /**
   * Returns the primary contact point of a kind.
   *
   * @param kind the kind
   * @return the primary point, or empty if the customer has none of that kind
   */
  public Optional<ContactPoint> primary(ContactKind kind) {
    requireNonNull(kind, "kind");
    return state.contactPoints().stream().filter(p -> p.kind() == kind && p.primary()).findFirst();
  }

  /**
   * Returns the contact point with an address.
   *
   * @param address the address
   * @return the point, or empty if the customer does not have it
   */
  public Optional<ContactPoint> contactPoint(ContactAddress address) {
    requireNonNull(address, "address");
    for (ContactPoint p : state.contactPoints()) {
      if (sameAddress(p.address(), address)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Same as comparing {@link ContactAddress#key()}s, without building them in the common case. */
  private static boolean sameAddress(ContactAddress a, ContactAddress b) {
    return a.kind() == b.kind() && (a.equals(b) || a.canonical().equals(b.canonical()));
  }

  /**
   * Returns the preferred channels, most preferred first.
   *
   * @return the channels
   */
  public List<Channel> preferredChannels() {
    return state.preferredChannels();
  }

  /**
   * Returns every consent decision, in the order recorded.
   *
   * @return the consent history
   */
  public List<Consent> consents() {
    return state.consents();
  }

  /**
   * Returns the consent decision in force for a channel and purpose.
   *
   * @param channel the channel
   * @param purpose the purpose
   * @return the latest decision, or empty if the customer was never asked
   */
  public Optional<Consent> consent(Channel channel, Purpose purpose) {
    requireNonNull(channel, "channel");
    requireNonNull(purpose, "purpose");
    List<Consent> all = state.consents();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).covers(channel, purpose)) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether the customer may be contacted on a channel for a purpose.
   *
   * @param channel the channel
   * @param purpose the purpose
   * @return true only if the consent in force is granted
   */
  public boolean hasConsent(Channel channel, Purpose purpose) {
    return consent(channel, purpose).map(c -> c.status() == ConsentStatus.GRANTED).orElse(false);
  }

  /**
   * Returns the tags, sorted.
   *
   * @return the tags
   */
  public List<Tag> tags() {
    return state.tags();
  }

  /**
   * Returns the account owner.
   *
   * @return the owner's actor id, or empty if unassigned
   */
  public Optional<String> owner() {
    return Optional.ofNullable(state.owner());
  }

  /**
   * Tells whether this is a key account.
   *
   * @return the key-account flag
   */
  public boolean isKeyAccount() {
    return state.keyAccount();
  }

  /**
   * Returns how the customer was acquired.
   *
   * @return the acquisition, or empty if unknown
   */
  public Optional<Acquisition> acquisition() {
    return Optional.ofNullable(state.acquisition());
  }

  /**
   * Returns the custom attribute values in canonical text form.
   *
   * @return the values by name
   */
  public Map<String, String> attributes() {
    return state.attributes();
  }

  /**
   * Returns the host references.
   *
   * @return the references
   */
  public List<ExternalRef> externalRefs() {
    return state.externalRefs();
  }

  /**
   * Returns when the customer was registered.
   *
   * @return the registration moment
   */
  public Instant registeredAt() {
    return state.registeredAt();
  }

  /**
   * Returns the customer's time zone, for quiet hours and local times.
   *
   * @return the zone, or empty when unknown
   */
  public Optional<ZoneId> timeZone() {
    return Optional.ofNullable(state.timeZone());
  }

  /**
   * Returns the folded names a name-prefix search matches: for a person
   * "given family" and "family given", for an organisation its legal name.
   *
   * @return the search keys, see {@link SearchNames#fold(String)}
   */
  public List<String> searchKeys() {
    if (state.party() instanceof Person p) {
      String forward = SearchNames.fold(p.name().fullName());
      String backward = SearchNames.fold(p.name().family() + " " + p.name().given());
      return forward.equals(backward) ? List.of(forward) : List.of(forward, backward);
    }
    return List.of(SearchNames.fold(state.party().displayName()));
  }

  /**
   * Returns the events raised by commands since this customer was read or registered.
   *
   * @return the events, oldest first
   */
  public List<CustomerEvent> pendingEvents() {
    return pendingEvents;
  }

  // ---------------------------------------------------------------- commands

  /**
   * Replaces the person's name or the organisation's details; the kind cannot change.
   *
   * @param party the new details
   * @param at when
   * @return the changed customer
   * @throws InvalidFieldException if the kind would change
   */
  public Customer changeParty(Party party, Instant at) {
    requireNonNull(party, "party");
    requireNonNull(at, "at");
    if (party.kind() != state.party().kind()) {
      throw new InvalidFieldException("party",
          state.party().kind() == PartyKind.PERSON ? "must stay a person" : "must stay an organisation");
    }
    if (party.equals(state.party())) {
      return this;
    }
    return change(d -> d.party = party, new CustomerEvent.ProfileChanged(id(), at));
  }

  /**
   * Moves the customer to another lifecycle stage.
   *
   * @param to the new stage
   * @param reason the churn reason, required when {@code to} is {@code LOST} and refused otherwise
   * @param note free text explaining the move, may be empty
   * @param actorId who makes the move
   * @param at when
   * @return the changed customer
   * @throws InvalidFieldException if the move is not allowed from the current stage, the reason
   *     is missing or superfluous, or {@code at} is before the last lifecycle change
   */
  public Customer moveTo(LifecycleStage to, @Nullable ChurnReason reason, String note,
      String actorId, Instant at) {
    requireNonNull(to, "to");
    requireNonNull(at, "at");
    LifecycleStage from = state.stage();
    List<LifecycleChange> history = state.lifecycleHistory();
    if (at.isBefore(history.get(history.size() - 1).at())) {
      throw new InvalidFieldException("at", "must not be before the last lifecycle change");
    }
    if (!from.canMoveTo(to)) {
      throw new InvalidFieldException("stage", "must not move from " + from + " to " + to
          + " (allowed: " + new TreeSet<>(from.nextStages()) + ")");
    }
    LifecycleChange entry = new LifecycleChange(from, to, reason, note, actorId, at);
    return change(d -> {
      d.stage = to;
      d.lifecycleHistory.add(entry);
    }, new CustomerEvent.StageChanged(id(), from, to, reason, at));
  }

  /**
   * Adds a contact point; the first of its kind becomes primary. Adding an address the customer
   * already has changes nothing.
   *
   * @param address the address
   * @param at when
   * @return the changed customer, or this one if nothing changed
   */
  public Customer addContactPoint(ContactAddress address, Instant at) {
    requireNonNull(address, "address");
    requireNonNull(at, "at");
    if (contactPoint(address).isPresent()) {
      return this;
    }
    boolean primary = primary(address.kind()).isEmpty();
    return change(d -> d.contactPoints.add(new ContactPoint(address, primary, false)),
        new CustomerEvent.ContactPointChanged(id(), address.kind(), CustomerEvent.ContactChange.ADDED, at));
  }

  /**
   * Marks a contact point as verified; verifying a verified point changes nothing.
   *
   * @param address the address
   * @param at when
   * @return the changed customer, or this one if already verified
   * @throws InvalidFieldException if the customer does not have the address
   */
  public Customer verifyContactPoint(ContactAddress address, Instant at) {
    ContactPoint point = existing(address);
    requireNonNull(at, "at");
    if (point.verified()) {
      return this;
    }
    return change(d -> d.replace(point, point.asVerified()),
        new CustomerEvent.ContactPointChanged(id(), address.kind(), CustomerEvent.ContactChange.VERIFIED, at));
  }

  /**
   * Makes a contact point the primary one of its kind.
   *
   * @param address the address
   * @param at when
   * @return the changed customer, or this one if it already was primary
   * @throws InvalidFieldException if the customer does not have the address
   */
  public Customer makePrimary(ContactAddress address, Instant at) {
    ContactPoint point = existing(address);
    requireNonNull(at, "at");
    if (point.primary()) {
      return this;
    }
    ContactPoint old = primary(point.kind()).orElseThrow();
    return change(d -> {
      d.replace(old, old.withPrimary(false));
      d.replace(point, point.withPrimary(true));
    }, new CustomerEvent.ContactPointChanged(id(), address.kind(), CustomerEvent.ContactChange.MADE_PRIMARY, at));
  }

  /**
   * Removes a contact point; if it was primary, the next point of its kind becomes primary.
   *
   * @param address the address
   * @param at when
   * @return the changed customer
   * @throws InvalidFieldException if the customer does not have the address
   */
  public Customer removeContactPoint(ContactAddress address, Instant at) {
    ContactPoint point = existing(address);
    requireNonNull(at, "at");
    return change(d -> {
      d.contactPoints.remove(point);
      if (point.primary()) {
        for (int i = 0; i < d.contactPoints.size(); i++) {
          ContactPoint p = d.contactPoints.get(i);
          if (p.kind() == point.kind()) {
            d.contactPoints.set(i, p.withPrimary(true));
            break;
          }
        }
      }
    }, new CustomerEvent.ContactPointChanged(id(), address.kind(), CustomerEvent.ContactChange.REMOVED, at));
  }

  /**
   * Sets the preferred channels, most preferred first.
   *
   * @param channels the channels, distinct
   * @param at when
   * @return the changed customer, or this one if the order is unchanged
   * @throws InvalidFieldException if a channel repeats
   */
  public Customer preferChannels(List<Channel> channels, Instant at) {
    List<Channel> copy = List.copyOf(requireNonNull(channels, "channels"));
    requireNonNull(at, "at");
    if (Set.copyOf(copy).size() != copy.size()) {
      throw new InvalidFieldException("preferredChannels", "must not repeat a channel");
    }
    if (copy.equals(state.preferredChannels())) {
      return this;
    }
    return change(d -> d.preferredChannels = copy,
        new CustomerEvent.PreferredChannelsChanged(id(), copy, at));
  }

  /**
   * Records a consent decision.
   *
   * @param consent the decision
   * @return the changed customer
   * @throws InvalidFieldException if the decision is older than the one in force for the same
   *     channel and purpose, or withdraws a consent that is not granted
   */
  public Customer recordConsent(Consent consent) {
    requireNonNull(consent, "consent");
    Optional<Consent> current = consent(consent.channel(), consent.purpose());
    if (current.isPresent() && consent.at().isBefore(current.get().at())) {
      throw new InvalidFieldException("consent.at", "must not be before the decision in force");
    }
    if (consent.status() == ConsentStatus.WITHDRAWN
        && current.map(c -> c.status() != ConsentStatus.GRANTED).orElse(true)) {
      throw new InvalidFieldException("consent.status", "must only withdraw a granted consent");
    }
    return change(d -> d.consents.add(consent), new CustomerEvent.ConsentRecorded(id(),
        consent.channel(), consent.purpose(), consent.status(), consent.at()));
  }

  /**
   * Adds a tag; adding a tag the customer has changes nothing.
   *
   * @param tag the tag
   * @param at when
   * @return the changed customer, or this one
   */
  public Customer tag(Tag tag, Instant at) {
    requireNonNull(tag, "tag");
    requireNonNull(at, "at");
    if (state.tags().contains(tag)) {
      return this;
    }
    return change(d -> d.tags.add(tag), new CustomerEvent.TagChanged(id(), tag, true, at));
  }

  /**
   * Removes a tag; removing a tag the customer lacks changes nothing.
   *
   * @param tag the tag
   * @param at when
   * @return the changed customer, or this one
   */
  public Customer untag(Tag tag, Instant at) {
    requireNonNull(tag, "tag");
    requireNonNull(at, "at");
    if (!state.tags().contains(tag)) {
      return this;
    }
    return change(d -> d.tags.remove(tag), new CustomerEvent.TagChanged(id(), tag, false, at));
  }

  /**
   * Assigns the account owner (an account manager's actor id), or unassigns with {@code null}.
   *
   * @param owner the owner's actor id, or {@code null}
   * @param at when
   * @return the changed customer, or this one if the owner is unchanged
   */
  public Customer assignOwner(@Nullable String owner, Instant at) {
    if (owner != null) {
      Ids.requireValid(owner, "owner");
    }
    requireNonNull(at, "at");
    if (Objects.equals(owner, state.owner())) {
      return this;
    }
    return change(d -> d.owner = owner, new CustomerEvent.OwnerAssigned(id(), owner, at));
  }

  /**
   * Sets or clears the key-account flag.
   *
   * @param keyAccount the new flag
   * @param at when
   * @return the changed customer, or this one if unchanged
   */
  public Customer markKeyAccount(boolean keyAccount, Instant at) {
    requireNonNull(at, "at");
    if (keyAccount == state.keyAccount()) {
      return this;
    }
    return change(d -> d.keyAccount = keyAccount, new CustomerEvent.KeyAccountChanged(id(), keyAccount, at));
  }

  /**
   * Sets a custom attribute declared in the schema.
   *
   * @param schema the host's declarations
   * @param name the attribute
   * @param value the value as text
   * @param at when
   * @return the changed customer, or this one if the value is unchanged
   * @throws InvalidFieldException if the attribute is undeclared or the value has the wrong type
   */
  public Customer setAttribute(AttributeSchema schema, String name, String value, Instant at) {
    String canonical = requireNonNull(schema, "schema").canonicalise(name, value);
    requireNonNull(at, "at");
    if (canonical.equals(state.attributes().get(name))) {
      return this;
    }
    return change(d -> d.attributes.put(name, canonical), new CustomerEvent.AttributeChanged(id(), name, at));
  }

  /**
   * Removes a custom attribute value.
   *
   * @param schema the host's declarations
   * @param name the attribute
   * @param at when
   * @return the changed customer, or this one if it had no value
   * @throws InvalidFieldException if the attribute is required
   */
  public Customer removeAttribute(AttributeSchema schema, String name, Instant at) {
    requireNonNull(schema, "schema");
    requireNonNull(name, "name");
    requireNonNull(at, "at");
    if (schema.definition(name).map(AttributeDefinition::required).orElse(false)) {
      throw new InvalidFieldException("attributes." + name, "is required");
    }
    if (!state.attributes().containsKey(name)) {
      return this;
    }
    return change(d -> d.attributes.remove(name), new CustomerEvent.AttributeChanged(id(), name, at));
  }

  /**
   * Attaches a host system's reference.
   *
   * @param ref the reference
   * @param at when
   * @return the changed customer, or this one if it already has that reference
   * @throws InvalidFieldException if the customer has another reference in the same system
   */
  public Customer addExternalRef(ExternalRef ref, Instant at) {
    requireNonNull(ref, "ref");
    requireNonNull(at, "at");
    for (ExternalRef existing : state.externalRefs()) {
      if (existing.equals(ref)) {
        return this;
      }
      if (existing.system().equals(ref.system())) {
        throw new InvalidFieldException("externalRef", "must be the only reference in system " + ref.system());
      }
    }
    return change(d -> d.externalRefs.add(ref), new CustomerEvent.ExternalRefAdded(id(), ref, at));
  }

  /**
   * Adds a contact person to an organisation, or changes the person's role.
   *
   * @param contact the person and role
   * @param at when
   * @return the changed customer, or this one if unchanged
   * @throws InvalidFieldException if this customer is not an organisation or the person is
   *     this customer
   */
  public Customer addContactPerson(ContactPerson contact, Instant at) {
    requireNonNull(contact, "contact");
    requireNonNull(at, "at");
    Organisation org = organisation();
    if (contact.person().equals(id())) {
      throw new InvalidFieldException("contactPerson", "must not be the organisation itself");
    }
    List<ContactPerson> people = new ArrayList<>(org.contactPersons());
    if (people.contains(contact)) {
      return this;
    }
    people.removeIf(p -> p.person().equals(contact.person()));
    people.add(contact);
    Organisation changed = new Organisation(org.legalName(), org.registrationNumber(), people);
    return change(d -> d.party = changed, new CustomerEvent.ContactPersonChanged(id(), contact.person(), true, at));
  }

  /**
   * Removes a contact person from an organisation.
   *
   * @param person the person's customer id
   * @param at when
   * @return the changed customer, or this one if the person was not listed
   * @throws InvalidFieldException if this customer is not an organisation
   */
  public Customer removeContactPerson(CustomerId person, Instant at) {
    requireNonNull(person, "person");
    requireNonNull(at, "at");
    Organisation org = organisation();
    List<ContactPerson> people = new ArrayList<>(org.contactPersons());
    if (!people.removeIf(p -> p.person().equals(person))) {
      return this;
    }
    Organisation changed = new Organisation(org.legalName(), org.registrationNumber(), people);
    return change(d -> d.party = changed, new CustomerEvent.ContactPersonChanged(id(), person, false, at));
  }

  /**
   * Sets the customer's time zone, or clears it with {@code null}.
   *
   * @param zone the zone, or {@code null} when unknown
   * @param at when
   * @return the changed customer, or this one if the zone is unchanged
   */
  public Customer changeTimeZone(@Nullable ZoneId zone, Instant at) {
    requireNonNull(at, "at");
    if (Objects.equals(zone, state.timeZone())) {
      return this;
    }
    return change(d -> d.timeZone = zone, new CustomerEvent.TimeZoneChanged(id(), zone, at));
  }

  // ---------------------------------------------------------------- object methods

  /** Equal when the state and the pending events are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Customer c && state.equals(c.state) && pendingEvents.equals(c.pendingEvents);
  }

  @Override
  public int hashCode() {
    return state.hashCode();
  }

  /** Returns the id, kind, stage and version; no personal data. */
  @Override
  public String toString() {
    return "Customer[" + id() + ", " + state.party().kind() + ", " + stage() + ", v" + version() + "]";
  }

  // ---------------------------------------------------------------- internals

  private Organisation organisation() {
    if (state.party() instanceof Organisation org) {
      return org;
    }
    throw new InvalidFieldException("contactPerson", "must belong to an organisation");
  }

  private ContactPoint existing(ContactAddress address) {
    return contactPoint(address).orElseThrow(() -> new InvalidFieldException("contactPoint",
        "must be one of the customer's contact points"));
  }

  private Customer change(Consumer<Draft> edit, CustomerEvent event) {
    Draft d = new Draft(state);
    edit.accept(d);
    List<CustomerEvent> events = new ArrayList<>(pendingEvents.size() + 1);
    events.addAll(pendingEvents);
    events.add(event);
    return new Customer(d.toSnapshot(), List.copyOf(events));
  }

  /** A mutable copy of the state, edited by one command and frozen again. */
  private static final class Draft {
    private final CustomerSnapshot base;
    Party party;
    LifecycleStage stage;
    final List<LifecycleChange> lifecycleHistory;
    final List<ContactPoint> contactPoints;
    List<Channel> preferredChannels;
    final List<Consent> consents;
    final TreeSet<Tag> tags;
    @Nullable String owner;
    boolean keyAccount;
    final Map<String, String> attributes;
    final List<ExternalRef> externalRefs;
    @Nullable ZoneId timeZone;

    Draft(CustomerSnapshot s) {
      base = s;
      party = s.party();
      stage = s.stage();
      lifecycleHistory = new ArrayList<>(s.lifecycleHistory());
      contactPoints = new ArrayList<>(s.contactPoints());
      preferredChannels = s.preferredChannels();
      consents = new ArrayList<>(s.consents());
      tags = new TreeSet<>(s.tags());
      owner = s.owner();
      keyAccount = s.keyAccount();
      attributes = new HashMap<>(s.attributes());
      externalRefs = new ArrayList<>(s.externalRefs());
      timeZone = s.timeZone();
    }

    void replace(ContactPoint old, ContactPoint replacement) {
      contactPoints.set(contactPoints.indexOf(old), replacement);
    }

    CustomerSnapshot toSnapshot() {
      return new CustomerSnapshot(base.id(), base.version(), party, stage, lifecycleHistory,
          contactPoints, preferredChannels, consents, List.copyOf(tags), owner, keyAccount,
          base.acquisition(), attributes, externalRefs, base.registeredAt(), timeZone);
    }
  }
}
