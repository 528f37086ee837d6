package org.mehrcrm.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.testing.Invalid.assertInvalid;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;

class FollowUpTest {
  static final CustomerId ALI = CustomerId.of("C-1");
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final Duration LEASE = Duration.ofMinutes(30);

  static FollowUp task() {
    return FollowUp.open(FollowUpId.of("T-1"), ALI, Purpose.SALES, "Call about renewal",
        T0.plus(Duration.ofDays(1)), Priority.NORMAL, "agent-7", Origin.manual(), T0);
  }

  @Test
  void opensWithAnEvent() {
    FollowUp t = task();

    assertThat(t.stateAt(T0)).isEqualTo(FollowUpState.OPEN);
    assertThat(t.version()).isZero();
    assertThat(t.pendingEvents()).containsExactly(new FollowUpEvent.Opened(t.id(), ALI, Purpose.SALES, "agent-7",
        Origin.manual(), t.due(), T0));
  }

  @Test
  void aSecondAgentCannotClaimWhileTheLeaseIsLive() {
    FollowUp claimed = task().claim("agent-1", T0, LEASE);

    assertThatThrownBy(() -> claimed.claim("agent-2", T0.plus(Duration.ofMinutes(29)), LEASE))
        .isInstanceOfSatisfying(FollowUpClaimedException.class, e -> {
          assertThat(e.holder()).isEqualTo("agent-1");
          assertThat(e.leaseUntil()).isEqualTo(T0.plus(LEASE));
          assertThat(e.taskId()).isEqualTo(FollowUpId.of("T-1"));
        })
        .hasMessage("follow-up T-1: claimed by agent-1 until 2026-03-02T09:30:00Z");
    assertThat(claimed.holderAt(T0)).contains("agent-1");
    assertThat(claimed.stateAt(T0)).isEqualTo(FollowUpState.CLAIMED);
  }

  @Test
  void anExpiredLeaseCanBeTakenByAnotherAgent() {
    FollowUp claimed = task().claim("agent-1", T0, LEASE);
    Instant expiry = T0.plus(LEASE);

    assertThat(claimed.stateAt(expiry)).isEqualTo(FollowUpState.OPEN);
    assertThat(claimed.holderAt(expiry)).isEmpty();
    FollowUp taken = claimed.claim("agent-2", expiry, LEASE);
    assertThat(taken.holderAt(expiry)).contains("agent-2");
    assertThat(taken.leaseUntil()).contains(expiry.plus(LEASE));
  }

  @Test
  void theHolderExtendsItsLeaseByClaimingAgain() {
    FollowUp extended = task().claim("agent-1", T0, LEASE).claim("agent-1", T0.plusSeconds(600), LEASE);

    assertThat(extended.leaseUntil()).contains(T0.plusSeconds(600).plus(LEASE));
  }

  @Test
  void anotherAgentCannotCompleteReleaseOrCancelALiveClaim() {
    FollowUp claimed = task().claim("agent-1", T0, LEASE);

    assertThatThrownBy(() -> claimed.complete("agent-2", T0)).isInstanceOf(FollowUpClaimedException.class);
    assertThatThrownBy(() -> claimed.release("agent-2", T0)).isInstanceOf(FollowUpClaimedException.class);
    assertThatThrownBy(() -> claimed.cancel("lead-1", T0)).isInstanceOf(FollowUpClaimedException.class);
    assertThat(claimed.complete("agent-1", T0).state()).isEqualTo(FollowUpState.DONE);
  }

  @Test
  void releasingGivesTheTaskBackAndReleasingNothingChangesNothing() {
    FollowUp released = task().claim("agent-1", T0, LEASE).release("agent-1", T0.plusSeconds(60));

    assertThat(released.stateAt(T0)).isEqualTo(FollowUpState.OPEN);
    assertThat(released.leaseUntil()).isEmpty();
    FollowUp t = task();
    assertThat(t.release("agent-1", T0)).isSameAs(t);
  }

