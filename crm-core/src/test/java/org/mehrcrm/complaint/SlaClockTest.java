package org.mehrcrm.complaint;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.complaint.TestComplaints.CLOCK;
import static org.mehrcrm.complaint.TestComplaints.ID;
import static org.mehrcrm.complaint.TestComplaints.SETTINGS;
import static org.mehrcrm.complaint.TestComplaints.intake;
import static org.mehrcrm.complaint.TestComplaints.received;
import static org.mehrcrm.complaint.TestComplaints.tehran;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mehrcrm.complaint.calendar.Calendars;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The service-time clock on the Tehran office calendar unless said otherwise: Saturday to
 * Wednesday 08:00-16:00, Thursday 08:00-12:00, Friday the weekend, Wednesday 2026-11-25 a
 * holiday. Policy standard@1: acknowledge 1h, first response 4h, resolve 16h, update every 8h;
 * all local times are Tehran's.
 */
class SlaClockTest {

  private static SlaTargetStatus target(Complaint c, SlaTarget kind, Instant at) {
    return CLOCK.status(c, at).target(kind).orElseThrow();
  }

  @Test
  void dueTimesSkipTheFridayWeekendAndTheHoliday() {
    // Received Tuesday 24th 14:00. Acknowledge 1h -> Tue 15:00. First response 4h: Tue 14-16 = 2h,
    // Wed holiday, Thu 08-10 -> Thu 26th 10:00. Resolve 16h: Tue 2h, Thu 08-12 4h, Fri weekend,
    // Sat 08-16 8h, Sun 08-10 -> Sun 29th 10:00.
    Complaint c = received(tehran("2026-11-24T14:00"));
    Instant at = tehran("2026-11-24T14:30");
    assertThat(target(c, SlaTarget.ACKNOWLEDGE, at).due()).isEqualTo(tehran("2026-11-24T15:00"));
    assertThat(target(c, SlaTarget.ACKNOWLEDGE, at).elapsed()).isEqualTo(ofMinutes(30));
    assertThat(target(c, SlaTarget.FIRST_RESPONSE, at).due()).isEqualTo(tehran("2026-11-26T10:00"));
    assertThat(target(c, SlaTarget.RESOLVE, at).due()).isEqualTo(tehran("2026-11-29T10:00"));
    assertThat(target(c, SlaTarget.UPDATE, at).phase()).isEqualTo(SlaPhase.NOT_STARTED);
    assertThat(target(c, SlaTarget.UPDATE, at).due()).isNull();
  }

  @Test
  void pauseWhileWaitingOnTheCustomerMovesTheDueTime() {
    // Received Mon 23rd 08:00, acknowledged 08:30, waiting from Mon 10:00 to Tue 10:00.
    // Without the pause, resolve (16h) is due Tue 16:00. The pause covers Mon 10-16 (6h) and
    // Tue 08-10 (2h) = 8 business hours; 14h remain at Tue 10:00: Tue 10-16 6h, Wed holiday,
    // Thu 08-12 4h, Fri weekend, Sat 08-12 -> Sat 28th 12:00.
    Complaint open = received(tehran("2026-11-23T08:00")).acknowledge("agent-1", tehran("2026-11-23T08:30"));
    assertThat(target(open, SlaTarget.RESOLVE, tehran("2026-11-23T09:59")).due()).isEqualTo(tehran("2026-11-24T16:00"));
    Complaint waiting = open.waitOnCustomer("agent-1", tehran("2026-11-23T10:00"));
    // During the pause the due time is "if the customer answered now": at Tue 09:00, 14h from
    // Tue 09:00 = Tue 7h, Thu 4h, Sat 08-11 -> Sat 11:00.
    SlaTargetStatus paused = target(waiting, SlaTarget.RESOLVE, tehran("2026-11-24T09:00"));
    assertThat(paused.phase()).isEqualTo(SlaPhase.PAUSED);
    assertThat(paused.elapsed()).isEqualTo(ofHours(2));
    assertThat(paused.due()).isEqualTo(tehran("2026-11-28T11:00"));
    Complaint resumed = waiting.customerAnswered("agent-1", tehran("2026-11-24T10:00"));
    assertThat(target(resumed, SlaTarget.RESOLVE, tehran("2026-11-24T10:00")).due()).isEqualTo(tehran("2026-11-28T12:00"));
    // First response (4h) had 2h elapsed before the pause: due Tue 12:00.
    assertThat(target(resumed, SlaTarget.FIRST_RESPONSE, tehran("2026-11-24T10:00")).due()).isEqualTo(tehran("2026-11-24T12:00"));
  }

