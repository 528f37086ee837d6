package org.mehrcrm.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.complaint.TestComplaints.ALI;
import static org.mehrcrm.complaint.TestComplaints.ID;
import static org.mehrcrm.complaint.TestComplaints.MON_0800;
import static org.mehrcrm.complaint.TestComplaints.SETTINGS;
import static org.mehrcrm.complaint.TestComplaints.STANDARD;
import static org.mehrcrm.complaint.TestComplaints.TEN_EUR;
import static org.mehrcrm.complaint.TestComplaints.assessment;
import static org.mehrcrm.complaint.TestComplaints.intake;
import static org.mehrcrm.complaint.TestComplaints.reach;
import static org.mehrcrm.complaint.TestComplaints.received;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.kernel.InvalidFieldException;

class ComplaintTest {
  private static final Instant T = MON_0800;

  /** The command that asks for each target status. */
  private static final Map<ComplaintStatus, BiFunction<Complaint, Instant, Complaint>> COMMANDS =
      new EnumMap<>(ComplaintStatus.class);

  static {
    COMMANDS.put(ComplaintStatus.ACKNOWLEDGED, (c, at) -> c.acknowledge("agent-1", at));
    COMMANDS.put(ComplaintStatus.ASSESSED, (c, at) -> c.assess(assessment(), "agent-1", at));
    COMMANDS.put(ComplaintStatus.INVESTIGATING, (c, at) -> c.investigate("agent-1", at));
    COMMANDS.put(ComplaintStatus.WAITING_ON_CUSTOMER, (c, at) -> c.waitOnCustomer("agent-1", at));
    COMMANDS.put(ComplaintStatus.RESPONDED, (c, at) -> c.respond("decision", List.of(), "agent-1", at));
    COMMANDS.put(ComplaintStatus.CLOSED, (c, at) -> c.close(ClosureOutcome.ACCEPTED, null, "agent-1", at));
    COMMANDS.put(ComplaintStatus.REOPENED, (c, at) -> c.reopen(Duration.ofDays(14), "agent-1", at));
    COMMANDS.put(ComplaintStatus.WITHDRAWN, (c, at) -> c.withdraw("agent-1", at));
  }

  @Test
  void receiptRecordsTheIntakeAndOneEvent() {
    Complaint c = received(T);
    assertThat(c.status()).isEqualTo(ComplaintStatus.RECEIVED);
    assertThat(c.customerId()).isEqualTo(ALI);
    assertThat(c.priority()).isEqualTo(Priority.NORMAL);
    assertThat(c.policy()).isEqualTo(STANDARD);
    assertThat(c.attributes()).containsEntry("order-number", "7731");
    assertThat(c.pendingEvents()).containsExactly(new ComplaintEvent.Received(ID, ALI, Channel.EMAIL,
        TestComplaints.BILLING, Priority.NORMAL, null, STANDARD, null, T));
    assertThat(c.history()).isEqualTo(c.pendingEvents());
    assertThat(c.receivedAt()).isEqualTo(T);
  }