  @Test
  void closedTasksRefuseWork() {
    FollowUp done = task().complete("agent-7", T0);

    assertThat(done.isOpen()).isFalse();
    assertInvalid(() -> done.claim("agent-1", T0, LEASE), "state", "must be open to claim (it is DONE)");
    assertInvalid(() -> done.cancel("agent-1", T0), "state", "must be open to cancel (it is DONE)");
    assertInvalid(() -> task().cancel("a", T0).complete("a", T0), "state", "must be open to complete (it is CANCELLED)");
    assertThat(done.addNote("agent-7", "called back anyway", T0).notes()).hasSize(1);
  }

  @Test
  void escalationHandsTheTaskToTheManagerAndRaisesPriority() {
    FollowUp escalated = task().escalateTo("lead-1", T0);

    assertThat(escalated.owner()).contains("lead-1");
    assertThat(escalated.priority()).isEqualTo(Priority.HIGH);
    assertThat(escalated.escalations()).isEqualTo(1);
    assertThat(escalated.pendingEvents().get(1)).isEqualTo(
        new FollowUpEvent.Escalated(escalated.id(), ALI, "agent-7", "lead-1", Priority.HIGH, T0));
    assertThat(Priority.URGENT.raised()).isEqualTo(Priority.URGENT);
  }

  @Test
  void rescheduleAndReassignChangeOnlyWhenDifferent() {
    FollowUp t = task();

    assertThat(t.reschedule(t.due(), T0)).isSameAs(t);
    assertThat(t.reassign("agent-7", T0)).isSameAs(t);
    assertThat(t.reschedule(T0, T0).due()).isEqualTo(T0);
    assertThat(t.reassign(null, T0).owner()).isEmpty();
    assertThat(t.isOverdueAt(t.due().plusSeconds(1))).isTrue();
    assertThat(t.isOverdueAt(t.due())).isFalse();
  }

  @Test
  void snapshotRoundTripsAndRejectsInconsistentState() {
    FollowUp t = task().claim("agent-1", T0, LEASE).addNote("agent-1", "calling", T0);

    assertThat(FollowUp.restore(t.snapshot()).snapshot()).isEqualTo(t.snapshot());
    FollowUpSnapshot s = t.snapshot();
    assertInvalid(() -> new FollowUpSnapshot(s.id(), 0, s.customerId(), s.purpose(), s.title(), s.due(), s.priority(),
        s.owner(), FollowUpState.OPEN, "agent-1", s.leaseUntil(), List.of(), s.origin(), 0, s.createdAt(), null),
        "claimedBy", "must be set, with leaseUntil, exactly when claimed");
    assertInvalid(() -> new FollowUpSnapshot(s.id(), 0, s.customerId(), s.purpose(), s.title(), s.due(), s.priority(),
        s.owner(), FollowUpState.DONE, null, null, List.of(), s.origin(), 0, s.createdAt(), null),
        "closedAt", "must be set exactly when done or cancelled");
  }

  @Test
  void rejectsBadLeaseTitleAndRuleIds() {
    assertInvalid(() -> task().claim("a", T0, Duration.ZERO), "lease", "must be positive");
    assertInvalid(() -> FollowUp.open(FollowUpId.of("T-2"), ALI, Purpose.SALES, " ", T0, Priority.LOW, null,
        Origin.manual(), T0), "title", "must not be blank");
    assertInvalid(() -> Origin.rule("Bad Rule"), "origin.ruleId",
        "must be 1 to 40 lower-case letters, digits, '-' or '_', starting with a letter");
    assertInvalid(() -> new RuleFiring("r", ALI, "a b"), "ruleFiring.period",
        "must not contain whitespace or control characters");
  }

  @Test
  void commandsRejectNulls() {
    new NullPointerTester().setDefault(Duration.class, LEASE).setDefault(Instant.class, T0)
        .testAllPublicInstanceMethods(task().claim("agent-1", T0, LEASE));
  }
}
