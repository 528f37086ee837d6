package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The months whose activity counts towards a tier: a rolling window of whole months, or the
 * calendar year.
 *
 * <p>Example: {@code QualificationWindow.rolling(12)} on 10 March 2027 counts April 2026 to March
 * 2027; {@code QualificationWindow.calendarYear()} counts January to March 2027. Activity is kept
 * per month, so windows start at a month boundary. Immutable and thread-safe.
 *
 * @param months the months of a rolling window, or 0 for the calendar year
 * @since 0.1
 */
public record QualificationWindow(int months) {

  /**
   * Validates the window.
   *
   * @throws InvalidFieldException if negative or above 36
   */
  public QualificationWindow {
    if (months < 0 || months > 36) {
      throw new InvalidFieldException("window.months", "must be between 0 (calendar year) and 36");
    }
  }

  /**
   * Returns a rolling window.
   *
   * @param months the months, 1 to 36
   * @return the window
   * @throws InvalidFieldException if out of range
   */
  public static QualificationWindow rolling(int months) {
    if (months == 0) {
      throw new InvalidFieldException("window.months", "must be between 1 and 36");
    }
    return new QualificationWindow(months);
  }

  /**
   * Returns the calendar-year window.
   *
   * @return the window
   */
  public static QualificationWindow calendarYear() {
    return new QualificationWindow(0);
  }

  /**
   * Tells whether this is the calendar-year window.
   *
   * @return true for the calendar year
   */
  public boolean isCalendarYear() {
    return months == 0;
  }

  /**
   * Returns the first month counted on a date.
   *
   * @param date the date
   * @return the first month of the window ending in the date's month
   */
  public YearMonth firstMonth(LocalDate date) {
    YearMonth month = YearMonth.from(requireNonNull(date, "date"));
    return isCalendarYear() ? YearMonth.of(date.getYear(), 1) : month.minusMonths(months - 1L);
  }

  /**
   * Returns the date of the next tier review after a tier was reached or reviewed on a date: the
   * next 1 January for the calendar year, else the date plus the window's months.
   *
   * @param from the date the tier was reached or last reviewed
   * @return the review date
   */
  public LocalDate nextReview(LocalDate from) {
    requireNonNull(from, "from");
    return isCalendarYear() ? LocalDate.of(from.getYear() + 1, 1, 1) : from.plusMonths(months);
  }
}