  @Test
  void refusesUndeclaredCategory() {
    ComplaintIntake other = ComplaintIntake.of(ALI, Channel.EMAIL, ComplaintCategory.of("weather"), "rain");
    assertThatThrownBy(() -> Complaint.receive(ID, other, SETTINGS, STANDARD, null, T))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("category"));
  }

  @Test
  void refusesUndeclaredAttribute() {
    ComplaintIntake bad = intake().withAttributes(Map.of("colour", "red"));
    assertThatThrownBy(() -> Complaint.receive(ID, bad, SETTINGS, STANDARD, null, T))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("attributes.colour"));
  }

  @Test
  void followsTheIsoStagesFromReceiptToClosure() {
    Complaint c = reach(ComplaintStatus.CLOSED, T);
    List<ComplaintStatus> path = new ArrayList<>();
    for (ComplaintEvent e : c.history()) {
      if (e instanceof ComplaintEvent.StageChanged s) {
        path.add(s.to());
      }
    }
    assertThat(path).containsExactly(ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.ASSESSED,
        ComplaintStatus.INVESTIGATING, ComplaintStatus.RESPONDED, ComplaintStatus.CLOSED);
    assertThat(c.outcome()).contains(ClosureOutcome.ACCEPTED);
    assertThat(c.decision()).contains("We refund the double charge");
    assertThat(c.remedies()).containsExactly(new Remedy.Refund(TEN_EUR));
    assertThat(c.closedAt()).contains(T.plusSeconds(300));
    assertThat(c.isOpen()).isFalse();
  }

  @Test
  void everyMoveOutsideTheTableFailsNamingFromAndTo() {
    int checked = 0;
    for (ComplaintStatus from : ComplaintStatus.values()) {
      Complaint c = reach(from, T);
      for (Map.Entry<ComplaintStatus, BiFunction<Complaint, Instant, Complaint>> e : COMMANDS.entrySet()) {
        ComplaintStatus to = e.getKey();
        boolean allowed = from.canMoveTo(to) && (from != ComplaintStatus.WAITING_ON_CUSTOMER
            || to == ComplaintStatus.INVESTIGATING || to == ComplaintStatus.WITHDRAWN);
        if (allowed) {
          assertThat(e.getValue().apply(c, T.plusSeconds(3600)).status()).isEqualTo(to);
          continue;
        }
        checked++;
        assertThatThrownBy(() -> e.getValue().apply(c, T.plusSeconds(3600)))
            .as("%s -> %s", from, to)
            .isInstanceOfSatisfying(IllegalTransitionException.class, ex -> {
              assertThat(ex.from()).isEqualTo(from);
              assertThat(ex.to()).isEqualTo(to);
              assertThat(ex.complaintId()).isEqualTo(ID);
              assertThat(ex.getMessage()).isEqualTo("complaint CASE-1: cannot move from " + from + " to " + to);
            });
      }
    }
    assertThat(checked).isGreaterThan(40);
  }

  @Test
  void waitingReturnsOnlyToTheStatusItCameFrom() {
    Complaint waiting = reach(ComplaintStatus.ACKNOWLEDGED, T).waitOnCustomer("agent-1", T.plusSeconds(600));
    assertThat(waiting.customerAnswered("agent-1", T.plusSeconds(900)).status()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
    assertThatThrownBy(() -> waiting.assess(assessment(), "agent-1", T.plusSeconds(900)))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> reach(ComplaintStatus.ASSESSED, T).customerAnswered("agent-1", T.plusSeconds(900)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void assessmentSetsThePriorityFromItsRatings() {
    Complaint c = reach(ComplaintStatus.ACKNOWLEDGED, T)
        .assess(new Assessment(Level.HIGH, Level.HIGH, Level.HIGH), "agent-1", T.plusSeconds(600));
    assertThat(c.priority()).isEqualTo(Priority.URGENT);
    assertThat(c.pendingEvents()).contains(new ComplaintEvent.PriorityChanged(ID, Priority.NORMAL,
        Priority.URGENT, "agent-1", T.plusSeconds(600)));
    assertThat(new Assessment(Level.LOW, Level.LOW, Level.MEDIUM).priority()).isEqualTo(Priority.LOW);
    assertThat(new Assessment(Level.MEDIUM, Level.HIGH, Level.LOW).priority()).isEqualTo(Priority.NORMAL);
    assertThat(new Assessment(Level.HIGH, Level.HIGH, Level.LOW).priority()).isEqualTo(Priority.HIGH);
  }

  @Test
  void declinedClosureRecordsTheCustomersNextStep() {
    Complaint responded = reach(ComplaintStatus.RESPONDED, T);
    assertThatThrownBy(() -> responded.close(ClosureOutcome.DECLINED, null, "agent-1", T.plusSeconds(600)))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("nextStep"));
    assertThatThrownBy(() -> responded.close(ClosureOutcome.ACCEPTED, "ombudsman", "agent-1", T.plusSeconds(600)))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("nextStep"));
    Complaint declined = responded.close(ClosureOutcome.DECLINED, "external dispute body", "agent-1", T.plusSeconds(600));
    assertThat(declined.nextStep()).contains("external dispute body");
    assertThat(declined.outcome()).contains(ClosureOutcome.DECLINED);
  }

  @Test
  void acceptedGoodwillPointsRaiseAnEventForLoyalty() {
    Complaint responded = reach(ComplaintStatus.INVESTIGATING, T).respond("sorry",
        List.of(new Remedy.Apology(), new Remedy.GoodwillPoints(300), new Remedy.GoodwillPoints(200)),
        "agent-1", T.plusSeconds(600));
    Complaint accepted = responded.close(ClosureOutcome.ACCEPTED, null, "agent-1", T.plusSeconds(700));
    assertThat(accepted.pendingEvents()).contains(
        new ComplaintEvent.GoodwillPointsGranted(ID, ALI, 500, T.plusSeconds(700)));
    Complaint declined = responded.close(ClosureOutcome.DECLINED, "court", "agent-1", T.plusSeconds(700));
    assertThat(declined.pendingEvents()).noneMatch(e -> e instanceof ComplaintEvent.GoodwillPointsGranted);
  }

  @Test
  void reopensOnlyWithinTheWindow() {
    Complaint closed = reach(ComplaintStatus.CLOSED, T);
    Instant closedAt = T.plusSeconds(300);
    Duration window = Duration.ofDays(14);
    Complaint reopened = closed.reopen(window, "agent-1", closedAt.plus(window));
    assertThat(reopened.status()).isEqualTo(ComplaintStatus.REOPENED);
    assertThat(reopened.round()).isEqualTo(1);
    assertThat(closed.canReopen(window, closedAt.plus(window).plusMillis(1))).isFalse();
    assertThatThrownBy(() -> closed.reopen(window, "agent-1", closedAt.plus(window).plusMillis(1)))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("at"));
  }

  @Test
  void linkedCaseNamesTheEarlierOne() {
    Complaint linked = Complaint.receive(ComplaintId.of("CASE-2"), intake(), SETTINGS, STANDARD, ID, T);
    assertThat(linked.relatedTo()).contains(ID);
    assertThatThrownBy(() -> Complaint.receive(ID, intake(), SETTINGS, STANDARD, ID, T))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("relatedTo"));
  }

  @Test
  void everyReassignmentIsAHandOffWithFromToWhenAndWhy() {
    Complaint c = received(T)
        .assign("agent-1", "first line", "lead", T.plusSeconds(60))
        .assign("agent-2", "needs billing access", "agent-1", T.plusSeconds(120))
        .assign("agent-3", "agent-2 on leave", "lead", T.plusSeconds(180));
    assertThat(c.handOffCount()).isEqualTo(2);
    assertThat(c.assignee()).contains("agent-3");
    assertThat(c.assignments().get(1)).isEqualTo(new HandOff("agent-1", "agent-2", "needs billing access", T.plusSeconds(120)));
    assertThat(c.assignments().get(0).isHandOff()).isFalse();
    assertThatThrownBy(() -> c.assign("agent-3", "again", "lead", T.plusSeconds(240)))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("handOff.to"));
  }

  @Test
  void closedAndWithdrawnCasesRefuseChanges() {
    for (ComplaintStatus s : List.of(ComplaintStatus.CLOSED, ComplaintStatus.WITHDRAWN)) {
      Complaint c = reach(s, T);
      assertThatThrownBy(() -> c.assign("agent-9", "x", "lead", T.plusSeconds(3600)))
          .isInstanceOf(IllegalTransitionException.class);
      assertThatThrownBy(() -> c.updateCustomer("agent-9", T.plusSeconds(3600)))
          .isInstanceOf(IllegalTransitionException.class);
    }
  }

  @Test
  void refusesCommandsDatedBeforeTheLastEvent() {
    Complaint c = received(T);
    assertThatThrownBy(() -> c.acknowledge("agent-1", T.minusSeconds(1)))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("at"));
  }

  @Test
  void escalationNeverLowersTheLevelAndBreachesAreRecordedOncePerRound() {
    Complaint c = received(T).escalate("late-resolve", 2, T.plusSeconds(60));
    assertThat(c.escalationLevel()).isEqualTo(2);
    assertThat(c.hasEscalated("late-resolve")).isTrue();
    assertThatThrownBy(() -> c.escalate("other", 1, T.plusSeconds(120)))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("level"));
    Complaint breached = c.recordBreach(SlaTarget.RESOLVE, T, T.plusSeconds(120));
    assertThat(breached.recordBreach(SlaTarget.RESOLVE, T, T.plusSeconds(180))).isSameAs(breached);
    assertThat(breached.hasBreachRecorded(SlaTarget.RESOLVE)).isTrue();
  }

  @Test
  void policyChangeIsRecordedAndChained() {
    Complaint c = received(T).changePolicy(TestComplaints.STANDARD_V2, "lead", T.plusSeconds(60));
    assertThat(c.policy()).isEqualTo(TestComplaints.STANDARD_V2);
    assertThat(c.changePolicy(TestComplaints.STANDARD_V2, "lead", T.plusSeconds(60))).isSameAs(c);
  }

  @Test
  void attributesFollowTheHostsSchema() {
    Complaint c = received(T).setAttribute(TestComplaints.SCHEMA, "order-number", "9000", T.plusSeconds(60));
    assertThat(c.attributes()).containsEntry("order-number", "9000");
    assertThat(c.pendingEvents()).last().isEqualTo(new ComplaintEvent.AttributeChanged(ID, "order-number", T.plusSeconds(60)));
    assertThat(c.removeAttribute(TestComplaints.SCHEMA, "order-number", T.plusSeconds(60)).attributes()).isEmpty();
    assertThatThrownBy(() -> c.setAttribute(TestComplaints.SCHEMA, "colour", "red", T.plusSeconds(60)))
        .isInstanceOf(InvalidFieldException.class);
  }

  @Test
  void snapshotRestoresAndRejectsACorruptRow() {
    Complaint c = reach(ComplaintStatus.REOPENED, T).assign("agent-1", "x", "lead", T.plusSeconds(900));
    Complaint restored = Complaint.restore(c.snapshot());
    assertThat(restored.snapshot()).isEqualTo(c.snapshot());
    assertThat(restored.pendingEvents()).isEmpty();
    ComplaintSnapshot s = c.snapshot();
    assertThatThrownBy(() -> new ComplaintSnapshot(s.id(), 1, s.intake(), ComplaintStatus.INVESTIGATING,
        null, s.priority(), s.assessment(), s.assignments(), s.escalationLevel(), s.decision(),
        s.remedies(), s.outcome(), s.nextStep(), s.attributes(), s.policy(), s.history()))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("status"));
    assertThatThrownBy(() -> new ComplaintSnapshot(s.id(), 1, s.intake(), s.status(), null,
        s.priority(), s.assessment(), List.of(), s.escalationLevel(), s.decision(), s.remedies(),
        s.outcome(), s.nextStep(), s.attributes(), s.policy(), s.history()))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("assignments"));
  }

  @Test
  void remediesRefuseNonPositiveAmounts() {
    assertThatThrownBy(() -> new Remedy.Refund(TEN_EUR.negated())).isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> new Remedy.GoodwillPoints(0)).isInstanceOf(InvalidFieldException.class);
    assertThat(new Remedy.Compensation(TEN_EUR).cost()).isEqualTo(TEN_EUR);
    assertThat(new Remedy.Apology().cost()).isNull();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ComplaintId.class, ID)
        .setDefault(SlaPolicyRef.class, STANDARD)
        .setDefault(ComplaintIntake.class, intake())
        .setDefault(ComplaintSettings.class, SETTINGS)
        .setDefault(Assessment.class, assessment())
        .setDefault(org.mehrcrm.customer.AttributeSchema.class, TestComplaints.SCHEMA)
        .setDefault(org.mehrcrm.customer.CustomerId.class, ALI)
        .setDefault(ComplaintCategory.class, TestComplaints.BILLING)
        .setDefault(org.mehrcrm.customer.Channel.class, Channel.EMAIL)
        .setDefault(String.class, "agent-1");
    tester.testAllPublicInstanceMethods(reach(ComplaintStatus.INVESTIGATING, T));
    tester.testAllPublicStaticMethods(Complaint.class);
    tester.testAllPublicConstructors(ComplaintIntake.class);
    tester.testAllPublicConstructors(HandOff.class);
  }
}
