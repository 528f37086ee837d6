package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.CurrencyMismatchException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * One customer's recorded purchases ({@link org.mehrcrm.purchase.Purchase}) turned into what the
 * value models read: frequency {@code x}, recency {@code tₓ} and age {@code T} in a chosen time
 * unit, the mean repeat spend {@code z̄}, and the purchases as {@link Purchase} records with their
 * margin.
 *
 * <p>Example, in weeks (the unit of the CDNOW parameters), days counted in UTC, 30 % margin where
 * the host reported none:
 * <pre>{@code
 * List<org.mehrcrm.purchase.Purchase> bought;
 * try (Stream<org.mehrcrm.purchase.Purchase> s = crm.purchases().purchasesOf(actor, id)) {
 *   bought = s.toList();
 * }
 * PurchaseSummary s = PurchaseSummary.of(bought, asOf, Duration.ofDays(7), ZoneOffset.UTC, 0.3);
 * ValueScore score = lifetimeValue.score(s.frequency(), s.recency(), s.age(), s.meanSpend());
 * HistoricalValue sofar = HistoricalValue.of(s.purchases(), asOf);
 * }</pre>
 * The conventions are those of the "buy 'til you die" literature (and of {@code crm clv} on a
 * transaction log): purchases on the same calendar day (in the given zone) count as one, their
 * amounts added; {@code x} counts the purchase days after the first; {@code tₓ} runs from the
 * first purchase to the last, {@code T} from the first to {@code asOf}; {@code z̄} is the mean
 * amount of the repeat purchase days (the first is left out, as Gamma-Gamma expects), 0 without
 * repeat purchases. Sales and donations count alike; returns are not netted. Immutable and
 * thread-safe.
 *
 * @param customer the customer
 * @param frequency repeat purchases {@code x}, a whole number {@code >= 0}
 * @param recency time from the first to the last purchase {@code tₓ}, in the unit
 * @param age time from the first purchase to {@code asOf}, {@code T}, in the unit
 * @param meanSpend mean amount of the repeat purchases, in the currency's units; 0 when {@code x = 0}
 * @param purchases the purchases in time order as value records; the margin is the reported gross
 *     margin, or the amount times the default margin share where none was reported
 */
