package org.mehrcrm.overview;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.Permission;
import org.mehrcrm.access.PersonalData;
import org.mehrcrm.complaint.Complaint;
import org.mehrcrm.complaint.ComplaintPermissions;
import org.mehrcrm.complaint.ComplaintRepository;
import org.mehrcrm.customer.ContactAddress;
import org.mehrcrm.customer.ContactPoint;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerPermissions;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.customer.EmailAddress;
import org.mehrcrm.customer.LifecycleChange;
import org.mehrcrm.customer.Person;
import org.mehrcrm.customer.PhoneNumber;
import org.mehrcrm.customer.PostalAddress;
import org.mehrcrm.customer.SocialHandle;
import org.mehrcrm.followup.FollowUp;
import org.mehrcrm.followup.FollowUpPermissions;
import org.mehrcrm.followup.FollowUpRepository;
import org.mehrcrm.interaction.Interaction;
import org.mehrcrm.interaction.InteractionPermissions;
import org.mehrcrm.interaction.InteractionRepository;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.kernel.PageRequest;
import org.mehrcrm.loyalty.LoyaltyAccountRepository;
import org.mehrcrm.loyalty.LoyaltyPermissions;
import org.mehrcrm.loyalty.Programme;
import org.mehrcrm.loyalty.ProgrammeRepository;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.purchase.PurchasePermissions;
import org.mehrcrm.purchase.PurchaseRepository;

/**
 * The application service for the 360° view and the timeline: reads across features, never
 * writes.
 *
 * <p>Example:
 * <pre>{@code
 * CustomerOverview view = overviews.overview(actor, customerId);
 * TimelinePage page = overviews.timeline(actor, customerId, null, 50);
 * TimelinePage next = overviews.timeline(actor, customerId, page.next().orElseThrow(), 50);
 * }</pre>
 * Both calls need {@code customer:read}; each section and each kind of timeline entry also needs
 * its feature's read permission and is left out without it. Personal fields (a person's name,
 * e-mail addresses, phone numbers, postal addresses, social handles) are masked unless the actor
 * holds {@code customer:read-personal}. It changes nothing, so it raises no events. Thread-safe.
 */
public final class OverviewService {
  /** How many interactions and purchases the view shows by default. */
  public static final int DEFAULT_RECENT = 10;

  private final CustomerRepository customers;
  private final InteractionRepository interactions;
  private final PurchaseRepository purchases;
  private final FollowUpRepository followUps;
  private final AccessPolicy policy;
  private final Clock clock;
  private final int recent;
  private final @Nullable ComplaintRepository complaints;
  private final @Nullable LoyaltyAccountRepository accounts;
  private final @Nullable ProgrammeRepository programmes;

  /**
   * Creates the service, showing {@value #DEFAULT_RECENT} recent interactions and purchases.
   *
   * @param customers where customers are kept
   * @param interactions where interactions are kept
   * @param purchases where purchases are kept
   * @param followUps where follow-ups are kept
   * @param policy the access policy
   * @param clock the clock that dates the view and judges leases
   */
  public OverviewService(CustomerRepository customers, InteractionRepository interactions,
      PurchaseRepository purchases, FollowUpRepository followUps, AccessPolicy policy, Clock clock) {
    this(customers, interactions, purchases, followUps, policy, clock, DEFAULT_RECENT);
  }

  /**
   * Creates the service.
   *
   * @param customers where customers are kept
   * @param interactions where interactions are kept
   * @param purchases where purchases are kept
   * @param followUps where follow-ups are kept
   * @param policy the access policy
   * @param clock the clock that dates the view and judges leases
   * @param recent how many interactions and purchases the view shows, 1 to
   *     {@value PageRequest#MAX_SIZE}
   * @throws InvalidFieldException if {@code recent} is out of range
   */
  public OverviewService(CustomerRepository customers, InteractionRepository interactions,
      PurchaseRepository purchases, FollowUpRepository followUps, AccessPolicy policy, Clock clock,
      int recent) {
    this.customers = requireNonNull(customers, "customers");
    this.interactions = requireNonNull(interactions, "interactions");
    this.purchases = requireNonNull(purchases, "purchases");
    this.followUps = requireNonNull(followUps, "followUps");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
    if (recent < 1 || recent > PageRequest.MAX_SIZE) {
      throw new InvalidFieldException("recent", "must be between 1 and " + PageRequest.MAX_SIZE);
    }
    this.recent = recent;
    this.complaints = null;
    this.accounts = null;
    this.programmes = null;
  }

