package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * What happens to points a cancelled redemption restores into a lot that has meanwhile passed its
 * expiry date: they expire at once, or they get a grace period.
 *
 * <p>Example: {@code RestoredLotPolicy.grace(Duration.ofDays(30))} gives such points 30 more days;
 * {@code RestoredLotPolicy.expireAtOnce()} restores them and expires them in the same command, so
 * the statement shows both postings. Immutable and thread-safe.
 *
 * @param grace how long restored, already-expired points stay; zero to expire them at once
 * @since 0.1
 */
public record RestoredLotPolicy(Duration grace) {

  /**
   * Validates the grace period.
   *
   * @throws InvalidFieldException if it is negative
   */
  public RestoredLotPolicy {
    requireNonNull(grace, "grace");
    if (grace.isNegative()) {
      throw new InvalidFieldException("grace", "must not be negative");
    }
  }

  /**
   * Returns the policy that expires such points at once.
   *
   * @return the policy
   */
  public static RestoredLotPolicy expireAtOnce() {
    return new RestoredLotPolicy(Duration.ZERO);
  }

  /**
   * Returns the policy that gives such points a grace period.
   *
   * @param grace the grace period, not negative
   * @return the policy
   * @throws InvalidFieldException if it is negative
   */
  public static RestoredLotPolicy grace(Duration grace) {
    return new RestoredLotPolicy(grace);
  }

  /**
   * Tells whether such points expire at once.
   *
   * @return true without a grace period
   */
  public boolean expiresAtOnce() {
    return grace.isZero();
  }
}
