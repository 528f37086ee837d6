package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.CurrencyMismatchException;
import org.mehrcrm.kernel.InvalidFieldException;

import org.mehrcrm.kernel.Money;

/**
 * A purchase as the value models read it: who, when, the revenue and the gross margin it made.
 *
 * <p>Example: {@code new Purchase(id, Instant.parse("2026-03-01T10:00:00Z"),
 * Money.of("120.00", "EUR"), Money.of("36.00", "EUR"))}. Returns are purchases with negative
 * amounts. Immutable and thread-safe.
 *
 * @param customer the buyer
 * @param at when it was made
 * @param revenue the revenue
 * @param margin the gross margin, in the revenue's currency
 */
public record Purchase(CustomerId customer, Instant at, Money revenue, Money margin) {

  /**
   * Validates the purchase.
   *
   * @throws CurrencyMismatchException if revenue and margin differ in currency
   * @throws InvalidFieldException if the margin exceeds a positive revenue
   */
  public Purchase {
    requireNonNull(customer, "customer");
    requireNonNull(at, "at");
    requireNonNull(revenue, "revenue");
    requireNonNull(margin, "margin");
    if (!revenue.currency().equals(margin.currency())) {
      throw new CurrencyMismatchException(revenue.currency(), margin.currency());
    }
    if (revenue.isPositive() && margin.compareTo(revenue) > 0) {
      throw new InvalidFieldException("margin", "must not exceed the revenue");
    }
  }
}
