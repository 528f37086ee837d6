package org.mehrcrm.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.complaint.TestComplaints.ALI;
import static org.mehrcrm.complaint.TestComplaints.intake;
import static org.mehrcrm.complaint.TestComplaints.tehran;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.kernel.PageRequest;
import org.mehrcrm.kernel.UnitOfWork;
import org.mehrcrm.testing.FakeOutbox;
import org.mehrcrm.testing.MovableClock;

class ComplaintServiceTest {
  private static final Actor AGENT = Actor.of("agent-1", "agent");
  private static final Actor LEAD = Actor.of("lead-1", "lead");
  private static final Actor AUDITOR = Actor.of("audit-1", "auditor");

  private final Fakes.Complaints repository = new Fakes.Complaints();
  private final FakeOutbox outbox = new FakeOutbox();
  private final List<DomainEvent> delivered = new ArrayList<>();
  private final MovableClock clock = new MovableClock(tehran("2026-11-23T08:00"));
  private final ComplaintService complaints = new ComplaintService(repository,
      new UnitOfWork(outbox::inTransaction, outbox, delivered::add),
      RoleBasedAccessPolicy.builder()
          .grant("agent", "complaint:read", "complaint:file", "complaint:handle")
          .grant("lead", "complaint:*")
          .grant("auditor", "complaint:read")
          .build(),
      clock, IdGenerator.timeOrdered(clock, new Random(7)), TestComplaints.SETTINGS,
      TestComplaints.CLOCK, SlaPolicyId.of("standard"));