public record PurchaseSummary(CustomerId customer, double frequency, double recency, double age,
    double meanSpend, List<Purchase> purchases) {

  /**
   * Validates and copies the parts.
   *
   * @throws InvalidFieldException if a figure breaks {@code 0 <= recency <= age}, or the frequency
   *     is not a whole number {@code >= 0}, or the mean spend is negative
   */
  public PurchaseSummary {
    requireNonNull(customer, "customer");
    purchases = List.copyOf(purchases);
    if (!(frequency >= 0) || frequency != Math.rint(frequency) || Double.isInfinite(frequency)) {
      throw new InvalidFieldException("frequency", "must be a whole number >= 0");
    }
    if (!(recency >= 0 && recency <= age) || Double.isInfinite(age)) {
      throw new InvalidFieldException("recency", "must lie between 0 and a finite age");
    }
    if (!(meanSpend >= 0) || Double.isInfinite(meanSpend)) {
      throw new InvalidFieldException("meanSpend", "must be finite and >= 0");
    }
  }

  /**
   * Summarises one customer's purchases.
   *
   * @param history the customer's purchases, in any order, at least one, all in one currency
   * @param asOf the end of the observation (the calibration end), not before the last purchase
   * @param unit the model's time unit, e.g. {@code Duration.ofDays(7)} for weeks; positive
   * @param zone the zone whose calendar days merge purchases
   * @param defaultMarginShare the share of the amount taken as margin where the host reported no
   *     gross margin, in {@code [0, 1]}
   * @return the summary
   * @throws InvalidFieldException if the history is empty or holds several customers, a purchase
   *     lies after {@code asOf}, the unit is not positive or the share is outside {@code [0, 1]}
   * @throws CurrencyMismatchException if the purchases are in different currencies
   */
  public static PurchaseSummary of(List<org.mehrcrm.purchase.Purchase> history, Instant asOf, Duration unit,
      ZoneId zone, double defaultMarginShare) {
    requireNonNull(history, "history");
    requireNonNull(asOf, "asOf");
    requireNonNull(unit, "unit");
    requireNonNull(zone, "zone");
    if (unit.isNegative() || unit.isZero()) {
      throw new InvalidFieldException("unit", "must be positive");
    }
    if (!(defaultMarginShare >= 0 && defaultMarginShare <= 1)) {
      throw new InvalidFieldException("defaultMarginShare", "must lie between 0 and 1");
    }
    if (history.isEmpty()) {
      throw new InvalidFieldException("history", "must hold at least one purchase");
    }
    List<org.mehrcrm.purchase.Purchase> sorted = new ArrayList<>(history);
    sorted.sort((p, q) -> p.at().equals(q.at()) ? p.reference().compareTo(q.reference()) : p.at().compareTo(q.at()));
    org.mehrcrm.purchase.Purchase head = sorted.get(0);
    BigDecimal share = BigDecimal.valueOf(defaultMarginShare);
    TreeMap<LocalDate, Money> byDay = new TreeMap<>();
    List<Purchase> records = new ArrayList<>(sorted.size());
    for (org.mehrcrm.purchase.Purchase p : sorted) {
      if (!p.customerId().equals(head.customerId())) {
        throw new InvalidFieldException("history", "must all belong to one customer");
      }
      if (!p.amount().currency().equals(head.amount().currency())) {
        throw new CurrencyMismatchException(head.amount().currency(), p.amount().currency());
      }
      if (p.at().isAfter(asOf)) {
        throw new InvalidFieldException("asOf", "must not lie before a purchase");
      }
      byDay.merge(p.at().atZone(zone).toLocalDate(), p.amount(), Money::plus);
      Money margin = p.margin().orElseGet(() -> p.amount().multipliedBy(share, RoundingMode.HALF_EVEN));
      records.add(new Purchase(p.customerId(), p.at(), p.amount(), margin));
    }
    Instant first = head.at();
    Instant last = sorted.get(sorted.size() - 1).at();
    int x = byDay.size() - 1;
    double spend = 0;
    boolean firstDay = true;
    for (Map.Entry<LocalDate, Money> day : byDay.entrySet()) {
      if (!firstDay) {
        spend += day.getValue().amount().doubleValue();
      }
      firstDay = false;
    }
    double unitSeconds = unit.toNanos() / 1e9;
    double recency = x == 0 ? 0 : seconds(first, last) / unitSeconds;
    double age = seconds(first, asOf) / unitSeconds;
    return new PurchaseSummary(head.customerId(), x, recency, age, x == 0 ? 0 : spend / x, records);
  }

  /**
   * Returns the time since the last purchase, {@code T - tₓ} for repeat buyers and {@code T}
   * otherwise, in the unit: the "R" of RFM and the input of {@link ChurnSignals}.
   *
   * @return the time since the last purchase
   */
  public double timeSinceLastPurchase() {
    return age - recency;
  }

  /**
   * Returns the customer's usual time between purchases, {@code tₓ / x}, if there were repeat
   * purchases; a host falls back to its cohort's gap otherwise.
   *
   * @return the mean gap, or empty without repeat purchases (or all on one instant)
   */
  public OptionalDouble usualGap() {
    return frequency > 0 && recency > 0 ? OptionalDouble.of(recency / frequency) : OptionalDouble.empty();
  }

  /**
   * Returns the history as {@link HistoricalValue}: revenue, margin, order value and tenure.
   *
   * @param asOf the reference time, not before the last purchase
   * @return the historical value
   * @throws InvalidFieldException if a purchase lies after {@code asOf}
   */
  public HistoricalValue historicalValue(Instant asOf) {
    return HistoricalValue.of(purchases, asOf);
  }

  private static double seconds(Instant from, Instant to) {
    Duration d = Duration.between(from, to);
    return d.getSeconds() + d.getNano() / 1e9;
  }
}
