package org.mehrcrm.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.Permission;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.Consent;
import org.mehrcrm.customer.ConsentStatus;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.kernel.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application service for interactions: records contacts, checking consent for outbound
 * ones, corrects them, and answers how often and how recently a customer was in contact.
 *
 * <p>Example:
 * <pre>{@code
 * Interaction call = Interaction.builder(interactions.nextId(), customerId, Channel.PHONE,
 *     Direction.OUTBOUND, Purpose.SALES, clock.instant()).agent("agent-7").build();
 * interactions.record(actor, call);   // throws ConsentMissingException without consent
 * Optional<Duration> gap = interactions.gapSinceLastContact(actor, customerId);
 * }</pre>
 * Every call checks the access policy ({@link InteractionPermissions}); an interaction is
 * appended together with its event in one unit of work, and recording the same interaction
 * twice raises one event. Appends are not retried: they do not race on versions, and a
 * correction that lost its race to another correction must be redone by a person. Thread-safe.
 */
public final class InteractionService {
  private static final Logger LOG = LoggerFactory.getLogger(InteractionService.class);

  private final InteractionRepository repository;
  private final CustomerRepository customers;
  private final UnitOfWork unitOfWork;
  private final AccessPolicy policy;
  private final Clock clock;
  private final IdGenerator ids;

  /**
   * Creates the service.
   *
   * @param repository where interactions are kept
   * @param customers where customers are kept, for consent
   * @param unitOfWork the transaction and event machinery
   * @param policy the access policy
   * @param clock the clock that dates events and measures gaps
   * @param ids the generator of interaction ids
   */
  public InteractionService(InteractionRepository repository, CustomerRepository customers,
      UnitOfWork unitOfWork, AccessPolicy policy, Clock clock, IdGenerator ids) {
    this.repository = requireNonNull(repository, "repository");
    this.customers = requireNonNull(customers, "customers");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
  }

  /**
   * Returns a new interaction id, for hosts that do not number interactions themselves.
   *
   * @return a fresh id
   */
  public InteractionId nextId() {
    return InteractionId.of(ids.nextId());
  }

  /**
   * Records an interaction, or a correction of one ({@link Interaction#correction}). An outbound
   * contact needs the customer's consent for its channel and purpose, as in force at the
   * contact's moment. Recording an equal interaction again changes nothing.
   *
   * @param actor who records
   * @param interaction the interaction
   * @return true if recorded now, false if it was already recorded
   * @throws AccessDeniedException without {@code interaction:record}
   * @throws NotFoundException if the customer does not exist, or the corrected interaction does
   *     not
   * @throws ConsentMissingException if an outbound contact lacks consent
   * @throws InvalidFieldException if a correction names another customer's interaction
   * @throws DuplicateInteractionException if the id is recorded with other content
   * @throws ConcurrentUpdateException if the corrected interaction was corrected meanwhile
   */
  public boolean record(Actor actor, Interaction interaction) {
    check(actor, InteractionPermissions.RECORD);
    requireNonNull(interaction, "interaction");
    Optional<Interaction> known = repository.findById(interaction.id());
    if (known.isPresent()) {
      if (!known.get().equals(interaction)) {
        throw new DuplicateInteractionException(interaction.id());
      }
      return false;
    }
    Customer customer = customers.findById(interaction.customerId())
        .orElseThrow(() -> new NotFoundException("customer", interaction.customerId().value()));
    if (interaction.isOutbound()
        && !consentedAt(customer, interaction.channel(), interaction.purpose(), interaction.at())) {
      throw new ConsentMissingException(customer.id(), interaction.channel(), interaction.purpose());
    }
    Optional<InteractionId> corrected = interaction.correctionOf();
    if (corrected.isPresent()) {
      Interaction original = repository.findById(corrected.get())
          .orElseThrow(() -> new NotFoundException("interaction", corrected.get().value()));
      if (!original.customerId().equals(interaction.customerId())) {
        throw new InvalidFieldException("corrects", "must name an interaction of the same customer");
      }
    }
    boolean created = unitOfWork.run(() -> {
      boolean stored = repository.append(interaction);
      if (stored) {
        Instant now = clock.instant();
        List<InteractionEvent> events = new ArrayList<>(2);
        events.add(new InteractionEvent.Recorded(interaction.id(), interaction.customerId(),
            interaction.channel(), interaction.direction(), interaction.purpose(), interaction.at(), now));
        corrected.ifPresent(c -> events.add(new InteractionEvent.Corrected(interaction.id(), c,
            interaction.customerId(), now)));
        unitOfWork.record(events);
      }
      return stored;
    });
    LOG.debug("interaction {} for customer {}: {}", interaction.id(), interaction.customerId(),
        created ? "recorded" : "already recorded");
    return created;
  }

