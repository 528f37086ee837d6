package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * The historical value of a segment of customers: totals and averages of their
 * {@link HistoricalValue}s.
 *
 * <p>Example: {@code SegmentValue.of("retail", valuesOfRetailCustomers).averageOrderValue()}.
 * Immutable and thread-safe.
 *
 * @param segment the segment's name
 * @param customers how many customers
 * @param revenue their total revenue
 * @param margin their total gross margin
 * @param purchases their total number of purchases
 * @param averageOrderValue revenue per purchase, rounded half-even
 * @param revenuePerCustomer revenue per customer, rounded half-even
 * @param averageTenure the mean tenure
 */
public record SegmentValue(String segment, int customers, Money revenue, Money margin, long purchases,
    Money averageOrderValue, Money revenuePerCustomer, Duration averageTenure) {

  /** Checks the parts. */
  public SegmentValue {
    requireNonNull(segment, "segment");
    requireNonNull(revenue, "revenue");
    requireNonNull(margin, "margin");
    requireNonNull(averageOrderValue, "averageOrderValue");
    requireNonNull(revenuePerCustomer, "revenuePerCustomer");
    requireNonNull(averageTenure, "averageTenure");
  }

  /**
   * Sums the values of a segment's customers.
   *
   * @param segment the segment's name
   * @param values the customers' historical values, one currency
   * @return the segment's value
   * @throws InvalidFieldException if there are no values
   * @throws org.mehrcrm.kernel.CurrencyMismatchException if they are in different currencies
   */
  public static SegmentValue of(String segment, List<HistoricalValue> values) {
    requireNonNull(segment, "segment");
    requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new InvalidFieldException("values", "must not be empty");
    }
    Money revenue = Money.zero(values.get(0).revenue().currency());
    Money margin = revenue;
    long purchases = 0;
    Duration tenure = Duration.ZERO;
    for (HistoricalValue v : values) {
      revenue = revenue.plus(v.revenue());
      margin = margin.plus(v.margin());
      purchases += v.purchases();
      tenure = tenure.plus(v.tenure());
    }
    return new SegmentValue(segment, values.size(), revenue, margin, purchases,
        revenue.dividedBy(purchases, RoundingMode.HALF_EVEN), revenue.dividedBy(values.size(), RoundingMode.HALF_EVEN),
        tenure.dividedBy(values.size()));
  }
}
