package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.Permission;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.kernel.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application service for loyalty: enrols members, earns, redeems, reverses and expires
 * points, and answers statements, previews, tier outlooks and KPIs on behalf of an actor.
 *
 * <p>Every call checks the access policy ({@link LoyaltyPermissions}), applies the command to the
 * account read fresh from the repository, and saves the account, its postings and its events in one
 * unit of work. A command that loses a race with another writer on the same account is retried on
 * fresh state — re-validated, so a redemption that no longer fits fails with
 * {@link InsufficientPointsException} rather than overspending. Ledger commands carry an
 * idempotency key; a repeat returns the first result. Example:
 * <pre>{@code
 * loyalty.enrol(actor, ProgrammeId.of("club"), CustomerId.of("C-1"));
 * Receipt r = loyalty.earn(actor, ProgrammeId.of("club"), IdempotencyKey.of("order-1001"), purchase);
 * loyalty.redeem(actor, r.membership(), IdempotencyKey.of("req-88"), 150, "voucher", null);
 * }</pre>
 * Thread-safe.
 *
 * @since 0.1
 */
public final class LoyaltyService {
  private static final Logger LOG = LoggerFactory.getLogger(LoyaltyService.class);
  /** Enough that many tills redeeming on one account at once all get an answer. */
  private static final int MAX_ATTEMPTS = 50;

  private final LoyaltyAccountRepository accounts;
  private final ProgrammeRepository programmes;
  private final RewardStock stock;
  private final UnitOfWork unitOfWork;
  private final AccessPolicy policy;
  private final Clock clock;
  private final IdGenerator ids;

  /**
   * Creates the service.
   *
   * @param accounts where accounts and postings are kept
   * @param programmes where programmes are kept
   * @param stock where reward stock is counted
   * @param unitOfWork the transaction and event machinery
   * @param policy the access policy
   * @param clock the clock that dates every change
   * @param ids the generator for membership ids
   */
  public LoyaltyService(LoyaltyAccountRepository accounts, ProgrammeRepository programmes, RewardStock stock,
      UnitOfWork unitOfWork, AccessPolicy policy, Clock clock, IdGenerator ids) {
    this.accounts = requireNonNull(accounts, "accounts");
    this.programmes = requireNonNull(programmes, "programmes");
    this.stock = requireNonNull(stock, "stock");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
  }

  /**
   * Stores a new programme or a changed one.
   *
   * @param actor who configures
   * @param programme the programme, at the revision it was read at
   * @return the stored programme
   * @throws AccessDeniedException without {@code loyalty:configure}
   * @throws ConcurrentUpdateException if somebody else changed it first
   */
  public Programme saveProgramme(Actor actor, Programme programme) {
    check(actor, LoyaltyPermissions.CONFIGURE);
    requireNonNull(programme, "programme");
    return unitOfWork.run(() -> programmes.save(programme));
  }

  /**
   * Enrols a customer, or returns the existing account (enrolment is idempotent per customer).
   *
   * @param actor who enrols
   * @param programme the programme
   * @param customer the customer
   * @return the stored account
   * @throws AccessDeniedException without {@code loyalty:enrol}
   * @throws NotFoundException if there is no such programme
   */
  public LoyaltyAccount enrol(Actor actor, ProgrammeId programme, CustomerId customer) {
    check(actor, LoyaltyPermissions.ENROL);
    requireNonNull(customer, "customer");
    Programme p = programme(programme);
    for (int attempt = 1; ; attempt++) {
      Optional<LoyaltyAccount> existing = accounts.findByCustomer(programme, customer);
      if (existing.isPresent()) {
        return existing.get();
      }
      LoyaltyAccount fresh = LoyaltyAccount.enrol(MembershipId.of(ids.nextId()), p, customer, now());
      try {
        return store(fresh);
      } catch (InvalidFieldException | ConcurrentUpdateException raced) {
        if (attempt == MAX_ATTEMPTS) {
          throw raced;
        }
      }
    }
  }

  /**
   * Finds an account.
   *
   * @param actor who asks
   * @param membership the account
   * @return the account, or empty
   * @throws AccessDeniedException without {@code loyalty:read}
   */
  public Optional<LoyaltyAccount> find(Actor actor, MembershipId membership) {
    check(actor, LoyaltyPermissions.READ);
    return accounts.findById(requireNonNull(membership, "membership"));
  }

