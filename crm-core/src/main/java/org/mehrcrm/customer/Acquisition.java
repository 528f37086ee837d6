package org.mehrcrm.customer;

import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * How a customer was won: the source (campaign, referral, walk-in) and what it cost.
 *
 * <p>Example: {@code new Acquisition("spring-campaign-2026", Money.of("35.00", "EUR"))}. The
 * cost feeds cost-to-serve and profitability. Immutable and thread-safe.
 *
 * @param source the acquisition source, 1 to 100 characters
 * @param cost what acquiring the customer cost, not negative, or {@code null} if unknown
 */
public record Acquisition(String source, @Nullable Money cost) {

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the source is blank or the cost negative
   */
  public Acquisition {
    source = Codes.requireText(source, "acquisition.source", 100);
    if (cost != null && cost.isNegative()) {
      throw new InvalidFieldException("acquisition.cost", "must not be negative");
    }
  }
}
