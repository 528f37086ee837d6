package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * When points expire. Every expiry is at the end of a day in the programme's time zone (the
 * instant the next day starts there).
 *
 * <p>Examples: {@code ExpiryPolicy.after(Period.ofMonths(12))} — each lot at the end of the day
 * 12 months after it was earned; {@code ExpiryPolicy.endOfYear(1)} — at the end of the year after
 * the year of earning; {@code ExpiryPolicy.inactivity(18)} — lots never expire one by one, but
 * the whole balance does after 18 months without earning or redeeming. Immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface ExpiryPolicy {

  /**
   * Returns when a lot earned at a moment expires.
   *
   * @param earnedAt when the points were earned
   * @param zone the programme's time zone
   * @return the expiry, or {@code null} if lots do not expire one by one
   */
  @Nullable Instant lotExpiry(Instant earnedAt, ZoneId zone);

  /**
   * Returns when the whole balance expires if the member is inactive after a moment.
   *
   * @param lastActivity the last earning or redemption
   * @param zone the programme's time zone
   * @return the deadline, or {@code null} if this policy has none
   */
  default @Nullable Instant inactivityDeadline(Instant lastActivity, ZoneId zone) {
    requireNonNull(lastActivity, "lastActivity");
    requireNonNull(zone, "zone");
    return null;
  }

  /**
   * Returns the policy under which points never expire.
   *
   * @return the policy
   */
  static ExpiryPolicy never() {
    return new Never();
  }

  /**
   * Returns the policy that expires each lot at the end of the day a period after earning.
   *
   * @param period the period, such as 365 days or 12 months
   * @return the policy
   * @throws InvalidFieldException if the period is zero or negative
   */
  static ExpiryPolicy after(Period period) {
    return new AfterPeriod(period);
  }

  /**
   * Returns the policy that expires each lot at the end of a month: the month of earning plus
   * {@code monthsAfter}.
   *
   * @param monthsAfter 0 for the month of earning
   * @return the policy
   * @throws InvalidFieldException if negative
   */
  static ExpiryPolicy endOfMonth(int monthsAfter) {
    return new EndOfMonth(monthsAfter);
  }

  /**
   * Returns the policy that expires each lot at the end of a year: the year of earning plus
   * {@code yearsAfter}.
   *
   * @param yearsAfter 0 for the year of earning
   * @return the policy
   * @throws InvalidFieldException if negative
   */
  static ExpiryPolicy endOfYear(int yearsAfter) {
    return new EndOfYear(yearsAfter);
  }

  /**
   * Returns the policy that expires the whole balance after months without activity.
   *
   * @param months the months, at least 1
   * @return the policy
   * @throws InvalidFieldException if below 1
   */
  static ExpiryPolicy inactivity(int months) {
    return new Inactivity(months);
  }

  /**
   * Returns the instant a local date ends in a zone: the start of the next day.
   *
   * @param date the date
   * @param zone the zone
   * @return the end of the day
   */
  static Instant endOfDay(LocalDate date, ZoneId zone) {
    return date.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** Points never expire. */
  record Never() implements ExpiryPolicy {
    @Override
    public @Nullable Instant lotExpiry(Instant earnedAt, ZoneId zone) {
      requireNonNull(earnedAt, "earnedAt");
      requireNonNull(zone, "zone");
      return null;
    }
  }

  /**
   * Each lot expires at the end of the day a period after it was earned.
   *
   * @param period the period, positive
   */
  record AfterPeriod(Period period) implements ExpiryPolicy {
    /**
     * Validates the period.
     *
     * @throws InvalidFieldException if it is zero or negative
     */
    public AfterPeriod {
      requireNonNull(period, "period");
      if (period.isZero() || period.isNegative()) {
        throw new InvalidFieldException("expiry.period", "must be positive");
      }
    }

    @Override
    public Instant lotExpiry(Instant earnedAt, ZoneId zone) {
      return endOfDay(LocalDate.ofInstant(earnedAt, zone).plus(period), zone);
    }
  }

  /**
   * Each lot expires at the end of the month {@code monthsAfter} months after the month of earning.
   *
   * @param monthsAfter the months, not negative
   */
  record EndOfMonth(int monthsAfter) implements ExpiryPolicy {
    /**
     * Validates the months.
     *
     * @throws InvalidFieldException if negative
     */
    public EndOfMonth {
      if (monthsAfter < 0) {
        throw new InvalidFieldException("expiry.monthsAfter", "must not be negative");
      }
    }

    @Override
    public Instant lotExpiry(Instant earnedAt, ZoneId zone) {
      LocalDate month = LocalDate.ofInstant(earnedAt, zone).plusMonths(monthsAfter);
      return endOfDay(month.with(TemporalAdjusters.lastDayOfMonth()), zone);
    }
  }

  /**
   * Each lot expires at the end of the year {@code yearsAfter} years after the year of earning.
   *
   * @param yearsAfter the years, not negative
   */
  record EndOfYear(int yearsAfter) implements ExpiryPolicy {
    /**
     * Validates the years.
     *
     * @throws InvalidFieldException if negative
     */
    public EndOfYear {
      if (yearsAfter < 0) {
        throw new InvalidFieldException("expiry.yearsAfter", "must not be negative");
      }
    }

    @Override
    public Instant lotExpiry(Instant earnedAt, ZoneId zone) {
      LocalDate year = LocalDate.ofInstant(earnedAt, zone).plusYears(yearsAfter);
      return endOfDay(year.with(TemporalAdjusters.lastDayOfYear()), zone);
    }
  }

  /**
   * Lots do not expire one by one; the whole balance expires at the end of the day {@code months}
   * months after the last earning or redemption.
   *
   * @param months the months, at least 1
   */
  record Inactivity(int months) implements ExpiryPolicy {
    /**
     * Validates the months.
     *
     * @throws InvalidFieldException if below 1
     */
    public Inactivity {
      if (months < 1) {
        throw new InvalidFieldException("expiry.months", "must be at least 1");
      }
    }

    @Override
    public @Nullable Instant lotExpiry(Instant earnedAt, ZoneId zone) {
      requireNonNull(earnedAt, "earnedAt");
      requireNonNull(zone, "zone");
      return null;
    }

    @Override
    public Instant inactivityDeadline(Instant lastActivity, ZoneId zone) {
      return endOfDay(LocalDate.ofInstant(lastActivity, zone).plusMonths(months), zone);
    }
  }
}