  @Test
  void policyChangeKeepsElapsedAndPausedTime() {
    // As above, then at Tue 11:00 the case moves to standard@2 (resolve 24h). Elapsed so far:
    // Mon 08-10 2h + Tue 10-11 1h = 3h (the 8h pause is not counted). 21h remain: Tue 11-16 5h,
    // Thu 08-12 4h, Sat 08-16 8h, Sun 08-12 -> Sun 29th 12:00.
    Complaint c = received(tehran("2026-11-23T08:00"))
        .acknowledge("agent-1", tehran("2026-11-23T08:30"))
        .waitOnCustomer("agent-1", tehran("2026-11-23T10:00"))
        .customerAnswered("agent-1", tehran("2026-11-24T10:00"))
        .changePolicy(TestComplaints.STANDARD_V2, "lead", tehran("2026-11-24T11:00"));
    SlaStatus s = CLOCK.status(c, tehran("2026-11-24T11:00"));
    assertThat(s.policy()).isEqualTo(TestComplaints.STANDARD_V2);
    SlaTargetStatus resolve = s.target(SlaTarget.RESOLVE).orElseThrow();
    assertThat(resolve.elapsed()).isEqualTo(ofHours(3));
    assertThat(resolve.goal()).isEqualTo(ofHours(24));
    assertThat(resolve.due()).isEqualTo(tehran("2026-11-29T12:00"));
    assertThat(s.target(SlaTarget.UPDATE)).isEmpty();
  }

  @Test
  void updateTargetNeverOverridesTheFirstResponseTarget() {
    // A policy with first response 4h and update every 2h. Received Mon 08:00.
    SlaPolicyRef chatty = SlaPolicyRef.of("chatty", 1);
    SlaClock clock = new SlaClock(SlaCatalog.of(List.of(SlaPolicy.of(chatty, "tehran-office",
        SlaTargets.of(ofHours(1), ofHours(4), ofHours(16)).withUpdateEvery(ofHours(2)))),
        List.of(Calendars.TEHRAN_OFFICE)));
    Complaint c = Complaint.receive(ID, intake(), SETTINGS, chatty, null, tehran("2026-11-23T08:00"))
        .acknowledge("agent-1", tehran("2026-11-23T08:10"));
    // At 11:00 nothing was sent: first response is due 12:00 and not breached; the update target
    // has not started (it starts at the first response).
    SlaStatus at11 = clock.status(c, tehran("2026-11-23T11:00"));
    assertThat(at11.target(SlaTarget.FIRST_RESPONSE).orElseThrow().due()).isEqualTo(tehran("2026-11-23T12:00"));
    assertThat(at11.target(SlaTarget.FIRST_RESPONSE).orElseThrow().isBreached()).isFalse();
    assertThat(at11.target(SlaTarget.UPDATE).orElseThrow().phase()).isEqualTo(SlaPhase.NOT_STARTED);
    // The first update at 11:00 meets the first response; the update target now runs: due 13:00.
    Complaint updated = c.updateCustomer("agent-1", tehran("2026-11-23T11:00"));
    SlaStatus at1130 = clock.status(updated, tehran("2026-11-23T13:30"));
    assertThat(at1130.target(SlaTarget.FIRST_RESPONSE).orElseThrow().phase()).isEqualTo(SlaPhase.STOPPED);
    assertThat(at1130.target(SlaTarget.FIRST_RESPONSE).orElseThrow().isBreached()).isFalse();
    assertThat(at1130.target(SlaTarget.UPDATE).orElseThrow().breachedAt()).isEqualTo(tehran("2026-11-23T13:00"));
    // Another update at 14:00 starts a new cycle (due 16:00); the missed one stays breached.
    SlaTargetStatus later = clock.status(updated.updateCustomer("agent-1", tehran("2026-11-23T14:00")),
        tehran("2026-11-23T14:00")).target(SlaTarget.UPDATE).orElseThrow();
    assertThat(later.due()).isEqualTo(tehran("2026-11-23T13:00"));
    assertThat(later.elapsed()).isZero();
    assertThat(later.breachedAt()).isEqualTo(tehran("2026-11-23T13:00"));
  }