  /**
   * Finds a customer's account in a programme.
   *
   * @param actor who asks
   * @param programme the programme
   * @param customer the customer
   * @return the account, or empty
   * @throws AccessDeniedException without {@code loyalty:read}
   */
  public Optional<LoyaltyAccount> findByCustomer(Actor actor, ProgrammeId programme, CustomerId customer) {
    check(actor, LoyaltyPermissions.READ);
    return accounts.findByCustomer(requireNonNull(programme, "programme"), requireNonNull(customer, "customer"));
  }

  /**
   * Awards points for a purchase to the buyer's account in a programme.
   *
   * @param actor who records the purchase
   * @param programme the programme
   * @param key the idempotency key, e.g. the order id
   * @param purchase the purchase
   * @return the receipt
   * @throws AccessDeniedException without {@code loyalty:earn}
   * @throws NotFoundException if the buyer is not a member
   * @throws InvalidFieldException if the order already earned points under another key
   */
  public Receipt earn(Actor actor, ProgrammeId programme, IdempotencyKey key, Purchase purchase) {
    requireNonNull(purchase, "purchase");
    return apply(actor, LoyaltyPermissions.EARN, member(actor, programme, purchase.customer()),
        new LedgerCommand.Earn(key, purchase));
  }

  /**
   * Awards points for an engagement (sign-up, referral, review, survey, donation).
   *
   * @param actor who records it
   * @param programme the programme
   * @param key the idempotency key
   * @param engagement the engagement
   * @return the receipt
   * @throws AccessDeniedException without {@code loyalty:earn}
   * @throws NotFoundException if the customer is not a member
   */
  public Receipt earn(Actor actor, ProgrammeId programme, IdempotencyKey key, Engagement engagement) {
    requireNonNull(engagement, "engagement");
    return apply(actor, LoyaltyPermissions.EARN, member(actor, programme, engagement.customer()),
        new LedgerCommand.EarnForEngagement(key, engagement));
  }

  /**
   * Spends points.
   *
   * @param actor who redeems
   * @param membership the account
   * @param key the idempotency key
   * @param points the points
   * @param reason what for
   * @param source the host's order or voucher, or {@code null}
   * @return the receipt
   * @throws AccessDeniedException without {@code loyalty:redeem}
   * @throws NotFoundException if there is no such account
   * @throws InsufficientPointsException if fewer points are available
   */
  public Receipt redeem(Actor actor, MembershipId membership, IdempotencyKey key, long points, String reason,
      @Nullable SourceRef source) {
    return apply(actor, LoyaltyPermissions.REDEEM, membership, new LedgerCommand.Redeem(key, points, reason, source));
  }

  /**
   * Redeems a reward from the catalogue, taking one unit of its stock.
   *
   * @param actor who redeems
   * @param membership the account
   * @param key the idempotency key
   * @param reward the reward
   * @return the receipt
   * @throws AccessDeniedException without {@code loyalty:redeem}
   * @throws NotFoundException if there is no such account or reward
   * @throws InsufficientPointsException if the member holds less than the reward's minimum balance
   * @throws InvalidFieldException if the reward is unavailable or out of stock
   */
  public Receipt redeemReward(Actor actor, MembershipId membership, IdempotencyKey key, RewardId reward) {
    return apply(actor, LoyaltyPermissions.REDEEM, membership, new LedgerCommand.RedeemReward(key, reward));
  }

  /**
   * Cancels a redemption, restoring the exact lots it drew on (and a reward's stock).
   *
   * @param actor who cancels
   * @param membership the account
   * @param key the idempotency key
   * @param redemption the redemption posting
   * @param reason why
   * @return the receipt
   * @throws AccessDeniedException without {@code loyalty:redeem}
   * @throws NotFoundException if there is no such account or posting
   * @throws InvalidFieldException if the posting is no redemption or is already cancelled
   */
  public Receipt cancelRedemption(Actor actor, MembershipId membership, IdempotencyKey key, PostingId redemption,
      String reason) {
    return apply(actor, LoyaltyPermissions.REDEEM, membership,
        new LedgerCommand.CancelRedemption(key, redemption, reason));
  }

  /**
   * Takes back the points of a return: by line, or in proportion to the refund when no lines are given.
   *
   * @param actor who records the return
   * @param membership the account
   * @param key the idempotency key, e.g. the return id
   * @param order the order returned
   * @param lines the returned lines, or empty
   * @param refund the money refunded, required without lines
   * @return the receipt; a shortfall shows as {@link Posting#shortfall()}
   * @throws AccessDeniedException without {@code loyalty:earn}
   * @throws NotFoundException if there is no such account or the order earned nothing
   * @throws InvalidFieldException if more is returned than was bought
   */
  public Receipt returnPurchase(Actor actor, MembershipId membership, IdempotencyKey key, SourceRef order,
      List<ReturnedLine> lines, @Nullable Money refund) {
    return apply(actor, LoyaltyPermissions.EARN, membership,
        new LedgerCommand.ReturnPurchase(key, order, lines, refund));
  }

