package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.Money;

/**
 * A customer's profitability: gross margin minus cost to serve.
 *
 * <p>Example: {@code Profitability.of(historicalValue, costToServe).isUnprofitable()}.
 * Immutable and thread-safe.
 *
 * @param customer the customer
 * @param margin the gross margin they brought
 * @param costToServe what serving them cost
 */
public record Profitability(CustomerId customer, Money margin, Money costToServe) {

  /**
   * Checks the parts.
   *
   * @throws org.mehrcrm.kernel.CurrencyMismatchException if the currencies differ
   */
  public Profitability {
    requireNonNull(customer, "customer");
    requireNonNull(margin, "margin");
    requireNonNull(costToServe, "costToServe");
    margin.minus(costToServe); // throws CurrencyMismatchException on mixed currencies
  }

  /**
   * Returns the profitability of a customer from their value and cost.
   *
   * @param value the historical value
   * @param cost the cost to serve, of the same customer
   * @return the profitability
   * @throws org.mehrcrm.kernel.InvalidFieldException if the two belong to different customers
   */
  public static Profitability of(HistoricalValue value, CostToServe cost) {
    requireNonNull(value, "value");
    requireNonNull(cost, "cost");
    if (!value.customer().equals(cost.customer())) {
      throw new org.mehrcrm.kernel.InvalidFieldException("cost", "must belong to the customer of the value");
    }
    return new Profitability(value.customer(), value.margin(), cost.total());
  }

  /**
   * Returns margin minus cost to serve.
   *
   * @return the profit, negative for an unprofitable customer
   */
  public Money profit() {
    return margin.minus(costToServe);
  }

  /**
   * Tells whether serving the customer cost more than they brought.
   *
   * @return true if the profit is negative
   */
  public boolean isUnprofitable() {
    return profit().isNegative();
  }
}
