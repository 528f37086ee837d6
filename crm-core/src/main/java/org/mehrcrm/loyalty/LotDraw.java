package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * Points a posting took from, or gave back to, one lot — with the lot's dates, so that a
 * cancellation can restore the lot exactly even after it was used up and dropped.
 *
 * <p>Example: a redemption of 150 points from lots 3 (100 left) and 5 records
 * {@code [LotDraw(3, 100, …), LotDraw(5, 50, …)]}. Immutable and thread-safe.
 *
 * @param lot the lot
 * @param points how many points, at least 1
 * @param earnedAt the lot's {@link Lot#earnedAt()}
 * @param availableFrom the lot's {@link Lot#availableFrom()}
 * @param expiresAt the lot's {@link Lot#expiresAt()} at the time of the draw
 * @since 0.1
 */
public record LotDraw(LotId lot, long points, Instant earnedAt, Instant availableFrom,
    @Nullable Instant expiresAt) {

  /**
   * Validates the draw.
   *
   * @throws InvalidFieldException if {@code points} is below 1
   */
  public LotDraw {
    requireNonNull(lot, "lot");
    requireNonNull(earnedAt, "earnedAt");
    requireNonNull(availableFrom, "availableFrom");
    if (points < 1) {
      throw new InvalidFieldException("draw.points", "must be at least 1");
    }
  }

  /**
   * Returns a draw of some points from a lot.
   *
   * @param lot the lot
   * @param points how many points
   * @return the draw
   */
  public static LotDraw from(Lot lot, long points) {
    return new LotDraw(lot.id(), points, lot.earnedAt(), lot.availableFrom(), lot.expiresAt());
  }

  /**
   * Returns the lot as it would be if it held only these points.
   *
   * @return the lot
   */
  public Lot toLot() {
    return new Lot(lot, points, earnedAt, availableFrom, expiresAt);
  }
}
