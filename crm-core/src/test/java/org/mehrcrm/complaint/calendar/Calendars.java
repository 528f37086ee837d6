package org.mehrcrm.complaint.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The calendars the tests use, and a naive minute-by-minute reference for the semantics. */
public final class Calendars {
  public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Saturday to Wednesday 08:00-16:00, Thursday 08:00-12:00, Friday off; 2026-11-25 (Wed) a holiday. */
  public static final BusinessCalendar TEHRAN_OFFICE = BusinessCalendar.builder("tehran-office", TEHRAN)
      .hours(WorkingHours.of("08:00", "16:00"), SATURDAY, SUNDAY, MONDAY, TUESDAY, WEDNESDAY)
      .hours(WorkingHours.of("08:00", "12:00"), THURSDAY)
      .holiday(LocalDate.of(2026, 11, 25))
      .build();

  /** Monday to Friday 09:00-17:00 in Berlin (with daylight saving), Saturday and Sunday off. */
  public static final BusinessCalendar BERLIN_OFFICE = BusinessCalendar.builder("berlin-office", BERLIN)
      .hoursExcept(WorkingHours.of("09:00", "17:00"), SATURDAY, SUNDAY)
      .build();

  /** Night shifts 22:00-06:00 starting Monday to Friday, in UTC. */
  public static final BusinessCalendar NIGHT_DESK = BusinessCalendar.builder("night-desk", ZoneOffset.UTC)
      .hours(WorkingHours.of("22:00", "06:00"), MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
      .build();

  /** Always open. */
  public static final BusinessCalendar ALWAYS = BusinessCalendar.alwaysOpen("always", BERLIN);

  private Calendars() {}

  /** Whether the wall clock at {@code t} shows a time inside a shift of a non-holiday. */
  public static boolean naiveIsOpen(BusinessCalendar calendar, Instant t) {
    LocalDateTime local = LocalDateTime.ofInstant(t, calendar.zone());
    LocalDate today = local.toLocalDate();
    LocalTime time = local.toLocalTime();
    if (!calendar.holidays().contains(today)) {
      for (WorkingHours h : calendar.hours(today.getDayOfWeek())) {
        if (!time.isBefore(h.start()) && (h.isOvernight() || time.isBefore(h.end()))) {
          return true;
        }
      }
    }
    LocalDate yesterday = today.minusDays(1);
    if (!calendar.holidays().contains(yesterday)) {
      for (WorkingHours h : calendar.hours(yesterday.getDayOfWeek())) {
        if (h.isOvernight() && time.isBefore(h.end())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Business minutes between minute-aligned instants, one minute at a time. */
  public static long naiveMinutesBetween(BusinessCalendar calendar, Instant from, Instant to) {
    long minutes = 0;
    for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
      if (naiveIsOpen(calendar, t)) {
        minutes++;
      }
    }
    return minutes;
  }
}