  /**
   * Corrects a balance by hand.
   *
   * @param actor who corrects
   * @param membership the account
   * @param key the idempotency key
   * @param points the signed change
   * @param reason why
   * @return the receipt
   * @throws AccessDeniedException without {@code loyalty:adjust}
   * @throws NotFoundException if there is no such account
   * @throws InsufficientPointsException if a debit exceeds the available points
   */
  public Receipt adjust(Actor actor, MembershipId membership, IdempotencyKey key, long points, String reason) {
    return apply(actor, LoyaltyPermissions.ADJUST, membership, new LedgerCommand.Adjust(key, points, reason));
  }

  /**
   * Runs the scheduled expiry and tier review over every account of a programme, one unit of work
   * per changed account; the host's scheduler calls it (the library starts no threads). Idempotent.
   *
   * @param actor who runs it
   * @param programme the programme
   * @return how many accounts changed
   * @throws AccessDeniedException without {@code loyalty:run}
   * @throws NotFoundException if there is no such programme
   */
  public int runExpiry(Actor actor, ProgrammeId programme) {
    check(actor, LoyaltyPermissions.RUN);
    Programme p = programme(programme);
    Instant at = now();
    int changed = 0;
    List<MembershipId> members;
    try (Stream<LoyaltyAccount> all = accounts.streamByProgramme(programme)) {
      members = all.filter(a -> a.expire(p, at) != a).map(LoyaltyAccount::id).toList();
    }
    for (MembershipId id : members) {
      if (update(id, a -> a.expire(p, at)) != null) {
        changed++;
      }
    }
    return changed;
  }

  /**
   * Returns a member's statement for a period.
   *
   * @param actor who asks
   * @param membership the account
   * @param from the first moment
   * @param until the first moment after the period
   * @return the statement
   * @throws AccessDeniedException without {@code loyalty:read}
   * @throws NotFoundException if there is no such account
   */
  public Statement statement(Actor actor, MembershipId membership, Instant from, Instant until) {
    check(actor, LoyaltyPermissions.READ);
    LoyaltyAccount account = account(membership);
    List<Posting> in;
    List<Posting> after;
    try (Stream<Posting> s = accounts.postings(membership, from, until)) {
      in = s.toList();
    }
    try (Stream<Posting> s = accounts.postings(membership, until, Instant.MAX)) {
      after = s.toList();
    }
    return Statement.of(membership, from, until, account.balance(), in, after);
  }

  /**
   * Returns the points that will expire within a duration unless spent, for reminder messages.
   *
   * @param actor who asks
   * @param membership the account
   * @param within how far ahead, e.g. 30 days
   * @return the expiring points, soonest first
   * @throws AccessDeniedException without {@code loyalty:read}
   * @throws NotFoundException if there is no such account
   */
  public List<ExpiringPoints> expiringWithin(Actor actor, MembershipId membership, Duration within) {
    check(actor, LoyaltyPermissions.READ);
    requireNonNull(within, "within");
    LoyaltyAccount account = account(membership);
    Instant at = now();
    return account.expiringBetween(programme(account.programmeId()), at, at.plus(within));
  }

  /**
   * Explains what a member needs by a date to keep or reach a tier.
   *
   * @param actor who asks
   * @param membership the account
   * @param tier the tier
   * @param by the date
   * @return the answer
   * @throws AccessDeniedException without {@code loyalty:read}
   * @throws NotFoundException if there is no such account or tier
   */
  public TierOutlook tierOutlook(Actor actor, MembershipId membership, TierId tier, LocalDate by) {
    check(actor, LoyaltyPermissions.READ);
    LoyaltyAccount account = account(membership);
    return TierOutlook.of(account, programme(account.programmeId()), tier, by, now());
  }

