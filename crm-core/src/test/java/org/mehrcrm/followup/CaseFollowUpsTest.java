package org.mehrcrm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mehrcrm.complaint.ComplaintId;
import org.mehrcrm.complaint.EscalationReport;
import org.mehrcrm.complaint.OverdueCase;
import org.mehrcrm.complaint.SlaTarget;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.satisfaction.InvitationId;
import org.mehrcrm.satisfaction.SatisfactionEvent;
import org.mehrcrm.testing.World;

class CaseFollowUpsTest {
  private static final CustomerId ALI = CustomerId.of("C-ali");
  private static final CustomerId SARA = CustomerId.of("C-sara");

  private final World world = new World();
  private final CaseFollowUps bridge = new CaseFollowUps(world.followUps, world.unitOfWork, world.ids, world.clock);

  private EscalationReport report(OverdueCase... overdue) {
    return new EscalationReport(world.clock.instant(), overdue.length, List.of(), List.of(overdue));
  }

  private static OverdueCase overdue(String id, CustomerId customer, SlaTarget target) {
    return new OverdueCase(ComplaintId.of(id), customer, "agent-4", target, World.T0.minusSeconds(3600));
  }

  @Test
  void anOverdueCaseBecomesAHighPriorityTaskForItsOwnerDueWhenItBreached() {
    List<FollowUpId> opened = bridge.openFor(report(overdue("CASE-1", ALI, SlaTarget.RESOLVE)));

    FollowUp task = world.followUps.findById(opened.get(0)).orElseThrow();
    assertThat(task.customerId()).isEqualTo(ALI);
    assertThat(task.purpose()).isEqualTo(CaseFollowUps.COMPLAINT);
    assertThat(task.owner()).contains("agent-4");
    assertThat(task.priority()).isEqualTo(Priority.HIGH);
    assertThat(task.due()).isEqualTo(World.T0.minusSeconds(3600));
    assertThat(task.origin()).isEqualTo(Origin.rule(CaseFollowUps.OVERDUE_RULE));
    assertThat(task.title()).isEqualTo("Overdue complaint CASE-1: RESOLVE target missed");
    assertThat(world.events(FollowUpEvent.Opened.class)).hasSize(1);
  }

  @Test
  void theSameBreachReportedAgainOpensNothingEvenAfterTheTaskWasDone() {
    FollowUpId first = bridge.openFor(report(overdue("CASE-1", ALI, SlaTarget.RESOLVE))).get(0);
    FollowUp done = world.followUps.findById(first).orElseThrow().complete("agent-4", world.clock.instant());
    world.followUps.save(done);

    assertThat(bridge.openFor(report(overdue("CASE-1", ALI, SlaTarget.RESOLVE)))).isEmpty();
    assertThat(bridge.openFor(report(overdue("CASE-1", ALI, SlaTarget.FIRST_RESPONSE)))).hasSize(1);
  }

  @Test
  void aCustomerWithAnOpenComplaintTaskGetsNoSecondOne() {
    List<FollowUpId> opened = bridge.openFor(report(overdue("CASE-1", ALI, SlaTarget.RESOLVE),
        overdue("CASE-2", ALI, SlaTarget.ACKNOWLEDGE), overdue("CASE-3", SARA, SlaTarget.RESOLVE)));

    assertThat(opened).hasSize(2);
    assertThat(world.followUps.openOf(ALI)).hasSize(1);
  }

  @Test
  void aBreachCoveredByAnOpenTaskGetsItsOwnTaskOnceThatOneIsClosed() {
    FollowUpId first = bridge.openFor(report(overdue("CASE-1", ALI, SlaTarget.FIRST_RESPONSE))).get(0);
    assertThat(bridge.openFor(report(overdue("CASE-1", ALI, SlaTarget.RESOLVE)))).isEmpty();
    world.followUps.save(world.followUps.findById(first).orElseThrow().complete("agent-4", world.clock.instant()));

    List<FollowUpId> later = bridge.openFor(report(overdue("CASE-1", ALI, SlaTarget.FIRST_RESPONSE),
        overdue("CASE-1", ALI, SlaTarget.RESOLVE)));

    assertThat(later).singleElement().satisfies(id -> assertThat(world.followUps.findById(id).orElseThrow().title())
        .isEqualTo("Overdue complaint CASE-1: RESOLVE target missed"));
  }

  @Test
  void aLowScoreOpensOneCallBackTaskInThePool() {
    SatisfactionEvent.FollowUpRequested low = new SatisfactionEvent.FollowUpRequested(InvitationId.of("INV-1"), ALI,
        "CASE-1", "agent-4", 3, Instant.EPOCH);

    bridge.onEvent(low);
    bridge.onEvent(low);

    assertThat(world.followUps.openOf(ALI)).singleElement().satisfies(task -> {
      assertThat(task.purpose()).isEqualTo(CaseFollowUps.FEEDBACK);
      assertThat(task.owner()).isEmpty();
      assertThat(task.title()).isEqualTo("Call back: scored 3 on CASE-1");
      assertThat(task.due()).isEqualTo(world.clock.instant());
    });
  }

  @Test
  void otherEventsAreIgnored() {
    bridge.onEvent(new FollowUpEvent.Cancelled(FollowUpId.of("T-1"), ALI, "agent-4", Instant.EPOCH));

    assertThat(world.followUps.openOf(ALI)).isEmpty();
  }
}
