package org.mehrcrm.complaint;

import static java.time.Duration.ofHours;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mehrcrm.complaint.calendar.BusinessCalendar;
import org.mehrcrm.complaint.calendar.Calendars;
import org.mehrcrm.customer.AttributeDefinition;
import org.mehrcrm.customer.AttributeSchema;
import org.mehrcrm.customer.AttributeType;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.Money;

/** Shared fixtures for the complaint tests. */
final class TestComplaints {
  static final ComplaintId ID = ComplaintId.of("CASE-1");
  static final CustomerId ALI = CustomerId.of("C-1");
  static final ComplaintCategory BILLING = ComplaintCategory.of("billing");
  static final ComplaintCategory DELIVERY = ComplaintCategory.of("delivery");
  static final AttributeSchema SCHEMA = AttributeSchema.of(
      AttributeDefinition.of("order-number", AttributeType.TEXT, false));
  static final ComplaintSettings SETTINGS = ComplaintSettings.of(Set.of(BILLING, DELIVERY))
      .withAttributes(SCHEMA);
  static final SlaPolicyRef STANDARD = SlaPolicyRef.of("standard", 1);
  static final SlaPolicyRef STANDARD_V2 = SlaPolicyRef.of("standard", 2);
  static final SlaPolicyRef ALWAYS = SlaPolicyRef.of("always", 1);
  static final SlaPolicyRef NIGHTS = SlaPolicyRef.of("nights", 1);
  static final SlaPolicyRef BERLIN = SlaPolicyRef.of("berlin", 1);
  /** Tehran office, acknowledge 1h, first response 4h, resolve 16h, no update target. */
  static final SlaPolicyRef PLAIN = SlaPolicyRef.of("plain", 1);
  /** Monday 2026-11-23 08:00 in Tehran (UTC+03:30). */
  static final Instant MON_0800 = Instant.parse("2026-11-23T04:30:00Z");
  static final Money TEN_EUR = Money.of("10.00", "EUR");

  /**
   * standard@1 on the Tehran office calendar (Sat-Wed 08-16, Thu 08-12, Fri off, Wed 2026-11-25
   * a holiday): acknowledge 1h, first response 4h, resolve 16h, update every 8h; URGENT: resolve
   * 2h; key accounts: first response 1h. standard@2: resolve 24h. Others: the same targets on the
   * other test calendars.
   */
  static final SlaTargets STANDARD_TARGETS = SlaTargets.of(ofHours(1), ofHours(4), ofHours(16))
      .withUpdateEvery(ofHours(8));
  static final SlaCatalog CATALOG = SlaCatalog.of(List.of(
      SlaPolicy.of(STANDARD, "tehran-office", STANDARD_TARGETS).withRules(List.of(
          SlaRule.of(SlaTargets.of(ofHours(1), ofHours(1), ofHours(2))).forPriorities(Priority.URGENT),
          SlaRule.of(SlaTargets.of(ofHours(1), ofHours(1), ofHours(16))).forSegments("key-account"))),
      SlaPolicy.of(STANDARD_V2, "tehran-office", SlaTargets.of(ofHours(1), ofHours(4), ofHours(24))),
      SlaPolicy.of(ALWAYS, "always", STANDARD_TARGETS),
      SlaPolicy.of(NIGHTS, "night-desk", STANDARD_TARGETS),
      SlaPolicy.of(BERLIN, "berlin-office", STANDARD_TARGETS),
      SlaPolicy.of(PLAIN, "tehran-office", SlaTargets.of(ofHours(1), ofHours(4), ofHours(16)))),
      List.<BusinessCalendar>of(Calendars.TEHRAN_OFFICE, Calendars.ALWAYS, Calendars.NIGHT_DESK,
          Calendars.BERLIN_OFFICE));
  static final SlaClock CLOCK = new SlaClock(CATALOG);

  private TestComplaints() {}

  static ComplaintIntake intake() {
    return ComplaintIntake.of(ALI, Channel.EMAIL, BILLING, "Charged twice for order 7731")
        .withSoughtRemedy("refund of the second charge")
        .withAttributes(Map.of("order-number", "7731"));
  }

  static Complaint received(Instant at) {
    return Complaint.receive(ID, intake(), SETTINGS, STANDARD, null, at);
  }

  static Complaint received(SlaPolicyRef policy, Instant at) {
    return Complaint.receive(ID, intake(), SETTINGS, policy, null, at);
  }

  static Instant tehran(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(Calendars.TEHRAN).toInstant();
  }

  /** Moves a new case to the given status through the shortest path, one minute per step. */
  static Complaint reach(ComplaintStatus status, Instant start) {
    Complaint c = received(start);
    Instant t = start;
    switch (status) {
      case RECEIVED -> { }
      case ACKNOWLEDGED -> c = c.acknowledge("agent-1", t = t.plusSeconds(60));
      case ASSESSED -> c = reach(ComplaintStatus.ACKNOWLEDGED, start).assess(assessment(), "agent-1", start.plusSeconds(120));
      case INVESTIGATING -> c = reach(ComplaintStatus.ASSESSED, start).investigate("agent-1", start.plusSeconds(180));
      case WAITING_ON_CUSTOMER -> c = reach(ComplaintStatus.INVESTIGATING, start).waitOnCustomer("agent-1", start.plusSeconds(240));
      case RESPONDED -> c = reach(ComplaintStatus.INVESTIGATING, start)
          .respond("We refund the double charge", List.of(new Remedy.Refund(TEN_EUR)), "agent-1", start.plusSeconds(240));
      case CLOSED -> c = reach(ComplaintStatus.RESPONDED, start).close(ClosureOutcome.ACCEPTED, null, "agent-1", start.plusSeconds(300));
      case REOPENED -> c = reach(ComplaintStatus.CLOSED, start).reopen(SETTINGS.reopenWindow(), "agent-1", start.plusSeconds(360));
      case WITHDRAWN -> c = c.withdraw("agent-1", start.plusSeconds(60));
    }
    return c;
  }

  static Assessment assessment() {
    return new Assessment(Level.MEDIUM, Level.MEDIUM, Level.LOW);
  }
}