  /**
   * Computes a programme's KPIs now.
   *
   * @param actor who asks
   * @param programme the programme
   * @param activeWithin how recent activity must be for a member to count as active
   * @return the figures
   * @throws AccessDeniedException without {@code loyalty:read}
   * @throws NotFoundException if there is no such programme
   */
  public ProgrammeKpis kpis(Actor actor, ProgrammeId programme, Duration activeWithin) {
    check(actor, LoyaltyPermissions.READ);
    Programme p = programme(programme);
    try (Stream<LoyaltyAccount> all = accounts.streamByProgramme(programme)) {
      return ProgrammeKpis.of(p, all, now(), activeWithin);
    }
  }

  // ---------------------------------------------------------------- internals

  private void check(Actor actor, Permission permission) {
    policy.check(requireNonNull(actor, "actor"), permission);
  }

  private Instant now() {
    return clock.instant();
  }

  private Programme programme(ProgrammeId id) {
    requireNonNull(id, "programme");
    return programmes.findById(id).orElseThrow(() -> new NotFoundException("programme", id.value()));
  }

  private LoyaltyAccount account(MembershipId id) {
    requireNonNull(id, "membership");
    return accounts.findById(id).orElseThrow(() -> new NotFoundException("membership", id.value()));
  }

  private MembershipId member(Actor actor, ProgrammeId programme, CustomerId customer) {
    check(actor, LoyaltyPermissions.EARN);
    requireNonNull(programme, "programme");
    return accounts.findByCustomer(programme, customer).map(LoyaltyAccount::id)
        .orElseThrow(() -> new NotFoundException("membership of " + customer + " in", programme.value()));
  }

  private Receipt apply(Actor actor, Permission permission, MembershipId membership, LedgerCommand command) {
    check(actor, permission);
    requireNonNull(membership, "membership");
    return unitOfWork.retrying(MAX_ATTEMPTS, () -> {
      LoyaltyAccount current = account(membership);
      Programme programme = programme(current.programmeId());
      PostingHistory history = accounts.history(membership);
      LoyaltyAccount changed = current.handle(command, programme, history, actor.id(), now());
      if (changed == current) {
        return new Receipt(membership, command.key(), current.postingsFor(command.key(), history),
            current.balance(), current.available(), true);
      }
      LoyaltyAccount saved = storeWithStock(changed, command, programme, history);
      return new Receipt(membership, command.key(), changed.postingsFor(command.key(), PostingHistory.empty()),
          saved.balance(), saved.available(), false);
    });
  }

  private @Nullable LoyaltyAccount update(MembershipId id, Function<LoyaltyAccount, LoyaltyAccount> change) {
    return unitOfWork.retrying(MAX_ATTEMPTS, () -> {
      LoyaltyAccount current = account(id);
      LoyaltyAccount changed = change.apply(current);
      return changed == current ? null : store(changed);
    });
  }

  private LoyaltyAccount store(LoyaltyAccount changed) {
    return unitOfWork.run(() -> {
      LoyaltyAccount saved = accounts.save(changed);
      unitOfWork.record(changed.pendingEvents());
      return saved;
    });
  }

  /** Saves, taking a reward's stock first (and giving it back if the save fails) or returning it on cancellation. */
  private LoyaltyAccount storeWithStock(LoyaltyAccount changed, LedgerCommand command, Programme programme,
      PostingHistory history) {
    RewardId taken = null;
    RewardId returned = null;
    if (command instanceof LedgerCommand.RedeemReward r) {
      Reward reward = programme.reward(r.reward()).orElseThrow(() -> new NotFoundException("reward", r.reward().value()));
      taken = reward.stock() == null ? null : reward.id();
    } else if (command instanceof LedgerCommand.CancelRedemption c) {
      returned = changed.posting(c.redemption(), history).map(Posting::source)
          .filter(s -> s.value().startsWith("reward:"))
          .map(s -> RewardId.of(s.value().substring("reward:".length())))
          .filter(id -> programme.reward(id).map(rw -> rw.stock() != null).orElse(false))
          .orElse(null);
    }
    RewardId take = taken;
    RewardId giveBack = returned;
    return unitOfWork.run(() -> {
      if (take != null) {
        long limit = requireNonNull(programme.reward(take).orElseThrow().stock());
        if (!stock.take(programme.id(), take, limit)) {
          throw new InvalidFieldException("reward", "must be in stock (" + take + " is sold out)");
        }
      }
      LoyaltyAccount saved;
      try {
        saved = accounts.save(changed);
      } catch (RuntimeException e) {
        if (take != null) {
          stock.giveBack(programme.id(), take);
        }
        throw e;
      }
      if (giveBack != null) {
        stock.giveBack(programme.id(), giveBack);
      }
      unitOfWork.record(changed.pendingEvents());
      return saved;
    });
  }
}
