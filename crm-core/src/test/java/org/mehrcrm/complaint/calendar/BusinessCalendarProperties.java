package org.mehrcrm.complaint.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BusinessCalendarProperties {
  private static final List<BusinessCalendar> CALENDARS = List.of(Calendars.TEHRAN_OFFICE,
      Calendars.BERLIN_OFFICE, Calendars.NIGHT_DESK, Calendars.ALWAYS,
      BusinessCalendar.builder("nights-berlin", Calendars.BERLIN)
          .hours(WorkingHours.of("00:00", "06:00"), java.time.DayOfWeek.values()).build());
  /** Around the 2026 and 2027 daylight-saving changes. */
  private static final Instant[] ORIGINS = {Instant.parse("2026-10-20T00:00:00Z"),
      Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2027-03-24T00:00:00Z")};

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    return Arbitraries.of(CALENDARS);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.of(ORIGINS).flatMap(origin ->
        Arbitraries.longs().between(0, 10 * 24 * 60).map(m -> origin.plusSeconds(60 * m)));
  }

  @Property(tries = 300)
  void betweenAgreesWithMinuteByMinuteCounting(@ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
    Instant from = a.isBefore(b) ? a : b;
    Instant to = a.isBefore(b) ? b : a;
    assertThat(calendar.between(from, to))
        .isEqualTo(Duration.ofMinutes(Calendars.naiveMinutesBetween(calendar, from, to)));
  }

  @Property(tries = 500)
  void isOpenAgreesWithTheWallClock(@ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant t) {
    assertThat(calendar.isOpen(t)).isEqualTo(Calendars.naiveIsOpen(calendar, t));
  }

  @Property(tries = 500)
  void plusThenBetweenGivesBackTheAmount(@ForAll("calendars") BusinessCalendar calendar,
      @ForAll("instants") Instant start, @ForAll("minutes") long minutes) {
    Instant due = calendar.plus(start, Duration.ofMinutes(minutes));
    assertThat(calendar.between(start, due)).isEqualTo(Duration.ofMinutes(minutes));
    if (minutes > 0) {
      assertThat(calendar.between(start, due.minusMillis(1))).isEqualTo(Duration.ofMinutes(minutes).minusMillis(1));
    }
  }

  @Property(tries = 300)
  void betweenIsAdditive(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant a,
      @ForAll("instants") Instant b, @ForAll("instants") Instant c) {
    Instant[] s = {a, b, c};
    java.util.Arrays.sort(s);
    assertThat(calendar.between(s[0], s[1]).plus(calendar.between(s[1], s[2])))
        .isEqualTo(calendar.between(s[0], s[2]));
  }

  @Provide
  Arbitrary<Long> minutes() {
    return Arbitraries.longs().between(0, 400 * 24 * 60);
  }
}
