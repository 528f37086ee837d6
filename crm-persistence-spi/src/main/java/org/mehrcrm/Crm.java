package org.mehrcrm;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.complaint.ComplaintCategory;
import org.mehrcrm.complaint.ComplaintService;
import org.mehrcrm.complaint.ComplaintSettings;
import org.mehrcrm.complaint.EscalationReport;
import org.mehrcrm.complaint.EscalationRule;
import org.mehrcrm.complaint.Escalations;
import org.mehrcrm.complaint.SlaCatalog;
import org.mehrcrm.complaint.SlaClock;
import org.mehrcrm.complaint.SlaPolicy;
import org.mehrcrm.complaint.SlaPolicyId;
import org.mehrcrm.complaint.SlaPolicyRef;
import org.mehrcrm.complaint.SlaTargets;
import org.mehrcrm.complaint.calendar.BusinessCalendar;
import org.mehrcrm.customer.AttributeSchema;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerService;
import org.mehrcrm.followup.CaseFollowUps;
import org.mehrcrm.followup.FollowUpId;
import org.mehrcrm.followup.FollowUpService;
import org.mehrcrm.followup.OrgChart;
import org.mehrcrm.followup.ReminderRule;
import org.mehrcrm.followup.ReminderRun;
import org.mehrcrm.followup.Reminders;
import org.mehrcrm.interaction.ContactPlanner;
import org.mehrcrm.interaction.ContactRules;
import org.mehrcrm.interaction.InteractionService;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.EventListener;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.UnitOfWork;
import org.mehrcrm.loyalty.LoyaltyService;
import org.mehrcrm.loyalty.Programme;
import org.mehrcrm.overview.OverviewService;
import org.mehrcrm.purchase.PurchaseService;
import org.mehrcrm.satisfaction.SatisfactionService;
import org.mehrcrm.satisfaction.Survey;
import org.mehrcrm.satisfaction.SurveyTemplates;
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
  /** The complaint segment of key accounts, for SLA rules ({@code SlaRule.forSegments}). */
  public static final String KEY_ACCOUNT = "key-account";
  /** The complaint segment of loyalty members whose tier has priority service. */
  public static final String PRIORITY_SERVICE = "priority-service";

  private final StorageProvider storage;
  private final UnitOfWork unitOfWork;
  private final CustomerService customers;
  private final InteractionService interactions;
  private final PurchaseService purchases;
  private final FollowUpService followUps;
  private final Reminders reminders;
  private final ContactPlanner contactPlanner;
  private final OverviewService overview;
  private final LoyaltyService loyalty;
  private final ComplaintService complaints;
  private final Escalations escalations;
  private final SatisfactionService satisfaction;
  private final CaseFollowUps caseFollowUps;
  private final EventListener hostListener;
  private final RetentionWatch retention;

  private Crm(Builder b, StorageProvider storage, Clock clock) {
    this.storage = storage;
    IdGenerator ids = b.idGenerator != null ? b.idGenerator : IdGenerator.timeOrdered(clock);
    this.hostListener = b.eventListener;
    this.unitOfWork = new UnitOfWork(storage.transactions(), storage.outbox(), this::deliver);
    this.caseFollowUps = new CaseFollowUps(storage.followUps(), unitOfWork, ids, clock);
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
        storage.followUps(), policy, clock)
        .withComplaintsAndLoyalty(storage.complaints(), storage.loyaltyAccounts(), storage.programmes());
    this.loyalty = new LoyaltyService(storage.loyaltyAccounts(), storage.programmes(), storage.rewardStock(),
        unitOfWork, policy, clock, ids);
    ComplaintSetup cs = b.complaintSetup != null ? b.complaintSetup : ComplaintSetup.standard(clock.getZone());
    SlaClock sla = new SlaClock(cs.catalog());
    this.complaints = new ComplaintService(storage.complaints(), unitOfWork, policy, clock, ids, cs.settings(), sla,
        cs.defaultPolicy(), this::segmentOf);
    this.escalations = new Escalations(storage.complaints(), unitOfWork, sla, b.escalationRules);
    this.satisfaction = new SatisfactionService(storage.surveys(), unitOfWork, policy, clock, ids, b.surveys);
    this.retention = new RetentionWatch(customers, followUps, policy, clock, RetentionWatch.DEFAULT_DELAY);
  }

  /**
   * The segment a customer's complaints are served in when the intake names none:
   * {@value #KEY_ACCOUNT} for key accounts, else {@value #PRIORITY_SERVICE} for members of a tier
   * with priority service in any loyalty programme.
   */
  private Optional<String> segmentOf(CustomerId customer) {
    StorageProvider s = storage;
    if (s.customers().findById(customer).map(Customer::isKeyAccount).orElse(false)) {
      return Optional.of(KEY_ACCOUNT);
    }
    for (Programme programme : s.programmes().findAll()) {
      if (s.loyaltyAccounts().findByCustomer(programme.id(), customer)
          .map(account -> account.hasPriorityService(programme)).orElse(false)) {
        return Optional.of(PRIORITY_SERVICE);
      }
    }
    return Optional.empty();
  }

  /** The library reacts to its own events (a low survey score opens a task) before the host hears of them. */
  private void deliver(DomainEvent event) {
    caseFollowUps.onEvent(event);
    hostListener.onEvent(event);
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
   * Returns the loyalty service: programmes, member accounts, points and tiers.
   *
   * @return the service
   */
  public LoyaltyService loyalty() {
    return loyalty;
  }

  /**
   * Returns the complaint service: cases through the ISO 10002 stages, with their SLA status.
   *
   * @return the service
   */
  public ComplaintService complaints() {
    return complaints;
  }

  /**
   * Returns the escalation rules' evaluator over open complaint cases; {@link #runDue} calls it.
   *
   * @return the evaluator, with the rules set on the builder
   */
  public Escalations escalations() {
    return escalations;
  }

  /**
   * Returns the satisfaction service: survey invitations, answers and scores. A low score opens a
   * call-back task by itself.
   *
   * @return the service
   */
  public SatisfactionService satisfaction() {
    return satisfaction;
  }

  /**
   * Runs everything that is due at a moment: the reminder rules, then the complaint escalations,
   * then a follow-up task for each overdue case. The host's scheduler calls it every few minutes;
   * running it twice for one moment creates nothing twice. The library runs no thread of its own.
   *
   * @param now the moment, usually the scheduler's clock
   * @return what the run did
   */
  public DueRun runDue(Instant now) {
    requireNonNull(now, "now");
    ReminderRun reminded = reminders.runDue(now);
    EscalationReport escalated = escalations.runDue(now);
    return new DueRun(reminded, escalated, caseFollowUps.openFor(escalated));
  }

  /**
   * What one {@link #runDue} did.
   *
   * @param reminders the reminder rules' run
   * @param escalations the escalation run over open complaint cases
   * @param caseTasks the follow-up tasks opened for overdue cases
   */
  public record DueRun(ReminderRun reminders, EscalationReport escalations, List<FollowUpId> caseTasks) {
    /** Copies the list. */
    public DueRun {
      requireNonNull(reminders, "reminders");
      requireNonNull(escalations, "escalations");
      caseTasks = List.copyOf(caseTasks);
    }
  }

  /**
   * How complaints are handled: the host's categories and custom attributes, the SLA policies with
   * their business calendars, and the policy a new case starts on.
   *
   * @param settings the categories, attributes and reopen window
   * @param catalog the SLA policies and calendars
   * @param defaultPolicy the policy of a new case
   */
  public record ComplaintSetup(ComplaintSettings settings, SlaCatalog catalog, SlaPolicyId defaultPolicy) {
    /** Checks for nulls. */
    public ComplaintSetup {
      requireNonNull(settings, "settings");
      requireNonNull(catalog, "catalog");
      requireNonNull(defaultPolicy, "defaultPolicy");
    }

    /**
     * Returns the setup used unless the host gives its own: one category, {@code general}, and one
     * policy, {@code standard}, on a 24×7 calendar: acknowledge within a day, first response within
     * two, resolve within ten.
     *
     * @param zone the calendar's zone
     * @return the setup
     */
    public static ComplaintSetup standard(ZoneId zone) {
      SlaPolicyRef standard = SlaPolicyRef.of("standard", 1);
      SlaCatalog catalog = SlaCatalog.of(List.of(SlaPolicy.of(standard, "always",
              SlaTargets.of(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(10)))),
          List.of(BusinessCalendar.alwaysOpen("always", zone)));
      return new ComplaintSetup(ComplaintSettings.of(Set.of(ComplaintCategory.of("general"))), catalog,
          standard.policy());
    }
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
    private @Nullable ComplaintSetup complaintSetup;
    private List<EscalationRule> escalationRules = List.of();
    private List<Survey> surveys = List.of(SurveyTemplates.nps(), SurveyTemplates.csat(), SurveyTemplates.ces(),
        SurveyTemplates.afterPurchase());

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
     * Sets how complaints are handled; the default is {@link ComplaintSetup#standard} in the
     * clock's zone.
     *
     * @param setup the categories, SLA policies, calendars and default policy
     * @return this builder
     */
    public Builder complaints(ComplaintSetup setup) {
      this.complaintSetup = requireNonNull(setup, "setup");
      return this;
    }

    /**
     * Sets the escalation rules {@link Crm#runDue} evaluates over open cases; the default is none.
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder escalationRules(List<EscalationRule> rules) {
      this.escalationRules = List.copyOf(requireNonNull(rules, "rules"));
      return this;
    }

    /**
     * Sets the surveys customers can be invited to; the default is the NPS, CSAT, CES and
     * after-purchase templates.
     *
     * @param surveys the surveys, with distinct ids
     * @return this builder
     */
    public Builder surveys(List<Survey> surveys) {
      this.surveys = List.copyOf(requireNonNull(surveys, "surveys"));
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
