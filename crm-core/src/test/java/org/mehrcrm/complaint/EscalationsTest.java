package org.mehrcrm.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.complaint.TestComplaints.tehran;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.UnitOfWork;
import org.mehrcrm.testing.FakeOutbox;

/**
 * Escalations on the Tehran office calendar (Sat-Wed 08-16, Thu 08-12, Friday off, Wednesday
 * 25th a holiday), policy plain@1: resolve 16h. A case received Monday 2026-11-23 08:00 is due
 * Tuesday 16:00 local; acknowledgement and first response are met at 08:10.
 */
class EscalationsTest {
  private final Fakes.Complaints repository = new Fakes.Complaints();
  private final FakeOutbox outbox = new FakeOutbox();
  private final List<DomainEvent> delivered = new ArrayList<>();
  private final UnitOfWork unitOfWork = new UnitOfWork(outbox::inTransaction, outbox, delivered::add);

  private Escalations escalations(EscalationRule... rules) {
    return new Escalations(repository, unitOfWork, TestComplaints.CLOCK, List.of(rules));
  }

  private Complaint stored(Complaint c) {
    return repository.save(c);
  }

  private Complaint openCase() {
    return stored(TestComplaints.received(TestComplaints.PLAIN, tehran("2026-11-23T08:00"))
        .acknowledge("agent-1", tehran("2026-11-23T08:10"))
        .updateCustomer("agent-1", tehran("2026-11-23T08:10"))
        .assign("agent-1", "first line", "lead", tehran("2026-11-23T08:10")));
  }

  @Test
  void breachIsRecordedOnceAndReportedAsOverdueForItsOwner() {
    Complaint c = openCase();
    Escalations run = escalations();
    EscalationReport first = run.runDue(tehran("2026-11-24T16:30"));
    assertThat(first.overdue()).containsExactly(new OverdueCase(c.id(), TestComplaints.ALI, "agent-1",
        SlaTarget.RESOLVE, tehran("2026-11-24T16:00")));
    assertThat(delivered).anyMatch(e -> e instanceof ComplaintEvent.SlaBreached b && b.target() == SlaTarget.RESOLVE);
    EscalationReport again = run.runDue(tehran("2026-11-24T16:30"));
    assertThat(again.overdue()).isEmpty();
    assertThat(again.examined()).isEqualTo(1);
    assertThat(run.runDue(tehran("2026-11-28T10:00")).overdue()).as("idempotent over time too").isEmpty();
  }

  @Test
  void notificationWaitsForBusinessHoursInsteadOfGoingOutAtMidnight() {
    Complaint c = openCase();
    Escalations run = escalations(EscalationRule.onBreach("tell-lead", SlaTarget.RESOLVE,
        new EscalationAction.Notify("team-lead")));
    // Tuesday 23:59 local: breached since 16:00, but the office is closed: deferred, nothing recorded.
    EscalationReport midnight = run.runDue(tehran("2026-11-24T23:59"));
    assertThat(midnight.outcomes()).singleElement().satisfies(o -> assertThat(o.deferred()).isTrue());
    assertThat(repository.findById(c.id()).orElseThrow().hasEscalated("tell-lead")).isFalse();
    // Wednesday is a holiday: still deferred.
    assertThat(run.runDue(tehran("2026-11-25T10:00")).outcomes()).singleElement()
        .satisfies(o -> assertThat(o.deferred()).isTrue());
    // Thursday 08:00 the office opens: sent once.
    EscalationReport morning = run.runDue(tehran("2026-11-26T08:00"));
    assertThat(morning.outcomes()).singleElement().satisfies(o -> assertThat(o.deferred()).isFalse());
    assertThat(run.runDue(tehran("2026-11-26T08:05")).outcomes()).isEmpty();
  }

  @Test
  void ruleMayNotifyAtAnyHourWhenItSaysSo() {
    openCase();
    Escalations run = escalations(EscalationRule.onBreach("duty-phone", SlaTarget.RESOLVE,
        new EscalationAction.Notify("duty")).withNotifyOutsideBusinessHours());
    assertThat(run.runDue(tehran("2026-11-24T23:59")).outcomes()).singleElement()
        .satisfies(o -> assertThat(o.deferred()).isFalse());
  }

  @Test
  void warningReassignsAndBreachRaisesPriorityAndLevel() {
    Complaint c = openCase();
    Escalations run = escalations(
        EscalationRule.onWarning("to-senior", SlaTarget.RESOLVE, new EscalationAction.Reassign("senior-1")),
        EscalationRule.onBreach("raise", SlaTarget.RESOLVE, new EscalationAction.RaisePriority()),
        EscalationRule.onBreach("level-2", SlaTarget.RESOLVE, new EscalationAction.RaiseLevel(2)));
    // 75% of 16h = 12h -> Tuesday 12:00: the warning rule reassigns (a hand-off), nothing else.
    run.runDue(tehran("2026-11-24T12:00"));
    Complaint warned = repository.findById(c.id()).orElseThrow();
    assertThat(warned.assignee()).contains("senior-1");
    assertThat(warned.handOffCount()).isEqualTo(1);
    assertThat(warned.priority()).isEqualTo(Priority.NORMAL);
    // After the breach at Tuesday 16:00: priority raised once, level 2, the warning rule not again.
    run.runDue(tehran("2026-11-26T09:00"));
    run.runDue(tehran("2026-11-26T10:00"));
    Complaint breached = repository.findById(c.id()).orElseThrow();
    assertThat(breached.priority()).isEqualTo(Priority.HIGH);
    assertThat(breached.escalationLevel()).isEqualTo(2);
    assertThat(breached.handOffCount()).isEqualTo(1);
  }

  @Test
  void skipsCasesThatChangedConcurrently() {
    openCase();
    repository.conflictsToSimulate = 1;
    Escalations run = escalations();
    assertThat(run.runDue(tehran("2026-11-24T16:30")).overdue()).isEmpty();
    assertThat(run.runDue(tehran("2026-11-24T16:31")).overdue()).hasSize(1);
  }

  @Test
  void refusesRulesWithTheSameId() {
    EscalationRule a = EscalationRule.onBreach("x", SlaTarget.RESOLVE, new EscalationAction.RaisePriority());
    assertThatThrownBy(() -> escalations(a, a))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("rules"));
  }
}
