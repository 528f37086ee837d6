package org.mehrcrm.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.mehrcrm.complaint.ComplaintCommands.Command;
import org.mehrcrm.complaint.calendar.BusinessCalendar;
import org.mehrcrm.kernel.InvalidFieldException;

class SlaClockProperties {
  private static final List<SlaPolicyRef> POLICIES = List.of(TestComplaints.STANDARD,
      TestComplaints.ALWAYS, TestComplaints.NIGHTS, TestComplaints.BERLIN);
  /** A resolve target long enough that no case in these properties breaches it. */
  private static final SlaClock LONG = new SlaClock(SlaCatalog.of(POLICIES.stream()
      .map(ref -> SlaPolicy.of(ref, TestComplaints.CATALOG.get(ref).calendarId(),
          SlaTargets.of(Duration.ofHours(400), Duration.ofHours(400), Duration.ofHours(400))))
      .toList(), List.of(TestComplaints.CATALOG.calendar("tehran-office"),
      TestComplaints.CATALOG.calendar("always"), TestComplaints.CATALOG.calendar("night-desk"),
      TestComplaints.CATALOG.calendar("berlin-office"))));

  @Provide
  Arbitrary<SlaPolicyRef> policies() {
    return Arbitraries.of(POLICIES);
  }

  @Provide
  Arbitrary<Instant> receipts() {
    return Arbitraries.longs().between(0, 200L * 24 * 60)
        .map(m -> Instant.parse("2026-09-01T00:00:00Z").plusSeconds(60 * m));
  }

  @Provide
  Arbitrary<Command> commands() {
    return ComplaintCommands.commands();
  }

  @Property(tries = 300)
  void pausingForASpanOfBusinessTimeMovesTheDueTimeByExactlyThatSpan(
      @ForAll("policies") SlaPolicyRef policy, @ForAll("receipts") Instant received,
      @ForAll @IntRange(max = 7 * 24 * 60) int minutesToPause,
      @ForAll @IntRange(max = 10 * 24 * 60) int pauseMinutes) {
    BusinessCalendar calendar = LONG.catalog().calendarOf(policy);
    Complaint open = TestComplaints.received(policy, received).acknowledge("agent-1", received);
    Instant pause = received.plus(Duration.ofMinutes(minutesToPause));
    Instant resume = pause.plus(Duration.ofMinutes(pauseMinutes));
    Complaint paused = open.waitOnCustomer("agent-1", pause).customerAnswered("agent-1", resume);
    for (SlaTarget kind : List.of(SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLVE)) {
      Instant dueWithout = LONG.status(open, resume).target(kind).orElseThrow().due();
      Instant dueWith = LONG.status(paused, resume).target(kind).orElseThrow().due();
      assertThat(dueWith).isAfterOrEqualTo(dueWithout);
      assertThat(calendar.between(dueWithout, dueWith)).isEqualTo(calendar.between(pause, resume));
    }
  }

  @Property(tries = 300)
  void dueTimeNeverMovesBackwardsAsTimePasses(@ForAll("policies") SlaPolicyRef policy,
      @ForAll("receipts") Instant received,
      @ForAll @Size(max = 25) List<@From("commands") Command> commands,
      @ForAll @IntRange(max = 20 * 24 * 60) int firstLook, @ForAll @IntRange(max = 20 * 24 * 60) int secondLook) {
    Complaint c = history(policy, received, commands);
    Instant last = c.history().get(c.history().size() - 1).occurredAt();
    Instant early = last.plus(Duration.ofMinutes(Math.min(firstLook, secondLook)));
    Instant late = last.plus(Duration.ofMinutes(Math.max(firstLook, secondLook)));
    SlaStatus before = TestComplaints.CLOCK.status(c, early);
    SlaStatus after = TestComplaints.CLOCK.status(c, late);
    for (SlaTargetStatus then : before.targets()) {
      SlaTargetStatus now = after.target(then.kind()).orElseThrow();
      assertThat(now.elapsed()).isGreaterThanOrEqualTo(then.elapsed());
      if (then.due() != null) {
        assertThat(now.due()).as("%s", then.kind()).isAfterOrEqualTo(then.due());
      }
      if (then.isBreached()) {
        assertThat(now.breachedAt()).as("a breach stays").isEqualTo(then.breachedAt());
      }
    }
  }

  @Property(tries = 200)
  void statusIsAPureFunctionOfTheHistory(@ForAll("policies") SlaPolicyRef policy,
      @ForAll("receipts") Instant received, @ForAll @Size(max = 25) List<@From("commands") Command> commands) {
    Complaint c = history(policy, received, commands);
    Instant at = c.history().get(c.history().size() - 1).occurredAt().plus(Duration.ofHours(5));
    assertThat(TestComplaints.CLOCK.status(Complaint.restore(c.snapshot()).history(), at))
        .isEqualTo(TestComplaints.CLOCK.status(c, at));
  }

  private static Complaint history(SlaPolicyRef policy, Instant received, List<Command> commands) {
    Complaint c = TestComplaints.received(policy, received);
    Instant at = received;
    for (Command command : commands) {
      at = at.plus(command.gap());
      try {
        c = command.apply().apply(c, at);
      } catch (IllegalTransitionException | InvalidFieldException refused) {
        // skipped: the property is about whatever history the legal commands build
      }
    }
    return c;
  }
}
