package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member's tier, since when, when it is next reviewed, and whether the member is in the grace
 * period after falling short at a review.
 *
 * <p>Example: {@code new TierStatus(TierId.of("gold"), reachedAt, LocalDate.of(2027, 11, 23), false)}.
 * Immutable and thread-safe.
 *
 * @param tier the current tier
 * @param since when the member reached it
 * @param reviewOn the date of the next review (start of that day in the programme's zone)
 * @param inGrace whether the member fell short at the last review and keeps the tier on grace
 * @since 0.1
 */
public record TierStatus(TierId tier, Instant since, LocalDate reviewOn, boolean inGrace) {

  /** Checks for nulls. */
  public TierStatus {
    requireNonNull(tier, "tier");
    requireNonNull(since, "since");
    requireNonNull(reviewOn, "reviewOn");
  }
}