  @Test
  void holidayInsideAPauseIsNotCountedTwice() {
    // Received Tue 24th 08:00, waiting from Tue 15:00 to Thu 26th 09:00: the pause is Tue 15-16
    // (1h) + Thu 08-09 (1h) = 2 business hours; the holiday in between was never working time.
    // Without the pause resolve is due Sat 28th 12:00 (Tue 8h, Thu 4h, Sat 08-12); with it,
    // 2h later: Sat 14:00.
    Complaint c = received(tehran("2026-11-24T08:00"))
        .acknowledge("agent-1", tehran("2026-11-24T08:05"))
        .waitOnCustomer("agent-1", tehran("2026-11-24T15:00"))
        .customerAnswered("agent-1", tehran("2026-11-26T09:00"));
    assertThat(target(c, SlaTarget.RESOLVE, tehran("2026-11-26T09:00")).due()).isEqualTo(tehran("2026-11-28T14:00"));
  }

  @Test
  void breachedTargetStaysBreachedWhenThePriorityIsLowered() {
    // URGENT: resolve 2h, so received Mon 08:00 is due 10:00 and breached after it. At 11:00 the
    // priority drops to LOW (resolve 16h): elapsed 3h is within 16h, yet the breach stands.
    Complaint c = Complaint.receive(ID, intake().withPriority(Priority.URGENT), SETTINGS,
            TestComplaints.STANDARD, null, tehran("2026-11-23T08:00"))
        .changePriority(Priority.LOW, "lead", tehran("2026-11-23T11:00"));
    SlaTargetStatus resolve = target(c, SlaTarget.RESOLVE, tehran("2026-11-23T11:30"));
    assertThat(resolve.goal()).isEqualTo(ofHours(16));
    assertThat(resolve.elapsed()).isEqualTo(ofMinutes(210));
    assertThat(resolve.breachedAt()).isEqualTo(tehran("2026-11-23T10:00"));
    assertThat(resolve.warning()).isFalse();
  }

  @Test
  void warnsAtTheConfiguredShareOfTheTarget() {
    // 75% of 16h = 12h: from Mon 08:00 that is Mon 8h + Tue 08-12 -> Tue 12:00.
    Complaint c = received(tehran("2026-11-23T08:00")).acknowledge("agent-1", tehran("2026-11-23T08:10"));
    assertThat(target(c, SlaTarget.RESOLVE, tehran("2026-11-24T11:59")).warning()).isFalse();
    assertThat(target(c, SlaTarget.RESOLVE, tehran("2026-11-24T12:00")).warning()).isTrue();
  }

  @Test
  void targetsFollowTheCustomersSegment() {
    // Key accounts get a 1h first response: received Mon 08:00 -> due 09:00.
    Complaint c = Complaint.receive(ID, intake().withSegment("key-account"), SETTINGS,
        TestComplaints.STANDARD, null, tehran("2026-11-23T08:00"));
    assertThat(target(c, SlaTarget.FIRST_RESPONSE, tehran("2026-11-23T08:00")).due()).isEqualTo(tehran("2026-11-23T09:00"));
  }

