package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The period a cap on earned points applies to, in the programme's time zone.
 *
 * <p>Example: {@code EarningRules.cap("reviews", 500, CapPeriod.MONTH)} lets a member earn at most
 * 500 points under that cap per calendar month.
 *
 * @since 0.1
 */
public enum CapPeriod {
  /** A calendar day. */
  DAY,
  /** A calendar month. */
  MONTH,
  /** A calendar year. */
  YEAR;

  /**
   * Returns the label of the period containing a moment, such as {@code "2026-11"} for a month.
   *
   * @param at the moment
   * @param zone the programme's zone
   * @return the label
   */
  public String label(Instant at, ZoneId zone) {
    LocalDate date = LocalDate.ofInstant(requireNonNull(at, "at"), requireNonNull(zone, "zone"));
    return switch (this) {
      case DAY -> date.toString();
      case MONTH -> YearMonth.from(date).toString();
      case YEAR -> Integer.toString(date.getYear());
    };
  }
}
