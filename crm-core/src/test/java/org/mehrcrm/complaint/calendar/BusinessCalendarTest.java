package org.mehrcrm.complaint.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.complaint.calendar.Calendars.ALWAYS;
import static org.mehrcrm.complaint.calendar.Calendars.BERLIN;
import static org.mehrcrm.complaint.calendar.Calendars.BERLIN_OFFICE;
import static org.mehrcrm.complaint.calendar.Calendars.NIGHT_DESK;
import static org.mehrcrm.complaint.calendar.Calendars.TEHRAN_OFFICE;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mehrcrm.kernel.InvalidFieldException;

class BusinessCalendarTest {

  @Test
  void fridayWeekendAndHolidayAreSkipped() {
    // Tehran is UTC+03:30. Received Tuesday 2026-11-24 14:00 local (10:30Z), target 16 business hours:
    // Tue 14-16 = 2h (14 left); Wed 25th is a holiday; Thu 08-12 = 4h (10 left); Friday is the
    // weekend; Sat 28th 08-16 = 8h (2 left); Sun 29th 08-10 -> due Sunday 10:00 local = 06:30Z.
    Instant received = Instant.parse("2026-11-24T10:30:00Z");
    assertThat(TEHRAN_OFFICE.plus(received, Duration.ofHours(16)))
        .isEqualTo(Instant.parse("2026-11-29T06:30:00Z"));
    assertThat(TEHRAN_OFFICE.between(received, Instant.parse("2026-11-29T06:30:00Z")))
        .isEqualTo(Duration.ofHours(16));
  }

  @Test
  void saturdaySundayWeekendIsSkipped() {
    // Berlin in November is UTC+1. Friday 2026-11-27 16:00 local (15:00Z) + 4h: Fri 16-17 = 1h,
    // weekend, Mon 30th 09-12 = 3h -> Monday 12:00 local = 11:00Z.
    assertThat(BERLIN_OFFICE.plus(Instant.parse("2026-11-27T15:00:00Z"), Duration.ofHours(4)))
        .isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
  }

  @Test
  void targetReachedAtEndOfShiftIsThatEndNotTheNextStart() {
    // Monday 2026-11-23 09:00 local (08:00Z) + 8h = 17:00 the same day (16:00Z), not Tuesday 09:00.
    assertThat(BERLIN_OFFICE.plus(Instant.parse("2026-11-23T08:00:00Z"), Duration.ofHours(8)))
        .isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
  }

  @Test
  void workingWeekFollowsTheOffsetChangeOfDaylightSaving() {
    // Friday 2026-10-23 15:00 CEST (13:00Z) + 4h: Fri 15-17 = 2h; the clocks go back on Sunday
    // the 25th; Mon 26th 09-11 CET = 2h -> 11:00 CET = 10:00Z.
    assertThat(BERLIN_OFFICE.plus(Instant.parse("2026-10-23T13:00:00Z"), Duration.ofHours(4)))
        .isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
  }

  @Test
  void overnightShiftRunsIntoTheNextDay() {
    // Tuesday 2026-11-24 03:00Z is inside Monday's 22:00-06:00 shift: 3h to 06:00 (2 left);
    // Tuesday's shift starts 22:00 -> due Wednesday 00:00Z.
    assertThat(NIGHT_DESK.plus(Instant.parse("2026-11-24T03:00:00Z"), Duration.ofHours(5)))
        .isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
    assertThat(NIGHT_DESK.isOpen(Instant.parse("2026-11-24T05:59:00Z"))).isTrue();
    assertThat(NIGHT_DESK.isOpen(Instant.parse("2026-11-24T06:00:00Z"))).isFalse();
    // Saturday 05:00Z is still Friday's shift; Saturday 23:00Z is no shift (none starts Saturday).
    assertThat(NIGHT_DESK.isOpen(Instant.parse("2026-11-28T05:00:00Z"))).isTrue();
    assertThat(NIGHT_DESK.isOpen(Instant.parse("2026-11-28T23:00:00Z"))).isFalse();
  }