  @Test
  void lateAcknowledgementIsABreachAndStopsTheClock() {
    Complaint c = received(tehran("2026-11-23T08:00")).acknowledge("agent-1", tehran("2026-11-23T09:30"));
    SlaTargetStatus ack = target(c, SlaTarget.ACKNOWLEDGE, tehran("2026-11-23T12:00"));
    assertThat(ack.phase()).isEqualTo(SlaPhase.STOPPED);
    assertThat(ack.elapsed()).isEqualTo(ofMinutes(90));
    assertThat(ack.breachedAt()).isEqualTo(tehran("2026-11-23T09:00"));
    assertThat(ack.due()).isNull();
  }

  @Test
  void responseStopsTheResolutionClockInTime() {
    Complaint c = TestComplaints.reach(ComplaintStatus.RESPONDED, tehran("2026-11-23T08:00"));
    SlaTargetStatus resolve = target(c, SlaTarget.RESOLVE, tehran("2026-11-30T08:00"));
    assertThat(resolve.phase()).isEqualTo(SlaPhase.STOPPED);
    assertThat(resolve.elapsed()).isEqualTo(ofMinutes(4));
    assertThat(resolve.isBreached()).isFalse();
  }

  @Test
  void evaluatesTheHistoryAsItStoodAtTheMoment() {
    Complaint c = received(tehran("2026-11-23T08:00")).acknowledge("agent-1", tehran("2026-11-23T08:30"))
        .waitOnCustomer("agent-1", tehran("2026-11-23T10:00"));
    assertThat(target(c, SlaTarget.RESOLVE, tehran("2026-11-23T09:00")).phase()).isEqualTo(SlaPhase.RUNNING);
    assertThat(target(c, SlaTarget.ACKNOWLEDGE, tehran("2026-11-23T08:20")).phase()).isEqualTo(SlaPhase.RUNNING);
    assertThatThrownBy(() -> CLOCK.status(c, tehran("2026-11-23T07:00")))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("at"));
  }

  @Test
  void alwaysOpenNightShiftAndDaylightSavingCalendars() {
    // 24x7: received 23:30Z, acknowledge 1h -> 00:30Z the next day.
    Complaint always = TestComplaints.received(TestComplaints.ALWAYS, Instant.parse("2026-11-23T23:30:00Z"));
    assertThat(target(always, SlaTarget.ACKNOWLEDGE, Instant.parse("2026-11-23T23:30:00Z")).due())
        .isEqualTo(Instant.parse("2026-11-24T00:30:00Z"));
    // Night desk (22:00-06:00 UTC, shifts start Mon-Fri): received Tue 03:00Z inside Monday's
    // shift. Resolve 16h: Mon shift 3h (13 left), Tue 22-06 8h (5 left), Wed 22:00 + 5h -> Thu 03:00Z.
    Complaint night = TestComplaints.received(TestComplaints.NIGHTS, Instant.parse("2026-11-24T03:00:00Z"));
    assertThat(target(night, SlaTarget.RESOLVE, Instant.parse("2026-11-24T03:00:00Z")).due())
        .isEqualTo(Instant.parse("2026-11-26T03:00:00Z"));
    // Berlin Mon-Fri 09-17 across the end of summer time: Fri 2026-10-23 15:00 CEST (13:00Z),
    // first response 4h: Fri 2h, Mon 26th 09-11 CET -> 10:00Z.
    Complaint berlin = TestComplaints.received(TestComplaints.BERLIN, Instant.parse("2026-10-23T13:00:00Z"));
    assertThat(target(berlin, SlaTarget.FIRST_RESPONSE, Instant.parse("2026-10-23T13:00:00Z")).due())
        .isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
  }
}