  private OverviewService(OverviewService base, ComplaintRepository complaints, LoyaltyAccountRepository accounts,
      ProgrammeRepository programmes) {
    this.customers = base.customers;
    this.interactions = base.interactions;
    this.purchases = base.purchases;
    this.followUps = base.followUps;
    this.policy = base.policy;
    this.clock = base.clock;
    this.recent = base.recent;
    this.complaints = complaints;
    this.accounts = accounts;
    this.programmes = programmes;
  }

  /**
   * Returns this service with the complaint and loyalty sections wired in.
   *
   * @param complaints where complaint cases are kept
   * @param accounts where loyalty accounts are kept
   * @param programmes where loyalty programmes are kept
   * @return a service whose views show open complaints and loyalty standing
   */
  public OverviewService withComplaintsAndLoyalty(ComplaintRepository complaints, LoyaltyAccountRepository accounts,
      ProgrammeRepository programmes) {
    return new OverviewService(this, requireNonNull(complaints, "complaints"), requireNonNull(accounts, "accounts"),
        requireNonNull(programmes, "programmes"));
  }

  /**
   * Returns a customer's 360° view for an actor.
   *
   * @param actor who looks
   * @param id the customer
   * @return the view
   * @throws AccessDeniedException without {@code customer:read}
   * @throws NotFoundException if there is no such customer
   */
  public CustomerOverview overview(Actor actor, CustomerId id) {
    Customer c = readable(actor, id);
    Instant now = clock.instant();
    Optional<List<Interaction>> recentInteractions = may(actor, InteractionPermissions.READ)
        ? Optional.of(first(interactions.newestFirst(id, Instant.MAX), recent)) : Optional.empty();
    Optional<List<Purchase>> recentPurchases = may(actor, PurchasePermissions.READ)
        ? Optional.of(first(purchases.purchasesNewestFirst(id, Instant.MAX), recent)) : Optional.empty();
    Optional<List<OpenFollowUp>> open = may(actor, FollowUpPermissions.READ)
        ? Optional.of(followUps.openOf(id).stream().map(t -> summary(t, now)).toList()) : Optional.empty();
    ComplaintRepository cases = complaints;
    Optional<List<OpenComplaint>> openComplaints = cases != null && may(actor, ComplaintPermissions.READ)
        ? Optional.of(cases.findByCustomer(id).stream().filter(Complaint::isOpen)
            .map(k -> new OpenComplaint(k.id(), k.intake().category(), k.status(), k.priority(), k.receivedAt(),
                k.assignee().orElse(null)))
            .toList())
        : Optional.empty();
    return new CustomerOverview(now, profile(c, may(actor, CustomerPermissions.READ_PERSONAL)),
        c.stage(), c.lifecycleHistory(), recentInteractions, recentPurchases, open, openComplaints,
        loyalty(actor, id));
  }

  private Optional<List<LoyaltyStanding>> loyalty(Actor actor, CustomerId id) {
    LoyaltyAccountRepository members = accounts;
    ProgrammeRepository known = programmes;
    if (members == null || known == null || !may(actor, LoyaltyPermissions.READ)) {
      return Optional.empty();
    }
    List<LoyaltyStanding> standings = new ArrayList<>();
    for (Programme programme : known.findAll()) {
      members.findByCustomer(programme.id(), id).ifPresent(account -> standings.add(new LoyaltyStanding(
          programme.id(), account.id(), account.balance(), account.available(), account.tier(programme).id(),
          account.hasPriorityService(programme))));
    }
    return Optional.of(standings);
  }