  @Test
  void holidayCancelsTheNightShiftStartingOnIt() {
    // As above, but Tuesday 24th is a holiday: Tuesday's shift does not run; Monday's does (it
    // started on Monday). 3h Monday night, 2 left; Wednesday 22:00 + 2h -> Thursday 00:00Z.
    BusinessCalendar nights = BusinessCalendar.builder("nights", ZoneOffset.UTC)
        .hours(WorkingHours.of("22:00", "06:00"), DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
        .holiday(LocalDate.of(2026, 11, 24))
        .build();
    assertThat(nights.plus(Instant.parse("2026-11-24T03:00:00Z"), Duration.ofHours(5)))
        .isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
  }

  @Test
  void alwaysOpenCountsRealTimeAcrossDaylightSaving() {
    // Berlin falls back on 2026-10-25 at 01:00Z; 24x7 counts real hours: +24h is 24 real hours.
    assertThat(ALWAYS.plus(Instant.parse("2026-10-24T12:00:00Z"), Duration.ofHours(24)))
        .isEqualTo(Instant.parse("2026-10-25T12:00:00Z"));
    assertThat(ALWAYS.between(Instant.parse("2026-11-23T10:00:00Z"), Instant.parse("2026-11-25T12:00:00Z")))
        .isEqualTo(Duration.ofHours(50));
  }

  @Test
  void nightShiftLastsFiveHoursWhenClocksSpringForwardAndSevenWhenTheyFallBack() {
    BusinessCalendar nights = BusinessCalendar.builder("nights-berlin", BERLIN)
        .hours(WorkingHours.of("00:00", "06:00"), DayOfWeek.values())
        .build();
    // 2027-03-28: 02:00 CET becomes 03:00 CEST. 00:00 CET = 2027-03-27T23:00Z; 06:00 CEST = 04:00Z.
    assertThat(nights.between(Instant.parse("2027-03-27T23:00:00Z"), Instant.parse("2027-03-28T04:00:00Z")))
        .isEqualTo(Duration.ofHours(5));
    assertThat(nights.plus(Instant.parse("2027-03-27T23:00:00Z"), Duration.ofHours(5)))
        .isEqualTo(Instant.parse("2027-03-28T04:00:00Z"));
    // 2026-10-25: 03:00 CEST becomes 02:00 CET. 00:00 CEST = 2026-10-24T22:00Z; 06:00 CET = 05:00Z.
    assertThat(nights.between(Instant.parse("2026-10-24T22:00:00Z"), Instant.parse("2026-10-25T05:00:00Z")))
        .isEqualTo(Duration.ofHours(7));
  }

  @Test
  void nextOpeningIsTheStartOfTheNextShift() {
    // Friday 2026-11-27 18:00 Berlin (17:00Z) -> Monday 09:00 local = 08:00Z.
    assertThat(BERLIN_OFFICE.nextOpening(Instant.parse("2026-11-27T17:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
    Instant open = Instant.parse("2026-11-27T10:00:00Z");
    assertThat(BERLIN_OFFICE.nextOpening(open)).isEqualTo(open);
  }

  @Test
  void betweenIsZeroWhenTheEndIsNotAfterTheStart() {
    Instant t = Instant.parse("2026-11-23T10:00:00Z");
    assertThat(BERLIN_OFFICE.between(t, t.minusSeconds(3600))).isZero();
    assertThat(BERLIN_OFFICE.plus(t, Duration.ZERO)).isEqualTo(t);
  }

  @Test
  void refusesNegativeAmount() {
    assertThatThrownBy(() -> BERLIN_OFFICE.plus(Instant.parse("2026-11-23T10:00:00Z"), Duration.ofHours(-1)))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("amount"));
  }

  @Test
  void refusesOverlappingShifts() {
    BusinessCalendar.Builder b = BusinessCalendar.builder("x", BERLIN)
        .hours(WorkingHours.of("09:00", "17:00"), DayOfWeek.MONDAY)
        .hours(WorkingHours.of("16:00", "18:00"), DayOfWeek.MONDAY);
    assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidFieldException.class,
        e -> assertThat(e.getMessage()).isEqualTo("hours: must not overlap (MONDAY 16:00)"));
  }

  @Test
  void refusesOverlapOfANightShiftWithTheNextMorning() {
    BusinessCalendar.Builder b = BusinessCalendar.builder("x", BERLIN)
        .hours(WorkingHours.of("22:00", "06:00"), DayOfWeek.SUNDAY)
        .hours(WorkingHours.of("05:00", "09:00"), DayOfWeek.MONDAY);
    assertThatThrownBy(b::build).isInstanceOf(InvalidFieldException.class);
  }

  @Test
  void refusesCalendarWithoutShifts() {
    assertThatThrownBy(() -> BusinessCalendar.builder("x", BERLIN).build())
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("hours"));
  }

  @Test
  void refusesMalformedId() {
    assertThatThrownBy(() -> BusinessCalendar.builder("Bad Id", BERLIN))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("calendar.id"));
  }

  @Test
  void refusesInstantsOutsideTheSupportedRange() {
    assertThatThrownBy(() -> BERLIN_OFFICE.isOpen(Instant.parse("2400-01-01T00:00:00Z")))
        .isInstanceOf(InvalidFieldException.class);
  }

  @Test
  void workingHoursReadBackAndMeasureNightShifts() {
    assertThat(WorkingHours.parse("22:00-06:00")).isEqualTo(WorkingHours.of("22:00", "06:00"));
    assertThat(WorkingHours.of("22:00", "06:00").length()).isEqualTo(Duration.ofHours(8));
    assertThat(WorkingHours.allDay().length()).isEqualTo(Duration.ofHours(24));
    assertThat(WorkingHours.parse(WorkingHours.allDay().toString())).isEqualTo(WorkingHours.allDay());
    assertThatThrownBy(() -> WorkingHours.of("9", "17")).isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> WorkingHours.parse("0900")).isInstanceOf(InvalidFieldException.class);
  }

  @Test
  void calendarsAreEqualByDefinition() {
    new EqualsTester()
        .addEqualityGroup(BERLIN_OFFICE, BusinessCalendar.builder("berlin-office", BERLIN)
            .hoursExcept(WorkingHours.of("09:00", "17:00"), DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).build())
        .addEqualityGroup(TEHRAN_OFFICE)
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicInstanceMethods(BERLIN_OFFICE);
    new NullPointerTester().testAllPublicStaticMethods(WorkingHours.class);
  }
}
