package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.CurrencyMismatchException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * What a customer has been worth so far: revenue, gross margin, number of purchases, average
 * order value and tenure (from the first purchase to the reference time).
 *
 * <p>Example: {@code HistoricalValue.of(purchasesOfAli, Instant.parse("2026-11-23T00:00:00Z"))}.
 * Immutable and thread-safe.
 *
 * @param customer the customer
 * @param revenue the sum of the purchases' revenue
 * @param margin the sum of their gross margin
 * @param purchases how many purchases
 * @param averageOrderValue revenue per purchase, rounded half-even to the currency's scale
 * @param firstPurchase the time of the first purchase
 * @param lastPurchase the time of the last purchase
 * @param tenure the time from the first purchase to the reference time
 */
public record HistoricalValue(CustomerId customer, Money revenue, Money margin, int purchases,
    Money averageOrderValue, Instant firstPurchase, Instant lastPurchase, Duration tenure) {

  /** Checks the parts. */
  public HistoricalValue {
    requireNonNull(customer, "customer");
    requireNonNull(revenue, "revenue");
    requireNonNull(margin, "margin");
    requireNonNull(averageOrderValue, "averageOrderValue");
    requireNonNull(firstPurchase, "firstPurchase");
    requireNonNull(lastPurchase, "lastPurchase");
    requireNonNull(tenure, "tenure");
  }

  /**
   * Sums one customer's purchases.
   *
   * @param purchases the purchases, all of one customer and currency
   * @param asOf the reference time, not before the last purchase
   * @return the historical value
   * @throws InvalidFieldException if there are no purchases, they belong to several customers, or
   *     one lies after {@code asOf}
   * @throws CurrencyMismatchException if they are in different currencies
   */
  public static HistoricalValue of(List<Purchase> purchases, Instant asOf) {
    requireNonNull(purchases, "purchases");
    requireNonNull(asOf, "asOf");
    if (purchases.isEmpty()) {
      throw new InvalidFieldException("purchases", "must not be empty");
    }
    Purchase head = purchases.get(0);
    Money revenue = Money.zero(head.revenue().currency());
    Money margin = revenue;
    Instant first = head.at();
    Instant last = head.at();
    for (Purchase p : purchases) {
      if (!p.customer().equals(head.customer())) {
        throw new InvalidFieldException("purchases", "must all belong to one customer");
      }
      if (p.at().isAfter(asOf)) {
        throw new InvalidFieldException("asOf", "must not lie before a purchase");
      }
      revenue = revenue.plus(p.revenue());
      margin = margin.plus(p.margin());
      first = p.at().isBefore(first) ? p.at() : first;
      last = p.at().isAfter(last) ? p.at() : last;
    }
    return new HistoricalValue(head.customer(), revenue, margin, purchases.size(),
        revenue.dividedBy(purchases.size(), RoundingMode.HALF_EVEN), first, last, Duration.between(first, asOf));
  }
}
