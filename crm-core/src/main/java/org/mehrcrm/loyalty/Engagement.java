package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * Something a member did that may earn points without a purchase: signing up, referring, reviewing,
 * answering a survey, donating.
 *
 * <p>Example: {@code Engagement.of(EngagementType.REVIEW, CustomerId.of("C-1"), SourceRef.of("review:77"), at, null)}.
 * Immutable and thread-safe.
 *
 * @param type what the member did
 * @param customer the member's customer id
 * @param source the host's reference to it, also the source of the earning posting
 * @param at when
 * @param amount the money involved (a donation), or {@code null}
 * @since 0.1
 */
public record Engagement(EngagementType type, CustomerId customer, SourceRef source, Instant at,
    @Nullable Money amount) {

  /**
   * Validates the engagement.
   *
   * @throws InvalidFieldException if the amount is negative
   */
  public Engagement {
    requireNonNull(type, "type");
    requireNonNull(customer, "customer");
    requireNonNull(source, "source");
    requireNonNull(at, "at");
    if (amount != null && amount.isNegative()) {
      throw new InvalidFieldException("engagement.amount", "must not be negative");
    }
  }

  /**
   * Returns an engagement.
   *
   * @param type what the member did
   * @param customer the member
   * @param source the host's reference
   * @param at when
   * @param amount the money involved, or {@code null}
   * @return the engagement
   * @throws InvalidFieldException if the amount is negative
   */
  public static Engagement of(EngagementType type, CustomerId customer, SourceRef source, Instant at,
      @Nullable Money amount) {
    return new Engagement(type, customer, source, at, amount);
  }
}