  /**
   * Finds an interaction by id, superseded or not.
   *
   * @param actor who asks
   * @param id the id
   * @return the interaction, or empty
   * @throws AccessDeniedException without {@code interaction:read}
   */
  public Optional<Interaction> find(Actor actor, InteractionId id) {
    check(actor, InteractionPermissions.READ);
    return repository.findById(requireNonNull(id, "id"));
  }

  /**
   * Streams a customer's current interactions in time order.
   *
   * @param actor who asks
   * @param customer the customer
   * @return a lazy stream the caller must close
   * @throws AccessDeniedException without {@code interaction:read}
   */
  public Stream<Interaction> history(Actor actor, CustomerId customer) {
    check(actor, InteractionPermissions.READ);
    return repository.streamByCustomer(requireNonNull(customer, "customer"));
  }

  /**
   * Counts a customer's contacts in a period, by direction.
   *
   * @param actor who asks
   * @param customer the customer
   * @param from the first moment included
   * @param to the first moment excluded
   * @return the frequency
   * @throws AccessDeniedException without {@code interaction:read}
   * @throws InvalidFieldException if {@code to} is before {@code from}
   */
  public ContactFrequency frequency(Actor actor, CustomerId customer, Instant from, Instant to) {
    check(actor, InteractionPermissions.READ);
    requireNonNull(customer, "customer");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidFieldException("to", "must not be before from");
    }
    long total = repository.count(customer, from, to);
    long outbound = repository.countOutbound(customer, from, to);
    return new ContactFrequency(customer, from, to, total - outbound, outbound);
  }

  /**
   * Finds a customer's last contact.
   *
   * @param actor who asks
   * @param customer the customer
   * @return the newest current interaction, or empty
   * @throws AccessDeniedException without {@code interaction:read}
   */
  public Optional<Interaction> lastContact(Actor actor, CustomerId customer) {
    check(actor, InteractionPermissions.READ);
    return repository.lastContact(requireNonNull(customer, "customer"));
  }

  /**
   * Returns the time since a customer's last contact, by the service's clock.
   *
   * @param actor who asks
   * @param customer the customer
   * @return the gap (zero if the last contact lies in the future), or empty if never contacted
   * @throws AccessDeniedException without {@code interaction:read}
   */
  public Optional<Duration> gapSinceLastContact(Actor actor, CustomerId customer) {
    Instant now = clock.instant();
    return lastContact(actor, customer).map(last -> last.at().isAfter(now)
        ? Duration.ZERO : Duration.between(last.at(), now));
  }

  // ---------------------------------------------------------------- internals

  private void check(Actor actor, Permission permission) {
    policy.check(requireNonNull(actor, "actor"), permission);
  }

  /** The decision in force at a moment is the last one recorded for the pair and dated no later. */
  static boolean consentedAt(Customer customer, Channel channel, Purpose purpose, Instant at) {
    List<Consent> all = customer.consents();
    for (int i = all.size() - 1; i >= 0; i--) {
      Consent c = all.get(i);
      if (c.covers(channel, purpose) && !c.at().isAfter(at)) {
        return c.status() == ConsentStatus.GRANTED;
      }
    }
    return false;
  }
}