  /**
   * Returns one page of a customer's timeline, newest first: interactions, purchases, returns and
   * lifecycle changes merged in descending (time, kind, id) order.
   *
   * @param actor who looks
   * @param id the customer
   * @param after the cursor of the last entry seen, or {@code null} for the first page
   * @param size the most entries on the page, 1 to {@value PageRequest#MAX_SIZE}
   * @return the page
   * @throws AccessDeniedException without {@code customer:read}
   * @throws NotFoundException if there is no such customer
   * @throws InvalidFieldException if the size is out of range
   */
  public TimelinePage timeline(Actor actor, CustomerId id, @Nullable TimelineCursor after, int size) {
    if (size < 1 || size > PageRequest.MAX_SIZE) {
      throw new InvalidFieldException("size", "must be between 1 and " + PageRequest.MAX_SIZE);
    }
    Customer c = readable(actor, id);
    Instant notAfter = after == null ? Instant.MAX : after.at();
    int wanted = size + 1;
    List<TimelineEntry> candidates = new ArrayList<>();
    if (may(actor, InteractionPermissions.READ)) {
      candidates.addAll(before(interactions.newestFirst(id, notAfter), TimelineEntry.OfInteraction::new, after, wanted));
    }
    if (may(actor, PurchasePermissions.READ)) {
      candidates.addAll(before(purchases.purchasesNewestFirst(id, notAfter), TimelineEntry.OfPurchase::new, after, wanted));
      candidates.addAll(before(purchases.returnsNewestFirst(id, notAfter), TimelineEntry.OfReturn::new, after, wanted));
    }
    List<LifecycleChange> history = c.lifecycleHistory();
    List<TimelineEntry> lifecycle = new ArrayList<>();
    for (int i = history.size() - 1; i >= 0 && lifecycle.size() < wanted; i--) {
      TimelineEntry e = new TimelineEntry.OfLifecycle(history.get(i), i);
      if (after == null || e.cursor().compareTo(after) < 0) {
        lifecycle.add(e);
      }
    }
    candidates.addAll(lifecycle);
    // Each cursor is built once: comparing by a cursor made per comparison cost ten times more.
    List<Map.Entry<TimelineCursor, TimelineEntry>> keyed = new ArrayList<>(candidates.size());
    candidates.forEach(e -> keyed.add(Map.entry(e.cursor(), e)));
    keyed.sort(Map.Entry.<TimelineCursor, TimelineEntry>comparingByKey().reversed());
    List<TimelineEntry> sorted = new ArrayList<>(Math.min(keyed.size(), wanted));
    for (int i = 0; i < keyed.size() && i < wanted; i++) {
      sorted.add(keyed.get(i).getValue());
    }
    if (sorted.size() <= size) {
      return new TimelinePage(sorted, null);
    }
    return new TimelinePage(sorted.subList(0, size), keyed.get(size - 1).getKey());
  }

  // ---------------------------------------------------------------- internals

  private Customer readable(Actor actor, CustomerId id) {
    policy.check(requireNonNull(actor, "actor"), CustomerPermissions.READ);
    requireNonNull(id, "id");
    return customers.findById(id).orElseThrow(() -> new NotFoundException("customer", id.value()));
  }

  private boolean may(Actor actor, Permission permission) {
    return policy.permits(actor, permission);
  }

  private static <T> List<T> first(Stream<T> stream, int n) {
    try (stream) {
      return stream.limit(n).toList();
    }
  }

  private static <T> List<TimelineEntry> before(Stream<T> newestFirst, Function<T, TimelineEntry> wrap,
      @Nullable TimelineCursor after, int n) {
    try (Stream<TimelineEntry> entries = newestFirst.map(wrap)) {
      return entries.filter(e -> after == null || e.cursor().compareTo(after) < 0).limit(n).toList();
    }
  }

  private static OpenFollowUp summary(FollowUp t, Instant now) {
    return new OpenFollowUp(t.id(), t.purpose(), t.title(), t.due(), t.priority(), t.owner().orElse(null),
        t.stateAt(now), t.holderAt(now).orElse(null));
  }

  static Profile profile(Customer c, boolean personal) {
    String name = c.party() instanceof Person && !personal ? PersonalData.maskName(c.displayName()) : c.displayName();
    List<ContactLine> contacts = new ArrayList<>();
    for (ContactPoint p : c.contactPoints()) {
      contacts.add(new ContactLine(p.kind(), personal ? p.address().toString() : mask(p.address()),
          p.primary(), p.verified()));
    }
    return new Profile(c.id(), c.party().kind(), name, contacts, c.preferredChannels(), c.tags(),
        c.owner().orElse(null), c.isKeyAccount(), c.timeZone().orElse(null), c.registeredAt(), !personal);
  }

  private static String mask(ContactAddress address) {
    if (address instanceof EmailAddress e) {
      return PersonalData.maskEmail(e.value());
    }
    if (address instanceof PhoneNumber p) {
      return PersonalData.maskPhone(p.value());
    }
    if (address instanceof PostalAddress a) {
      return "***, " + a.locality() + ", " + a.country();
    }
    if (address instanceof SocialHandle s) {
      return s.network() + ":" + PersonalData.maskName(s.handle());
    }
    return "***";
  }
}
