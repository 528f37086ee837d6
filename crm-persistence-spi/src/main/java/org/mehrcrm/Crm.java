package org.mehrcrm;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.customer.AttributeSchema;
import org.mehrcrm.customer.CustomerService;
import org.mehrcrm.followup.FollowUpService;
import org.mehrcrm.followup.OrgChart;
import org.mehrcrm.followup.ReminderRule;
import org.mehrcrm.followup.Reminders;
import org.mehrcrm.interaction.ContactPlanner;
import org.mehrcrm.interaction.ContactRules;
import org.mehrcrm.interaction.InteractionService;
import org.mehrcrm.kernel.EventListener;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.UnitOfWork;
import org.mehrcrm.overview.OverviewService;
import org.mehrcrm.purchase.PurchaseService;
import org.mehrcrm.spi.StorageProvider;
import org.mehrcrm.value.RetentionWatch;

/**
 * Mehr CRM embedded in a host: the application services, wired from a storage provider, a
 * clock, an access policy and an event listener.
 *
 * <p>Example:
 * <pre>{@code
 * Crm crm = Crm.builder()
 *     .clock(Clock.systemUTC())
 *     .storage(new InMemoryStorageProvider())      // or the host's adapter
 *     .accessPolicy(AccessPolicy.allowAll())
 *     .eventListener(event -> outbound.publish(event))
 *     .build();
 * Customer c = crm.customers().register(actor, registration);
 * }</pre>
 * Without an explicit storage provider, the one with the highest priority found by
 * {@link ServiceLoader} is used; the in-memory provider is always there as the lowest. Holds no
 * global state: a host may run several. Thread-safe.
 */
public final class Crm {
  private final StorageProvider storage;
  private final UnitOfWork unitOfWork;
  private final CustomerService customers;
  private final InteractionService interactions;
  private final PurchaseService purchases;
  private final FollowUpService followUps;
  private final Reminders reminders;
  private final ContactPlanner contactPlanner;
  private final OverviewService overview;
  private final RetentionWatch retention;

