package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * An open lot: points credited together, with the moment they were earned, the moment they become
 * spendable and the moment they expire.
 *
 * <p>Example: 120 points earned on 1 March with a 14-day return window and a 12-month expiry are
 * {@code new Lot(LotId.of(3), 120, march1, march15, endOfFebruaryNextYear)}. Lots are spent and
 * expired in {@link #SPENDING_ORDER}. Only lots with points left are open; an account drops a lot
 * when its last point is spent, expired or reversed. Immutable and thread-safe.
 *
 * @param id the lot (the creating posting's sequence number)
 * @param remaining the points left, at least 1
 * @param earnedAt when the points were earned
 * @param availableFrom when the points become spendable (the end of the pending period)
 * @param expiresAt when the points expire, or {@code null} if they never do
 * @since 0.1
 */
public record Lot(LotId id, long remaining, Instant earnedAt, Instant availableFrom,
    @Nullable Instant expiresAt) {

  /**
   * The order in which redemptions spend and expiry runs consume lots: the soonest expiry first
   * (lots that never expire last), then the oldest, then the lowest id.
   */
  public static final Comparator<Lot> SPENDING_ORDER = Lot::compareSpending;

  /**
   * Validates the lot.
   *
   * @throws InvalidFieldException if no points remain or the moments are out of order
   */
  public Lot {
    requireNonNull(id, "id");
    requireNonNull(earnedAt, "earnedAt");
    requireNonNull(availableFrom, "availableFrom");
    if (remaining < 1) {
      throw new InvalidFieldException("lot.remaining", "must be at least 1");
    }
    if (availableFrom.isBefore(earnedAt)) {
      throw new InvalidFieldException("lot.availableFrom", "must not be before earnedAt");
    }
  }

  private static int compareSpending(Lot a, Lot b) {
    Instant x = a.expiresAt;
    Instant y = b.expiresAt;
    if (x != y) {
      if (x == null) {
        return 1;
      }
      if (y == null) {
        return -1;
      }
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    int c = a.earnedAt.compareTo(b.earnedAt);
    return c != 0 ? c : Long.compare(a.id.sequence(), b.id.sequence());
  }

  /**
   * Tells whether the points are still locked at a moment (the pending period has not ended).
   *
   * @param at the moment
   * @return true while pending
   */
  public boolean isPendingAt(Instant at) {
    return availableFrom.isAfter(requireNonNull(at, "at"));
  }

  /**
   * Tells whether the lot has expired at a moment.
   *
   * @param at the moment
   * @return true if it has an expiry at or before {@code at}
   */
  public boolean isExpiredAt(Instant at) {
    requireNonNull(at, "at");
    return expiresAt != null && !expiresAt.isAfter(at);
  }

  /**
   * Returns this lot with a different number of points left.
   *
   * @param points the points left, at least 1
   * @return the changed lot
   * @throws InvalidFieldException if {@code points} is below 1
   */
  public Lot withRemaining(long points) {
    return new Lot(id, points, earnedAt, availableFrom, expiresAt);
  }

  /**
   * Returns this lot with a different expiry.
   *
   * @param expiry the new expiry, or {@code null} for none
   * @return the changed lot
   */
  public Lot withExpiresAt(@Nullable Instant expiry) {
    return new Lot(id, remaining, earnedAt, availableFrom, expiry);
  }
}