  @Test
  void filesUnderTheLatestPolicyVersionAndDeliversTheEvent() {
    Complaint c = complaints.file(AGENT, intake());
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.policy()).isEqualTo(TestComplaints.STANDARD_V2);
    assertThat(delivered).singleElement().isInstanceOf(ComplaintEvent.Received.class);
    assertThat(complaints.ofCustomer(AUDITOR, ALI)).extracting(Complaint::id).containsExactly(c.id());
  }

  @Test
  void anIntakeWithoutSegmentIsServedInTheCustomersSegmentAndANamedSegmentWins() {
    ComplaintService segmented = new ComplaintService(repository,
        new UnitOfWork(outbox::inTransaction, outbox, delivered::add), AccessPolicy.allowAll(), clock,
        IdGenerator.timeOrdered(clock, new Random(8)), TestComplaints.SETTINGS, TestComplaints.CLOCK,
        SlaPolicyId.of("standard"), customer -> Optional.of("key-account"));

    Complaint inferred = segmented.file(AGENT, intake());
    Complaint named = segmented.file(AGENT, intake().withSegment("retail"));

    assertThat(inferred.intake().segment()).isEqualTo("key-account");
    assertThat(named.intake().segment()).isEqualTo("retail");
    assertThat(complaints.file(AGENT, intake()).intake().segment()).isNull();
  }

  @Test
  void signalsCountOpenCasesAndCasesThatBreachedATarget() {
    Complaint late = complaints.file(AGENT, intake());
    complaints.withdraw(LEAD, complaints.file(AGENT, intake()).id());
    clock.advance(Duration.ofDays(3));

    assertThat(complaints.signals(AUDITOR, ALI)).isEqualTo(new ComplaintSignals(1, 1));
    assertThat(complaints.slaStatus(AUDITOR, late.id()).isBreached()).isTrue();
  }

  @Test
  void handlesACaseFromReceiptToClosureWithEveryStepSaved() {
    Complaint c = complaints.file(AGENT, intake());
    clock.advance(Duration.ofMinutes(10));
    complaints.acknowledge(AGENT, c.id());
    complaints.assign(LEAD, c.id(), "agent-1", "first line");
    complaints.assess(AGENT, c.id(), TestComplaints.assessment());
    complaints.investigate(AGENT, c.id());
    complaints.waitOnCustomer(AGENT, c.id());
    clock.advance(Duration.ofHours(2));
    complaints.customerAnswered(AGENT, c.id());
    complaints.updateCustomer(AGENT, c.id());
    complaints.respond(AGENT, c.id(), "refund", List.of(new Remedy.Refund(TestComplaints.TEN_EUR)));
    Complaint closed = complaints.close(AGENT, c.id(), ClosureOutcome.ACCEPTED, null);
    assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.version()).isEqualTo(10);
    assertThat(complaints.open(AUDITOR, PageRequest.first(10)).items()).isEmpty();
    assertThat(delivered).hasSize(closed.history().size());
  }

  @Test
  void slaStatusIsComputedAtTheClocksMoment() {
    Complaint c = complaints.file(AGENT, intake());
    clock.moveTo(tehran("2026-11-23T08:30"));
    SlaTargetStatus ack = complaints.slaStatus(AUDITOR, c.id()).target(SlaTarget.ACKNOWLEDGE).orElseThrow();
    assertThat(ack.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(ack.due()).isEqualTo(tehran("2026-11-23T09:00"));
  }

  @Test
  void reopensWithinTheWindowAndFilesALinkedCaseAfterIt() {
    Complaint c = closedCase();
    clock.advance(Duration.ofDays(3));
    Complaint reopened = complaints.reopen(AGENT, c.id());
    assertThat(reopened.id()).isEqualTo(c.id());
    assertThat(reopened.status()).isEqualTo(ComplaintStatus.REOPENED);

    Complaint other = closedCase();
    clock.advance(TestComplaints.SETTINGS.reopenWindow().plusSeconds(1));
    Complaint linked = complaints.reopen(AGENT, other.id());
    assertThat(linked.id()).isNotEqualTo(other.id());
    assertThat(linked.relatedTo()).contains(other.id());
    assertThat(linked.status()).isEqualTo(ComplaintStatus.RECEIVED);
    assertThat(complaints.get(AUDITOR, other.id()).status()).isEqualTo(ComplaintStatus.CLOSED);
  }

  @Test
  void checksPermissionsBeforeAnything() {
    Complaint c = complaints.file(AGENT, intake());
    int saves = repository.saves;
    assertThatThrownBy(() -> complaints.acknowledge(AUDITOR, c.id()))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.permission()).isEqualTo("complaint:handle"));
    assertThatThrownBy(() -> complaints.assign(AGENT, c.id(), "agent-2", "x"))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.permission()).isEqualTo("complaint:assign"));
    assertThatThrownBy(() -> complaints.changePriority(AGENT, c.id(), Priority.HIGH))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(repository.saves).isEqualTo(saves);
  }

  @Test
  void retriesAfterAConcurrentUpdateAndGivesUpAfterTen() {
    Complaint c = complaints.file(AGENT, intake());
    repository.conflictsToSimulate = 2;
    assertThat(complaints.acknowledge(AGENT, c.id()).status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
    repository.conflictsToSimulate = 10;
    assertThatThrownBy(() -> complaints.updateCustomer(AGENT, c.id())).isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void unknownCaseIsNotFound() {
    assertThatThrownBy(() -> complaints.acknowledge(AGENT, ComplaintId.of("nope")))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("nope"));
  }

  @Test
  void policyAndAttributesAreManaged() {
    Complaint c = complaints.file(AGENT, intake());
    assertThat(complaints.changePolicy(LEAD, c.id(), TestComplaints.STANDARD).policy()).isEqualTo(TestComplaints.STANDARD);
    assertThatThrownBy(() -> complaints.changePolicy(LEAD, c.id(), SlaPolicyRef.of("standard", 9)))
        .isInstanceOf(NotFoundException.class);
    assertThat(complaints.setAttribute(LEAD, c.id(), "order-number", "42").attributes()).containsEntry("order-number", "42");
    assertThat(complaints.changePriority(LEAD, c.id(), Priority.HIGH).priority()).isEqualTo(Priority.HIGH);
  }

  @Test
  void withdrawnCaseLeavesTheOpenList() {
    Complaint c = complaints.file(AGENT, intake());
    complaints.withdraw(AGENT, c.id());
    assertThat(repository.countOpen()).isZero();
  }

  private Complaint closedCase() {
    Complaint c = complaints.file(AGENT, intake());
    complaints.acknowledge(AGENT, c.id());
    complaints.assess(AGENT, c.id(), TestComplaints.assessment());
    complaints.investigate(AGENT, c.id());
    complaints.respond(AGENT, c.id(), "refund", List.of());
    return complaints.close(AGENT, c.id(), ClosureOutcome.ACCEPTED, null);
  }
}
