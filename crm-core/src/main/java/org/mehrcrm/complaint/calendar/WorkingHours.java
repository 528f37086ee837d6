package org.mehrcrm.complaint.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * One shift of a working day, from a start time to an end time on the local clock; an end at or
 * before the start means the shift runs past midnight into the next day.
 *
 * <p>Examples: {@code WorkingHours.of("09:00", "17:00")} is an 8-hour day shift;
 * {@code WorkingHours.of("22:00", "06:00")} is an 8-hour night shift belonging to the day it
 * starts; {@link #allDay()} ({@code 00:00-00:00}) is 24 hours. The string form
 * {@code "09:00-17:00"} reads back through {@link #parse(CharSequence)}. Immutable and thread-safe.
 *
 * @param start when the shift starts, local time
 * @param end when it ends, local time; at or before {@code start} for a shift past midnight
 */
public record WorkingHours(LocalTime start, LocalTime end) {
  private static final WorkingHours ALL_DAY = new WorkingHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if a time has a fraction of a second
   */
  public WorkingHours {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (start.getNano() != 0 || end.getNano() != 0) {
      throw new InvalidFieldException("workingHours", "must be given in whole seconds");
    }
  }

  /**
   * Returns a shift.
   *
   * @param start the start, e.g. {@code "08:30"}
   * @param end the end, e.g. {@code "16:30"}; at or before the start for a night shift
   * @return the shift
   * @throws InvalidFieldException if a time is not {@code HH:mm} or {@code HH:mm:ss}
   */
  public static WorkingHours of(String start, String end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    return new WorkingHours(time(start), time(end));
  }

  /**
   * Returns the 24-hour shift {@code 00:00-00:00}.
   *
   * @return the all-day shift
   */
  public static WorkingHours allDay() {
    return ALL_DAY;
  }

  /**
   * Parses the form produced by {@link #toString()}, e.g. {@code "22:00-06:00"}.
   *
   * @param text the text
   * @return the shift
   * @throws InvalidFieldException if the text is not two times joined by {@code -}
   */
  public static WorkingHours parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    int dash = s.indexOf('-');
    if (dash < 0) {
      throw new InvalidFieldException("workingHours", "must read 'HH:mm-HH:mm'");
    }
    return of(s.substring(0, dash), s.substring(dash + 1));
  }

  /**
   * Tells whether the shift ends on the next day.
   *
   * @return true for a shift past midnight, including {@link #allDay()}
   */
  public boolean isOvernight() {
    return !end.isAfter(start);
  }

  /**
   * Returns the shift's length on an ordinary day (no daylight-saving change).
   *
   * @return the length, more than zero and at most 24 hours
   */
  public Duration length() {
    long seconds = end.toSecondOfDay() - start.toSecondOfDay();
    return Duration.ofSeconds(seconds <= 0 ? seconds + 86_400 : seconds);
  }

  /** Returns {@code "HH:mm-HH:mm"} (with seconds when they are not zero). */
  @Override
  public String toString() {
    return start + "-" + end;
  }

  private static LocalTime time(String text) {
    requireNonNull(text, "time");
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException("workingHours", "must be a time as HH:mm or HH:mm:ss");
    }
  }
}
