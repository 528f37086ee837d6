package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The whole stored state of a {@link LoyaltyAccount}: its identity, version, running totals, open
 * lots, tier and recent activity — but not its postings, which are appended and streamed through
 * the {@link LoyaltyAccountRepository}.
 *
 * <p>Storage adapters write it on save and pass it to {@link LoyaltyAccount#restore} on read. The
 * compact constructor re-checks every invariant, so a corrupted or hand-edited row is refused
 * instead of silently breaking the ledger:
 * <ul>
 *   <li>{@code balance == totals.net()} (the balance is the sum of the postings);</li>
 *   <li>{@code balance == sum(openLots.remaining) - arrears} under
 *       {@link ArrearsPolicy#NEGATIVE_BALANCE}, {@code == sum(openLots.remaining)} otherwise;</li>
 *   <li>{@code pending == sum(remaining of lots pending at updatedAt)};</li>
 *   <li>open lots are in {@link Lot#SPENDING_ORDER}, with distinct ids not above
 *       {@code lastPosting}; arrears are not negative and exist only when no lot is open.</li>
 * </ul>
 * Immutable and thread-safe.
 *
 * @param id the membership
 * @param programme the programme
 * @param customer the member
 * @param version the optimistic version, 0 if never saved
 * @param enrolledAt when the member enrolled
 * @param updatedAt the latest moment a command ran at (commands never go back in time)
 * @param lastActivityAt the latest earning or redemption, or enrolment
 * @param lastPosting the sequence number of the latest posting, 0 if none
 * @param balance the sum of all postings
 * @param pending the points still in their pending period at {@code updatedAt}
 * @param arrears points owed from reversals of already spent points
 * @param arrearsPolicy the programme's arrears policy, fixed at enrolment
 * @param totals the running totals by kind
 * @param openLots the lots with points left, in spending order
 * @param tier the tier status
 * @param activity the monthly tier activity of the last 36 months, oldest first
 * @param capUsage points earned under each cap in its current period, by cap key
 * @since 0.1
 */
public record LoyaltyAccountSnapshot(MembershipId id, ProgrammeId programme, CustomerId customer,
    long version, Instant enrolledAt, Instant updatedAt, Instant lastActivityAt, long lastPosting,
    long balance, long pending, long arrears, ArrearsPolicy arrearsPolicy, LedgerTotals totals,
    List<Lot> openLots, TierStatus tier, List<ActivityBucket> activity, Map<String, Long> capUsage) {

  /**
   * Validates the state.
   *
   * @throws InvalidFieldException if an invariant is broken
   */
  public LoyaltyAccountSnapshot {
    requireNonNull(id, "id");
    requireNonNull(programme, "programme");
    requireNonNull(customer, "customer");
    requireNonNull(enrolledAt, "enrolledAt");
    requireNonNull(updatedAt, "updatedAt");
    requireNonNull(lastActivityAt, "lastActivityAt");
    requireNonNull(arrearsPolicy, "arrearsPolicy");
    requireNonNull(totals, "totals");
    requireNonNull(tier, "tier");
    openLots = List.copyOf(openLots);
    activity = List.copyOf(activity);
    capUsage = Map.copyOf(capUsage);
    if (version < 0) {
      throw new InvalidFieldException("version", "must not be negative");
    }
    if (updatedAt.isBefore(enrolledAt) || lastActivityAt.isBefore(enrolledAt)) {
      throw new InvalidFieldException("updatedAt", "must not be before enrolledAt");
    }
    if (lastPosting < 0 || arrears < 0 || pending < 0) {
      throw new InvalidFieldException("account", "must not have negative counters");
    }
    if (balance != totals.net()) {
      throw new InvalidFieldException("balance", "must equal the sum of the postings (" + totals.net() + ")");
    }
    long lots = 0;
    long pendingLots = 0;
    Set<LotId> ids = openLots.size() > 16 ? new HashSet<>() : null;
    Lot previous = null;
    for (int i = 0; i < openLots.size(); i++) {
      Lot lot = openLots.get(i);
      if (previous != null && Lot.SPENDING_ORDER.compare(previous, lot) >= 0) {
        throw new InvalidFieldException("openLots", "must be in spending order");
      }
      if (ids != null ? !ids.add(lot.id()) : repeats(openLots, i)) {
        throw new InvalidFieldException("openLots", "must have distinct ids made by earlier postings");
      }
      if (lot.id().sequence() > lastPosting) {
        throw new InvalidFieldException("openLots", "must have distinct ids made by earlier postings");
      }
      lots = Math.addExact(lots, lot.remaining());
      if (lot.isPendingAt(updatedAt)) {
        pendingLots += lot.remaining();
      }
      previous = lot;
    }
    long expected = arrearsPolicy == ArrearsPolicy.NEGATIVE_BALANCE ? lots - arrears : lots;
    if (balance != expected) {
      throw new InvalidFieldException("balance", "must equal the open lots less arrears (" + expected + ")");
    }
    if (pending != pendingLots) {
      throw new InvalidFieldException("pending", "must equal the points of lots still pending (" + pendingLots + ")");
    }
    if (arrears > 0 && !openLots.isEmpty()) {
      throw new InvalidFieldException("arrears", "must be settled before any lot stays open");
    }
    for (int i = 1; i < activity.size(); i++) {
      if (!activity.get(i).month().isAfter(activity.get(i - 1).month())) {
        throw new InvalidFieldException("activity", "must be in month order without repeats");
      }
    }
  }

  private static boolean repeats(List<Lot> lots, int index) {
    LotId id = lots.get(index).id();
    for (int j = 0; j < index; j++) {
      if (lots.get(j).id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns this state at another version; for repositories.
   *
   * @param newVersion the version
   * @return the state
   */
  public LoyaltyAccountSnapshot withVersion(long newVersion) {
    return new LoyaltyAccountSnapshot(id, programme, customer, newVersion, enrolledAt, updatedAt,
        lastActivityAt, lastPosting, balance, pending, arrears, arrearsPolicy, totals, openLots, tier,
        activity, capUsage);
  }
}
