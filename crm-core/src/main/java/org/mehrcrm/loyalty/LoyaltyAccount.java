package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.kernel.NotFoundException;

/**
 * A member's account in one loyalty programme: an append-only ledger of point postings, the open
 * lots the credits formed, the running totals, the tier and the recent activity.
 *
 * <p>An account is opened by {@link #enrol} and changed by {@link #handle} (earn, redeem, cancel a
 * redemption, return, adjust — each a {@link LedgerCommand} with an idempotency key) and by
 * {@link #expire} (the scheduled run). Like every aggregate it is immutable: a command returns a new
 * account whose {@link #pendingPostings()} and {@link #pendingEvents()} describe the change:
 * <pre>{@code
 * LoyaltyAccount after = account.handle(new LedgerCommand.Redeem(IdempotencyKey.of("req-88"), 150, "voucher", null),
 *     programme, repository.history(account.id()), "agent-7", now);
 * repository.save(after);   // stores the state and appends after.pendingPostings()
 * }</pre>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Balance</b> is the sum of all postings, kept as a running total: O(1) to read.
 *       {@link #available()} is the balance less the points still pending.</li>
 *   <li><b>Lots:</b> every credit forms a lot. Redemptions and manual debits spend released lots
 *       in {@link Lot#SPENDING_ORDER} (soonest expiry, then oldest) and record the draws, so that
 *       cancelling a redemption restores exactly those lots. Restored points whose lot has expired
 *       meanwhile follow the programme's {@link RestoredLotPolicy}.</li>
 *   <li><b>Returns</b> take back the points of returned lines (or a share of the points in
 *       proportion to the refund), first from the order's own lot, then from other lots in
 *       spending order; a shortfall becomes arrears under the {@link ArrearsPolicy}, and later
 *       credits settle arrears first.</li>
 *   <li><b>Idempotency:</b> postings carry their command's key. A command whose key already has
 *       postings (in this instance's pending postings or in the {@link PostingHistory}) changes
 *       nothing and returns this account; {@link #postingsFor} returns the first result. Reusing a
 *       key for a different command fails. Each order earns once, whatever the key.</li>
 *   <li><b>Time</b> never goes backwards: a command dated before {@link #updatedAt()} runs at
 *       {@code updatedAt()}. Every command first releases pending lots, expires what is due and
 *       reviews the tier, exactly as {@link #expire} would.</li>
 *   <li><b>Size:</b> the account holds only open lots, totals, 36 months of tier activity and cap
 *       usage, never its postings, so each command costs O(open lots) however long the ledger is.</li>
 * </ul>
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LoyaltyAccount {
  /** Months of tier activity an account keeps. */
  static final int ACTIVITY_MONTHS = 36;
  private static final String SYSTEM = "system";

  private final LoyaltyAccountSnapshot state;
  private final List<Posting> pendingPostings;
  private final List<LoyaltyEvent> pendingEvents;

  private LoyaltyAccount(LoyaltyAccountSnapshot state, List<Posting> pendingPostings,
      List<LoyaltyEvent> pendingEvents) {
    this.state = state;
    this.pendingPostings = pendingPostings;
    this.pendingEvents = pendingEvents;
  }

  /**
   * Enrols a customer in a programme.
   *
   * @param id the new account's id
   * @param programme the programme
   * @param customer the member
   * @param at when
   * @return the new account at version 0 in the base tier, with an {@link LoyaltyEvent.Enrolled} event
   */
  public static LoyaltyAccount enrol(MembershipId id, Programme programme, CustomerId customer, Instant at) {
    requireNonNull(id, "id");
    requireNonNull(programme, "programme");
    requireNonNull(customer, "customer");
    requireNonNull(at, "at");
    TierScheme tiers = programme.tiers();
    TierStatus tier = new TierStatus(tiers.base().id(), at,
        tiers.window().nextReview(LocalDate.ofInstant(at, programme.zone())), false);
    LoyaltyAccountSnapshot s = new LoyaltyAccountSnapshot(id, programme.id(), customer, 0, at, at, at, 0,
        0, 0, 0, programme.arrears(), LedgerTotals.ZERO, List.of(), tier, List.of(), Map.of());
    return new LoyaltyAccount(s, List.of(), List.of(new LoyaltyEvent.Enrolled(id, programme.id(), customer, at)));
  }

  /**
   * Rebuilds a stored account; storage adapters call this when reading.
   *
   * @param snapshot the stored state, whose invariants were checked when it was made
   * @return the account, with no pending postings or events
   */
  public static LoyaltyAccount restore(LoyaltyAccountSnapshot snapshot) {
    return new LoyaltyAccount(requireNonNull(snapshot, "snapshot"), List.of(), List.of());
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the whole state, for storage adapters.
   *
   * @return the snapshot
   */
  public LoyaltyAccountSnapshot snapshot() {
    return state;
  }

  /**
   * Returns the id.
   *
   * @return the membership id
   */
  public MembershipId id() {
    return state.id();
  }

  /**
   * Returns the programme.
   *
   * @return the programme id
   */
  public ProgrammeId programmeId() {
    return state.programme();
  }

  /**
   * Returns the member.
   *
   * @return the customer id
   */
  public CustomerId customerId() {
    return state.customer();
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
   * Returns the latest moment a command changed the account.
   *
   * @return the moment
   */
  public Instant updatedAt() {
    return state.updatedAt();
  }

  /**
   * Returns the balance: the sum of all postings. O(1).
   *
   * @return the balance, negative only under {@link ArrearsPolicy#NEGATIVE_BALANCE}
   */
  public long balance() {
    return state.balance();
  }

  /**
   * Returns the points still in their pending period as of {@link #updatedAt()}.
   *
   * @return the pending points
   */
  public long pending() {
    return state.pending();
  }

  /**
   * Returns the points that can be spent as of {@link #updatedAt()}: the balance less the pending
   * points. O(1). For the figure at a later moment, use {@code expire(programme, at).available()}.
   *
   * @return the available points, negative only under {@link ArrearsPolicy#NEGATIVE_BALANCE}
   */
  public long available() {
    return state.balance() - state.pending();
  }

  /**
   * Returns the points owed from reversals of points already spent.
   *
   * @return the arrears, 0 when nothing is owed
   */
  public long arrears() {
    return state.arrears();
  }

  /**
   * Returns the running totals by kind of posting.
   *
   * @return the totals
   */
  public LedgerTotals totals() {
    return state.totals();
  }

  /**
   * Returns the open lots, in spending order.
   *
   * @return the lots
   */
  public List<Lot> openLots() {
    return state.openLots();
  }

  /**
   * Returns the tier status.
   *
   * @return the status
   */
  public TierStatus tierStatus() {
    return state.tier();
  }

  /**
   * Returns the current tier's definition.
   *
   * @param programme the account's programme
   * @return the tier, or the base tier if the programme no longer has it
   */
  public Tier tier(Programme programme) {
    TierScheme tiers = checkProgramme(programme).tiers();
    return tiers.tier(state.tier().tier()).orElse(tiers.base());
  }

  /**
   * Tells whether the member's tier gives priority service (read by complaint SLAs).
   *
   * @param programme the account's programme
   * @return true for a priority tier
   */
  public boolean hasPriorityService(Programme programme) {
    return tier(programme).priorityService();
  }

  /**
   * Returns the postings made since this instance was read, to be appended by the repository.
   *
   * @return the new postings, in id order
   */
  public List<Posting> pendingPostings() {
    return pendingPostings;
  }

  /**
   * Returns the events raised since this instance was read.
   *
   * @return the events, oldest first
   */
  public List<LoyaltyEvent> pendingEvents() {
    return pendingEvents;
  }

  /**
   * Returns the result of the command with a key: its postings.
   *
   * @param key the idempotency key
   * @param history the stored postings
   * @return the postings, empty if no command with that key was recorded
   */
  public List<Posting> postingsFor(IdempotencyKey key, PostingHistory history) {
    requireNonNull(key, "key");
    requireNonNull(history, "history");
    List<Posting> mine = select(pendingPostings, p -> p.key().equals(key));
    return mine.isEmpty() ? history.byKey(key) : mine;
  }

  /**
   * Returns the points that will expire after {@code from} and up to {@code until}, unless spent
   * first, grouped by moment; for "points expiring in the next 30 days" reminders.
   *
   * @param programme the account's programme
   * @param from the start (exclusive)
   * @param until the end (inclusive)
   * @return the expiring points, soonest first
   */
  public List<ExpiringPoints> expiringBetween(Programme programme, Instant from, Instant until) {
    checkProgramme(programme);
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    Instant deadline = programme.expiry().inactivityDeadline(state.lastActivityAt(), programme.zone());
    Map<Instant, Long> byMoment = new TreeMap<>();
    for (Lot lot : state.openLots()) {
      Instant at = lot.expiresAt();
      if (deadline != null && (at == null || deadline.isBefore(at))) {
        at = deadline;
      }
      if (at != null && at.isAfter(from) && !at.isAfter(until)) {
        byMoment.merge(at, lot.remaining(), Long::sum);
      }
    }
    List<ExpiringPoints> out = new ArrayList<>();
    byMoment.forEach((at, points) -> out.add(new ExpiringPoints(at, points)));
    return out;
  }

  // ---------------------------------------------------------------- commands

  /**
   * Applies a ledger command.
   *
   * @param command the command
   * @param programme the account's programme
   * @param history the account's stored postings, for idempotency, cancellations and returns
   * @param actorId who gives the command
   * @param at when
   * @return the changed account, or this account if the key was already used by the same command
   * @throws InvalidFieldException if the key was used by a different command, the command does not
   *     fit the account (another customer's purchase, an order that already earned, a redemption
   *     already cancelled, more units returned than bought)
   * @throws InsufficientPointsException if a redemption or debit exceeds the available points, or a
   *     reward's minimum balance is not held
   * @throws NotFoundException if the reward, the redemption or the returned order's earning is unknown
   */
  public LoyaltyAccount handle(LedgerCommand command, Programme programme, PostingHistory history,
      String actorId, Instant at) {
    requireNonNull(command, "command");
    checkProgramme(programme);
    requireNonNull(history, "history");
    requireNonNull(actorId, "actorId");
    requireNonNull(at, "at");
    List<Posting> prior = postingsFor(command.key(), history);
    if (!prior.isEmpty()) {
      if (!command.sameAs(prior.get(0))) {
        throw new InvalidFieldException("idempotencyKey",
            "was used for a different command (" + prior.get(0).kind() + " posting " + prior.get(0).id() + ")");
      }
      return this;
    }
    Work w = new Work(programme, history, actorId, at);
    w.catchUp();
    if (command instanceof LedgerCommand.Earn c) {
      w.earn(c);
    } else if (command instanceof LedgerCommand.EarnForEngagement c) {
      w.earn(c);
    } else if (command instanceof LedgerCommand.Redeem c) {
      w.redeem(c.key(), c.points(), c.points(), c.reason(), c.source());
    } else if (command instanceof LedgerCommand.RedeemReward c) {
      w.redeemReward(c);
    } else if (command instanceof LedgerCommand.CancelRedemption c) {
      w.cancel(c);
    } else if (command instanceof LedgerCommand.ReturnPurchase c) {
      w.reverse(c);
    } else {
      w.adjust((LedgerCommand.Adjust) command);
    }
    w.expireDue();
    return w.finish();
  }

  /**
   * Runs the scheduled maintenance at a moment: releases points whose pending period has ended,
   * expires lots that are due (in {@link Lot#SPENDING_ORDER}) or the whole balance after
   * inactivity, and reviews the tier if its review date has come. Idempotent: a lot expires only
   * once, so running it again at the same or an earlier moment changes nothing.
   *
   * @param programme the account's programme
   * @param at the moment of the run
   * @return the changed account, or this account if nothing was due
   */
  public LoyaltyAccount expire(Programme programme, Instant at) {
    checkProgramme(programme);
    requireNonNull(at, "at");
    Work w = new Work(programme, PostingHistory.empty(), SYSTEM, at);
    w.catchUp();
    return w.finish();
  }

  // ---------------------------------------------------------------- internals

  private Programme checkProgramme(Programme programme) {
    requireNonNull(programme, "programme");
    if (!programme.id().equals(state.programme())) {
      throw new InvalidFieldException("programme", "must be the account's programme (" + state.programme() + ")");
    }
    return programme;
  }

  private static List<Posting> select(List<Posting> postings, Predicate<Posting> test) {
    List<Posting> out = new ArrayList<>();
    for (Posting p : postings) {
      if (test.test(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<T> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return Collections.unmodifiableList(all);
  }

  /** The mutable working copy one command runs on; becomes a new account in {@link #finish()}. */
  private final class Work {
    private final Programme programme;
    private final PostingHistory history;
    private final String actorId;
    private final Instant t;
    private final ZoneId zone;
    private final ArrayList<Lot> lots;
    private long balance;
    private long arrears;
    private LedgerTotals totals;
    private long lastPosting;
    private Instant lastActivityAt;
    private TierStatus tier;
    /** The state's activity until the first change, then a private copy (most commands read it only). */
    private List<ActivityBucket> activity;
    private boolean activityCopied;
    /** The state's cap usage until the first change, then a private copy. */
    private Map<String, Long> capUsage;
    private boolean capUsageCopied;
    private long minorPerUnit;
    private @Nullable LocalDate today;
    private final List<Posting> postings = new ArrayList<>();
    private final List<LoyaltyEvent> events = new ArrayList<>();

    Work(Programme programme, PostingHistory history, String actorId, Instant at) {
      this.programme = programme;
      this.history = history;
      this.actorId = actorId;
      this.t = at.isBefore(state.updatedAt()) ? state.updatedAt() : at;
      this.zone = programme.zone();
      this.lots = new ArrayList<>(state.openLots());
      this.balance = state.balance();
      this.arrears = state.arrears();
      this.totals = state.totals();
      this.lastPosting = state.lastPosting();
      this.lastActivityAt = state.lastActivityAt();
      this.tier = state.tier();
      this.activity = state.activity();
      this.capUsage = state.capUsage();
    }

    // ------------------------------------------------------------ scheduled work

    void catchUp() {
      expireDue();
      review();
    }

    void expireDue() {
      Instant deadline = programme.expiry().inactivityDeadline(lastActivityAt, zone);
      if (deadline != null && !deadline.isAfter(t)) {
        String reason = "no activity since " + LocalDate.ofInstant(lastActivityAt, zone);
        while (!lots.isEmpty()) {
          expireFirst(reason);
        }
      }
      while (!lots.isEmpty() && lots.get(0).isExpiredAt(t)) {
        expireFirst("expired " + lots.get(0).expiresAt());
      }
    }

    private void expireFirst(String reason) {
      Lot lot = lots.remove(0);
      IdempotencyKey key = IdempotencyKey.of("expiry-" + (lastPosting + 1));
      post(PostingKind.EXPIRE, -lot.remaining(), key, SYSTEM, reason, null, null, null,
          List.of(LotDraw.from(lot, lot.remaining())), List.of());
    }

    /** The date of {@code t} in the programme's zone, computed once per command. */
    private LocalDate today() {
      LocalDate d = today;
      if (d == null) {
        d = LocalDate.ofInstant(t, zone);
        today = d;
      }
      return d;
    }

    void review() {
      TierScheme scheme = programme.tiers();
      LocalDate today = today();
      while (!tier.reviewOn().isAfter(today)) {
        LocalDate reviewOn = tier.reviewOn();
        Instant reviewAt = reviewOn.atStartOfDay(zone).toInstant();
        long measure = measure(scheme, reviewOn.minusDays(1));
        Tier qualified = scheme.qualifiedFor(measure);
        int current = scheme.rank(tier.tier());
        int reached = scheme.rank(qualified.id());
        if (reached >= current) {
          changeTier(reached > current ? qualified.id() : tier.tier(), reviewAt,
              scheme.window().nextReview(reviewOn), false);
        } else if (!scheme.grace().isZero() && !tier.inGrace()) {
          tier = new TierStatus(tier.tier(), tier.since(), reviewOn.plus(scheme.grace()), true);
        } else {
          changeTier(qualified.id(), reviewAt, scheme.window().nextReview(reviewOn), false);
        }
      }
    }

    private void upgradeIfQualified() {
      TierScheme scheme = programme.tiers();
      if (scheme.rank(tier.tier()) == scheme.tiers().size() - 1) {
        return; // already at the top
      }
      LocalDate today = today();
      Tier qualified = scheme.qualifiedFor(measure(scheme, today));
      if (scheme.rank(qualified.id()) > scheme.rank(tier.tier())) {
        changeTier(qualified.id(), t, scheme.window().nextReview(today), false);
      }
    }

    private void changeTier(TierId to, Instant since, LocalDate nextReview, boolean inGrace) {
      TierId from = tier.tier();
      tier = new TierStatus(to, from.equals(to) ? tier.since() : since, nextReview, inGrace);
      if (!from.equals(to)) {
        events.add(new LoyaltyEvent.TierChanged(state.id(), from, to, since));
      }
    }

    private long measure(TierScheme scheme, LocalDate date) {
      YearMonth first = scheme.window().firstMonth(date);
      YearMonth last = YearMonth.from(date);
      if (minorPerUnit == 0) {
        minorPerUnit = BigInteger.TEN.pow(Math.max(0,
            programme.currency().valuePerPoint().currency().getDefaultFractionDigits())).longValueExact();
      }
      long sum = 0;
      for (ActivityBucket b : activity) {
        if (!b.month().isBefore(first) && !b.month().isAfter(last)) {
          sum += b.value(scheme.measure(), minorPerUnit);
        }
      }
      return sum;
    }

    private void addActivity(YearMonth month, long qualifying, long spendMinor, long purchases) {
      if (!activityCopied) {
        activity = new ArrayList<>(activity);
        activityCopied = true;
      }
      int at = activity.size();
      while (at > 0 && activity.get(at - 1).month().isAfter(month)) {
        at--;
      }
      ActivityBucket b = at > 0 && activity.get(at - 1).month().equals(month) ? activity.get(at - 1) : null;
      if (b == null && month.isBefore(YearMonth.from(today()).minusMonths(ACTIVITY_MONTHS - 1))) {
        return; // older than what an account keeps
      }
      long q = (b == null ? 0 : b.qualifyingPoints()) + qualifying;
      long s = (b == null ? 0 : b.spendMinor()) + spendMinor;
      long n = (b == null ? 0 : b.purchases()) + purchases;
      ActivityBucket next = new ActivityBucket(month, Math.max(0, q), Math.max(0, s), Math.max(0, n));
      if (b == null) {
        activity.add(at, next);
      } else {
        activity.set(at - 1, next);
      }
    }

    private long minorUnits(@Nullable Money money) {
      if (money == null || !money.currency().equals(programme.currency().valuePerPoint().currency())) {
        return 0;
      }
      return money.amount().movePointRight(Math.max(0, money.currency().getDefaultFractionDigits())).longValueExact();
    }

    // ------------------------------------------------------------ commands

    void earn(LedgerCommand.Earn c) {
      Purchase purchase = c.purchase();
      checkCustomer(purchase.customer(), "purchase.customer");
      checkNotEarned(purchase.order(), "purchase.order");
      EarningContext context = EarningContext.of(purchase, zone, tier.tier(), multiplier(), capUsage);
      Award award = programme.rulesAt(purchase.at()).map(v -> v.award(context))
          .orElseGet(() -> Award.start(context.lines().size()));
      List<LinePoints> lines = new ArrayList<>();
      if (purchase.lines().isEmpty()) {
        lines.add(LinePoints.of(null, 1, award.linePoints().get(0)));
      } else {
        for (int i = 0; i < purchase.lines().size(); i++) {
          PurchaseLine line = purchase.lines().get(i);
          lines.add(LinePoints.of(line.productCode(), line.quantity(), award.linePoints().get(i)));
        }
      }
      credit(c.key(), award, lines, purchase.order(), purchase.total(), purchase.at(),
          purchase.at().plus(programme.pendingPeriod()), minorUnits(purchase.total()), 1);
    }

    void earn(LedgerCommand.EarnForEngagement c) {
      Engagement e = c.engagement();
      checkCustomer(e.customer(), "engagement.customer");
      checkNotEarned(e.source(), "engagement.source");
      EarningContext context = EarningContext.of(e, zone, tier.tier(), multiplier(), capUsage);
      Award award = programme.rulesAt(e.at()).map(v -> v.award(context)).orElseGet(() -> Award.start(0));
      credit(c.key(), award, List.of(), e.source(), e.amount(), e.at(), e.at(), 0, 0);
    }

    private void credit(IdempotencyKey key, Award award, List<LinePoints> lineList, SourceRef source,
        @Nullable Money amount, Instant earnedAt, Instant availableFrom, long spendMinor, long purchases) {
      List<LinePoints> lines = new ArrayList<>(lineList);
      if (award.bonus() > 0) {
        lines.add(LinePoints.of(null, 1, award.bonus()));
      }
      long points = award.total();
      Posting earn = post(PostingKind.EARN, points, key, actorId, "earned", source, null, amount, List.of(), lines);
      if (!award.capUsage().isEmpty() && !capUsageCopied) {
        capUsage = new HashMap<>(capUsage);
        capUsageCopied = true;
      }
      award.capUsage().forEach((capKey, used) -> {
        String capId = capKey.substring(0, capKey.indexOf('@') + 1);
        capUsage.keySet().removeIf(k -> k.startsWith(capId) && !k.equals(capKey));
        capUsage.merge(capKey, used, Long::sum);
      });
      if (points > 0) {
        addPoints(key, new LotDraw(LotId.of(earn.id().sequence()), points, earnedAt, availableFrom,
            programme.expiry().lotExpiry(earnedAt, zone)));
      }
      addActivity(YearMonth.from(today()), points, spendMinor, purchases);
      lastActivityAt = t;
      upgradeIfQualified();
    }

    private int multiplier() {
      return programme.tiers().tier(tier.tier()).map(Tier::earningMultiplierPercent).orElse(100);
    }

    private void checkCustomer(CustomerId customer, String field) {
      if (!customer.equals(state.customer())) {
        throw new InvalidFieldException(field, "must be the account's customer (" + state.customer() + ")");
      }
    }

    private void checkNotEarned(SourceRef source, String field) {
      for (Posting p : related(history.bySource(source), p -> source.equals(p.source()))) {
        if (p.kind() == PostingKind.EARN) {
          throw new InvalidFieldException(field, "has already earned points (posting " + p.id() + ", key " + p.key() + ")");
        }
      }
    }

    void redeem(IdempotencyKey key, long points, long minimumAvailable, String reason, @Nullable SourceRef source) {
      long available = available();
      if (available < minimumAvailable) {
        throw new InsufficientPointsException(state.id(), minimumAvailable, available);
      }
      List<LotDraw> draws = take(points, lot -> !lot.isPendingAt(t));
      post(PostingKind.REDEEM, -points, key, actorId, reason, source, null, null, draws, List.of());
      lastActivityAt = t;
    }

    void redeemReward(LedgerCommand.RedeemReward c) {
      Reward reward = programme.reward(c.reward())
          .orElseThrow(() -> new NotFoundException("reward", c.reward().value()));
      if (!reward.isAvailableAt(t)) {
        throw new InvalidFieldException("reward", "must be available at " + t + " (" + reward.id() + " is not)");
      }
      redeem(c.key(), reward.cost(), reward.minimumBalance(), reward.name(), c.source());
    }

    void cancel(LedgerCommand.CancelRedemption c) {
      Posting redemption = related(history.byId(c.redemption()).map(List::of).orElse(List.of()),
          p -> p.id().equals(c.redemption())).stream().findFirst()
          .orElseThrow(() -> new NotFoundException("posting", state.id() + "/" + c.redemption()));
      if (redemption.kind() != PostingKind.REDEEM) {
        throw new InvalidFieldException("redemption", "must be a REDEEM posting (" + c.redemption() + " is "
            + redemption.kind() + ")");
      }
      for (Posting p : related(history.correctionsOf(redemption.id()), p -> redemption.id().equals(p.reverses()))) {
        if (p.kind() == PostingKind.RESTORE) {
          throw new InvalidFieldException("redemption", "is already cancelled (posting " + p.id() + ")");
        }
      }
      List<LotDraw> restored = new ArrayList<>();
      for (LotDraw d : redemption.draws()) {
        Instant expiry = d.expiresAt();
        if (expiry != null && !expiry.isAfter(t) && !programme.restoredLots().expiresAtOnce()) {
          expiry = t.plus(programme.restoredLots().grace());
        }
        restored.add(new LotDraw(d.lot(), d.points(), d.earnedAt(), d.availableFrom(), expiry));
      }
      post(PostingKind.RESTORE, -redemption.points(), c.key(), actorId, c.reason(), redemption.source(),
          redemption.id(), null, restored, List.of());
      for (LotDraw d : restored) {
        addPoints(c.key(), d);
      }
    }

    void reverse(LedgerCommand.ReturnPurchase c) {
      Posting earn = null;
      for (Posting p : related(history.bySource(c.order()), p -> c.order().equals(p.source()))) {
        if (p.kind() == PostingKind.EARN) {
          earn = p;
          break;
        }
      }
      if (earn == null) {
        throw new NotFoundException("earning for order", c.order().value());
      }
      PostingId earnId = earn.id();
      List<Posting> previous = new ArrayList<>();
      for (Posting p : related(history.correctionsOf(earnId), p -> earnId.equals(p.reverses()))) {
        if (p.kind() == PostingKind.REVERSAL) {
          previous.add(p);
        }
      }
      long reversedBefore = 0;
      for (Posting p : previous) {
        reversedBefore += p.due();
      }
      List<LinePoints> lines = c.lines().isEmpty() ? proportional(earn, previous, reversedBefore, c)
          : byLine(earn, previous, c.lines());
      long due = 0;
      for (LinePoints l : lines) {
        due += l.points();
      }
      if (due > earn.due() - reversedBefore) {
        throw new InvalidFieldException("return", "must not take back more points than the order earned");
      }
      LotId own = LotId.of(earnId.sequence());
      List<LotDraw> draws = new ArrayList<>(take(due, lot -> lot.id().equals(own)));
      long taken = sum(draws);
      draws.addAll(take(due - taken, lot -> true));
      taken = sum(draws);
      long shortfall = due - taken;
      long points = state.arrearsPolicy() == ArrearsPolicy.NEGATIVE_BALANCE ? -due : -taken;
      Posting reversal = post(PostingKind.REVERSAL, points, c.key(), actorId, "returned", c.order(), earnId,
          c.refund(), draws, lines);
      if (shortfall > 0) {
        arrears += shortfall;
        events.add(new LoyaltyEvent.ArrearsRecorded(state.id(), reversal.id(), shortfall, arrears, t));
      }
      addActivity(YearMonth.from(LocalDate.ofInstant(earn.at(), zone)), -due, -minorUnits(c.refund()), 0);
    }

    private List<LinePoints> proportional(Posting earn, List<Posting> previous, long reversedBefore,
        LedgerCommand.ReturnPurchase c) {
      Money refund = requireNonNull(c.refund());
      Money total = earn.amount();
      if (total == null || total.isZero()) {
        return List.of(LinePoints.of(null, 1, 0));
      }
      Money refunded = refund;
      for (Posting p : previous) {
        if (p.amount() != null) {
          refunded = refunded.plus(p.amount());
        }
      }
      if (refunded.compareTo(total) > 0) {
        throw new InvalidFieldException("refund", "must not exceed what is left of the purchase total (" + total + ")");
      }
      long target = BigInteger.valueOf(earn.due()).multiply(refunded.amount().unscaledValue())
          .divide(total.amount().unscaledValue()).longValueExact();
      return List.of(LinePoints.of(null, 1, Math.max(0, target - reversedBefore)));
    }

    private List<LinePoints> byLine(Posting earn, List<Posting> previous, List<ReturnedLine> returned) {
      Map<String, long[]> bought = new LinkedHashMap<>(); // code -> {quantity, points}
      for (LinePoints l : earn.lines()) {
        if (l.productCode() != null) {
          bought.computeIfAbsent(l.productCode(), k -> new long[2]);
          bought.get(l.productCode())[0] += l.quantity();
          bought.get(l.productCode())[1] += l.points();
        }
      }
      Map<String, long[]> back = new HashMap<>(); // code -> {quantity, points} reversed before
      for (Posting p : previous) {
        for (LinePoints l : p.lines()) {
          if (l.productCode() != null) {
            back.computeIfAbsent(l.productCode(), k -> new long[2]);
            back.get(l.productCode())[0] += l.quantity();
            back.get(l.productCode())[1] += l.points();
          }
        }
      }
      List<LinePoints> out = new ArrayList<>();
      for (ReturnedLine r : returned) {
        long[] b = bought.get(r.productCode());
        if (b == null) {
          throw new InvalidFieldException("return.productCode", "must be a line of the order (" + r.productCode() + " is not)");
        }
        long[] before = back.computeIfAbsent(r.productCode(), k -> new long[2]);
        if (before[0] + r.quantity() > b[0]) {
          throw new InvalidFieldException("return.quantity",
              "must not exceed the units bought (" + r.productCode() + ": " + (b[0] - before[0]) + " left)");
        }
        long target = BigInteger.valueOf(b[1]).multiply(BigInteger.valueOf(before[0] + r.quantity()))
            .divide(BigInteger.valueOf(b[0])).longValueExact();
        out.add(LinePoints.of(r.productCode(), r.quantity(), target - before[1]));
        before[0] += r.quantity();
        before[1] = target;
      }
      return out;
    }

    void adjust(LedgerCommand.Adjust c) {
      if (c.points() > 0) {
        Posting p = post(PostingKind.ADJUSTMENT, c.points(), c.key(), actorId, c.reason(), null, null, null,
            List.of(), List.of());
        addPoints(c.key(), new LotDraw(LotId.of(p.id().sequence()), c.points(), t, t,
            programme.expiry().lotExpiry(t, zone)));
      } else {
        long points = -c.points();
        long available = available();
        if (available < points) {
          throw new InsufficientPointsException(state.id(), points, available);
        }
        post(PostingKind.ADJUSTMENT, c.points(), c.key(), actorId, c.reason(), null, null, null,
            take(points, lot -> !lot.isPendingAt(t)), List.of());
      }
    }

    // ------------------------------------------------------------ lots and postings

    private long available() {
      long pending = 0;
      for (Lot lot : lots) {
        if (lot.isPendingAt(t)) {
          pending += lot.remaining();
        }
      }
      return balance - pending;
    }

    /** Takes up to {@code points} from eligible lots in spending order. */
    private List<LotDraw> take(long points, Predicate<Lot> eligible) {
      List<LotDraw> draws = new ArrayList<>();
      long need = points;
      int i = 0;
      while (need > 0 && i < lots.size()) {
        Lot lot = lots.get(i);
        if (!eligible.test(lot)) {
          i++;
          continue;
        }
        long n = Math.min(need, lot.remaining());
        draws.add(LotDraw.from(lot, n));
        need -= n;
        if (n == lot.remaining()) {
          lots.remove(i);
        } else {
          lots.set(i, lot.withRemaining(lot.remaining() - n));
          i++;
        }
      }
      return draws;
    }

    /** Puts credited points into their lot, settling arrears first. */
    private void addPoints(IdempotencyKey key, LotDraw credit) {
      long absorbed = Math.min(arrears, credit.points());
      if (absorbed > 0) {
        arrears -= absorbed;
        if (state.arrearsPolicy() == ArrearsPolicy.SETTLE_FROM_FUTURE_EARNINGS) {
          post(PostingKind.SETTLEMENT, -absorbed, key, actorId, "arrears settled", null, null, null,
              List.of(new LotDraw(credit.lot(), absorbed, credit.earnedAt(), credit.availableFrom(),
                  credit.expiresAt())), List.of());
        }
      }
      long rest = credit.points() - absorbed;
      if (rest == 0) {
        return;
      }
      for (int i = 0; i < lots.size(); i++) {
        Lot open = lots.get(i);
        if (open.id().equals(credit.lot())) {
          lots.set(i, open.withRemaining(open.remaining() + rest));
          return;
        }
      }
      Lot lot = new Lot(credit.lot(), rest, credit.earnedAt(), credit.availableFrom(), credit.expiresAt());
      int at = Collections.binarySearch(lots, lot, Lot.SPENDING_ORDER);
      lots.add(at < 0 ? -at - 1 : at, lot);
    }

    private Posting post(PostingKind kind, long points, IdempotencyKey key, String actor, String reason,
        @Nullable SourceRef source, @Nullable PostingId reverses, @Nullable Money amount, List<LotDraw> draws,
        List<LinePoints> lines) {
      lastPosting++;
      balance = Math.addExact(balance, points);
      Posting p = new Posting(state.id(), PostingId.of(lastPosting), key, kind, points, balance, t, actor, reason,
          source, reverses, amount, draws, lines);
      totals = totals.plus(p);
      postings.add(p);
      events.add(new LoyaltyEvent.Posted(state.id(), p.id(), kind, points, balance, t));
      return p;
    }

    /** The stored postings matching a lookup, followed by this account's unsaved ones that match. */
    private List<Posting> related(List<Posting> stored, Predicate<Posting> test) {
      List<Posting> all = new ArrayList<>(stored);
      all.addAll(select(pendingPostings, test));
      all.addAll(select(postings, test));
      return all;
    }

    private long sum(List<LotDraw> draws) {
      long s = 0;
      for (LotDraw d : draws) {
        s += d.points();
      }
      return s;
    }

    LoyaltyAccount finish() {
      if (!activity.isEmpty()) {
        YearMonth oldest = YearMonth.from(today()).minusMonths(ACTIVITY_MONTHS - 1);
        if (activity.get(0).month().isBefore(oldest)) {
          List<ActivityBucket> kept = new ArrayList<>();
          for (ActivityBucket b : activity) {
            if (!b.month().isBefore(oldest)) {
              kept.add(b);
            }
          }
          activity = kept;
        }
      }
      long pending = 0;
      for (Lot lot : lots) {
        if (lot.isPendingAt(t)) {
          pending += lot.remaining();
        }
      }
      boolean unchanged = postings.isEmpty() && events.isEmpty() && pending == state.pending()
          && tier.equals(state.tier());
      if (unchanged) {
        return LoyaltyAccount.this;
      }
      LoyaltyAccountSnapshot next = new LoyaltyAccountSnapshot(state.id(), state.programme(), state.customer(),
          state.version(), state.enrolledAt(), t, lastActivityAt, lastPosting, balance, pending, arrears,
          state.arrearsPolicy(), totals, lots, tier, activity, capUsage);
      return new LoyaltyAccount(next, concat(pendingPostings, postings), concat(pendingEvents, events));
    }
  }

  /**
   * Returns the most recent stored or pending posting of this account with an id; a convenience for
   * callers holding an unsaved account.
   *
   * @param id the posting
   * @param history the stored postings
   * @return the posting, or empty
   */
  public Optional<Posting> posting(PostingId id, PostingHistory history) {
    requireNonNull(id, "id");
    requireNonNull(history, "history");
    for (Posting p : pendingPostings) {
      if (p.id().equals(id)) {
        return Optional.of(p);
      }
    }
    return history.byId(id);
  }

  @Override
  public String toString() {
    return "LoyaltyAccount[" + state.id() + " v" + state.version() + " balance " + state.balance() + "]";
  }
}