  private Crm(Builder b, StorageProvider storage, Clock clock) {
    this.storage = storage;
    this.unitOfWork = new UnitOfWork(storage.transactions(), storage.outbox(), b.eventListener);
    IdGenerator ids = b.idGenerator != null ? b.idGenerator : IdGenerator.timeOrdered(clock);
    AccessPolicy policy = b.accessPolicy;
    this.customers = new CustomerService(storage.customers(), unitOfWork, policy, clock, ids, b.attributeSchema);
    this.interactions = new InteractionService(storage.interactions(), storage.customers(), unitOfWork, policy,
        clock, ids);
    this.purchases = new PurchaseService(storage.purchases(), storage.customers(), unitOfWork, policy, clock);
    this.followUps = new FollowUpService(storage.followUps(), storage.customers(), unitOfWork, policy, clock, ids,
        b.followUpLease);
    this.reminders = new Reminders(storage.followUps(), storage.customers(), storage.interactions(),
        storage.purchases(), b.orgChart, unitOfWork, ids, b.reminderRules);
    ContactRules contactRules = b.contactRules != null ? b.contactRules : ContactRules.defaults(clock.getZone());
    this.contactPlanner = new ContactPlanner(storage.customers(), storage.interactions(), policy, clock,
        contactRules);
    this.overview = new OverviewService(storage.customers(), storage.interactions(), storage.purchases(),
        storage.followUps(), policy, clock);
    this.retention = new RetentionWatch(customers, followUps, policy, clock, RetentionWatch.DEFAULT_DELAY);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the customer service.
   *
   * @return the service
   */
  public CustomerService customers() {
    return customers;
  }

  /**
   * Returns the interaction service: contacts across channels, consent-checked when outbound.
   *
   * @return the service
   */
  public InteractionService interactions() {
    return interactions;
  }

  /**
   * Returns the purchase service: purchases and returns the host reports.
   *
   * @return the service
   */
  public PurchaseService purchases() {
    return purchases;
  }

  /**
   * Returns the follow-up service: tasks, leased claims and work lists.
   *
   * @return the service
   */
  public FollowUpService followUps() {
    return followUps;
  }

  /**
   * Returns the reminder rules' evaluator; the host's scheduler calls
   * {@link Reminders#runDue(java.time.Instant)}.
   *
   * @return the evaluator, with the rules set on the builder
   */
  public Reminders reminders() {
    return reminders;
  }

  /**
   * Returns the contact planner: how to reach a customer for a purpose now.
   *
   * @return the planner
   */
  public ContactPlanner contactPlanner() {
    return contactPlanner;
  }

  /**
   * Returns the 360° view and timeline of customers.
   *
   * @return the service
   */
  public OverviewService overview() {
    return overview;
  }

  /**
   * Returns the churn response: moves customers whose churn risk crossed its threshold to
   * {@code AT_RISK} and opens a retention follow-up, due {@link RetentionWatch#DEFAULT_DELAY} later.
   *
   * @return the watch
   */
  public RetentionWatch retention() {
    return retention;
  }

  /**
   * Returns the storage provider in use.
   *
   * @return the provider
   */
  public StorageProvider storage() {
    return storage;
  }

  /**
   * Delivers events still in the outbox, for example after a listener failed or after a restart;
   * hosts call it from their scheduler.
   *
   * @return how many events were delivered
   */
  public int deliverPendingEvents() {
    return unitOfWork.deliverPending();
  }

  /** Collects the parts of a {@link Crm}; not thread-safe. Only the clock is required. */
  public static final class Builder {
    private @Nullable StorageProvider storage;
    private @Nullable Clock clock;
    private AccessPolicy accessPolicy = AccessPolicy.allowAll();
    private EventListener eventListener = EventListener.NONE;
    private @Nullable IdGenerator idGenerator;
    private AttributeSchema attributeSchema = AttributeSchema.empty();
    private Duration followUpLease = Duration.ofMinutes(30);
    private List<ReminderRule> reminderRules = List.of();
    private OrgChart orgChart = OrgChart.none();
    private @Nullable ContactRules contactRules;

    private Builder() {}

    /**
     * Sets the storage provider; without one, {@link ServiceLoader} chooses.
     *
     * @param storage the provider
     * @return this builder
     */
    public Builder storage(StorageProvider storage) {
      this.storage = requireNonNull(storage, "storage");
      return this;
    }

    /**
     * Sets the clock that dates every change (required).
     *
     * @param clock the clock, e.g. {@code Clock.systemUTC()} or a fixed clock in tests
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the access policy; the default allows everything.
     *
     * @param accessPolicy the policy
     * @return this builder
     */
    public Builder accessPolicy(AccessPolicy accessPolicy) {
      this.accessPolicy = requireNonNull(accessPolicy, "accessPolicy");
      return this;
    }

    /**
     * Sets the listener that receives domain events after commit; the default ignores them.
     *
     * @param eventListener the listener
     * @return this builder
     */
    public Builder eventListener(EventListener eventListener) {
      this.eventListener = requireNonNull(eventListener, "eventListener");
      return this;
    }

    /**
     * Sets the generator of ids for customers the host does not number; the default is
     * time-ordered on the builder's clock.
     *
     * @param idGenerator the generator
     * @return this builder
     */
    public Builder idGenerator(IdGenerator idGenerator) {
      this.idGenerator = requireNonNull(idGenerator, "idGenerator");
      return this;
    }

    /**
     * Declares the custom attributes of customer profiles; the default declares none.
     *
     * @param attributeSchema the declarations
     * @return this builder
     */
    public Builder attributeSchema(AttributeSchema attributeSchema) {
      this.attributeSchema = requireNonNull(attributeSchema, "attributeSchema");
      return this;
    }

    /**
     * Sets how long an agent's claim on a follow-up lasts before others may take it; the default
     * is 30 minutes.
     *
     * @param lease the lease, positive
     * @return this builder
     * @throws InvalidFieldException if the lease is not positive
     */
    public Builder followUpLease(Duration lease) {
      requireNonNull(lease, "lease");
      if (lease.isNegative() || lease.isZero()) {
        throw new InvalidFieldException("followUpLease", "must be positive");
      }
      this.followUpLease = lease;
      return this;
    }

    /**
     * Sets the reminder rules {@link Reminders#runDue} evaluates, in order; the default is none,
     * so no task is created unless the host opts in.
     *
     * @param rules the rules, e.g. {@code List.of(ReminderRule.keyAccountSilence(30))}
     * @return this builder
     */
    public Builder reminderRules(List<ReminderRule> rules) {
      this.reminderRules = List.copyOf(requireNonNull(rules, "rules"));
      return this;
    }

    /**
     * Sets who manages whom, for escalating overdue follow-ups; the default knows no managers.
     *
     * @param orgChart the host's owner-to-manager lookup
     * @return this builder
     */
    public Builder orgChart(OrgChart orgChart) {
      this.orgChart = requireNonNull(orgChart, "orgChart");
      return this;
    }

    /**
     * Sets the contact planner's quiet hours and frequency cap; the default is
     * {@link ContactRules#defaults} in the clock's zone.
     *
     * @param contactRules the rules
     * @return this builder
     */
    public Builder contactRules(ContactRules contactRules) {
      this.contactRules = requireNonNull(contactRules, "contactRules");
      return this;
    }

    /**
     * Builds the CRM.
     *
     * @return the wired CRM
     * @throws InvalidFieldException if no clock was set, or several discovered providers share
     *     the highest priority
     */
    public Crm build() {
      if (clock == null) {
        throw new InvalidFieldException("clock", "must be set (the library never reads the system clock itself)");
      }
      return new Crm(this, storage != null ? storage : discover(), clock);
    }

    private static StorageProvider discover() {
      List<StorageProvider> found = new ArrayList<>();
      ServiceLoader.load(StorageProvider.class, StorageProvider.class.getClassLoader()).forEach(found::add);
      if (found.isEmpty()) {
        throw new InvalidFieldException("storage", "must be set: no provider registered in META-INF/services");
      }
      found.sort(Comparator.comparingInt(StorageProvider::priority).reversed());
      if (found.size() > 1 && found.get(0).priority() == found.get(1).priority()) {
        throw new InvalidFieldException("storage", "must be set explicitly: several providers share the top priority ("
            + found.stream().map(StorageProvider::name).collect(Collectors.joining(", ")) + ")");
      }
      return found.get(0);
    }
  }
}
