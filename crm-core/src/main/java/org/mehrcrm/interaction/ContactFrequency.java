package org.mehrcrm.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * How often a customer was in contact with the firm over a period, by direction.
 *
 * <p>Example: {@code interactions.frequency(actor, customerId, yearStart, yearEnd).total()} is 4
 * for a customer reached four times that year. Immutable and thread-safe.
 *
 * @param customerId the customer
 * @param from the first moment of the period, included
 * @param to the end of the period, excluded
 * @param inbound contacts the customer started
 * @param outbound contacts the firm started
 */
public record ContactFrequency(CustomerId customerId, Instant from, Instant to, long inbound, long outbound) {

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the period is reversed or a count is negative
   */
  public ContactFrequency {
    requireNonNull(customerId, "customerId");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidFieldException("to", "must not be before from");
    }
    if (inbound < 0 || outbound < 0) {
      throw new InvalidFieldException("count", "must not be negative");
    }
  }

  /**
   * Returns all contacts in the period.
   *
   * @return inbound plus outbound
   */
  public long total() {
    return inbound + outbound;
  }
}
