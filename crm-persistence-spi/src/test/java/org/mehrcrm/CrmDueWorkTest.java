package org.mehrcrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.complaint.Assessment;
import org.mehrcrm.complaint.ClosureOutcome;
import org.mehrcrm.complaint.Complaint;
import org.mehrcrm.complaint.ComplaintCategory;
import org.mehrcrm.complaint.ComplaintIntake;
import org.mehrcrm.complaint.ComplaintStatus;
import org.mehrcrm.complaint.Level;
import org.mehrcrm.complaint.Remedy;
import org.mehrcrm.complaint.SlaPolicyRef;
import org.mehrcrm.complaint.SlaStatus;
import org.mehrcrm.complaint.SlaTarget;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRegistration;
import org.mehrcrm.customer.PersonName;
import org.mehrcrm.followup.CaseFollowUps;
import org.mehrcrm.followup.FollowUp;
import org.mehrcrm.followup.FollowUpEvent;
import org.mehrcrm.followup.Origin;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.satisfaction.InvitationPolicy;
import org.mehrcrm.satisfaction.InvitationTrigger;
import org.mehrcrm.satisfaction.SatisfactionEvent;
import org.mehrcrm.satisfaction.SurveyInvitation;
import org.mehrcrm.satisfaction.SurveyTemplates;
import org.mehrcrm.spi.memory.InMemoryStorageProvider;

/**
 * The scheduled work of a whole {@link Crm}: overdue complaint cases and low survey scores become
 * follow-up tasks, through the real wiring on in-memory storage and the default complaint setup.
 */
class CrmDueWorkTest {
  private static final Instant START = Instant.parse("2026-03-02T08:30:00Z");
  private static final Actor AGENT = Actor.of("agent-9", "support");
  private static final ComplaintCategory GENERAL = ComplaintCategory.of("general");

  private final MovableClock clock = new MovableClock(START);
  private final List<DomainEvent> heard = new ArrayList<>();
  private final Crm crm = Crm.builder().clock(clock).storage(new InMemoryStorageProvider())
      .eventListener(heard::add).build();
  private final CustomerId customer = crm.customers()
      .register(AGENT, CustomerRegistration.person(PersonName.of("Ali", "Rezaei")).build()).id();

  @Test
  void defaultSetupFilesGeneralCasesOnTheStandardPolicyAroundTheClock() {
    Complaint filed = crm.complaints().file(AGENT, ComplaintIntake.of(customer, Channel.EMAIL, GENERAL,
        "The parcel arrived open"));

    SlaStatus status = crm.complaints().slaStatus(AGENT, filed.id());
    assertThat(filed.status()).isEqualTo(ComplaintStatus.RECEIVED);
    assertThat(status.policy()).isEqualTo(SlaPolicyRef.of("standard", 1));
    assertThat(status.target(SlaTarget.ACKNOWLEDGE).orElseThrow().due()).isEqualTo(START.plus(Duration.ofDays(1)));
    assertThat(status.target(SlaTarget.RESOLVE).orElseThrow().due()).isEqualTo(START.plus(Duration.ofDays(10)));
  }

  @Test
  void runDueTurnsABreachedCaseIntoOneTaskForItsAssigneeAndNothingTwice() {
    Complaint filed = crm.complaints().file(AGENT, ComplaintIntake.of(customer, Channel.PHONE, GENERAL,
        "Nobody called back about the refund"));
    crm.complaints().assign(AGENT, filed.id(), "agent-9", "billing desk");

    clock.advance(Duration.ofDays(1).plusHours(1));
    Crm.DueRun first = crm.runDue(clock.instant());
    Crm.DueRun second = crm.runDue(clock.instant());

    assertThat(first.escalations().overdue()).singleElement()
        .satisfies(o -> assertThat(o.target()).isEqualTo(SlaTarget.ACKNOWLEDGE))
        .satisfies(o -> assertThat(o.breachedAt()).isEqualTo(START.plus(Duration.ofDays(1))));
    assertThat(first.caseTasks()).hasSize(1);
    FollowUp task = crm.followUps().find(AGENT, first.caseTasks().get(0)).orElseThrow();
    assertThat(task.owner()).contains("agent-9");
    assertThat(task.purpose()).isEqualTo(CaseFollowUps.COMPLAINT);
    assertThat(task.origin()).isEqualTo(Origin.rule(CaseFollowUps.OVERDUE_RULE));
    assertThat(task.customerId()).isEqualTo(customer);
    assertThat(second.escalations().overdue()).isEmpty();
    assertThat(second.caseTasks()).isEmpty();
    assertThat(crm.followUps().openOf(AGENT, customer)).hasSize(1);
  }

  @Test
  void lowSurveyScoreOpensACallBackTaskThroughTheEventPath() {
    Complaint filed = crm.complaints().file(AGENT, ComplaintIntake.of(customer, Channel.EMAIL, GENERAL,
        "Wrong size delivered"));
    crm.complaints().acknowledge(AGENT, filed.id());
    crm.complaints().assess(AGENT, filed.id(), new Assessment(Level.LOW, Level.LOW, Level.LOW));
    crm.complaints().investigate(AGENT, filed.id());
    crm.complaints().respond(AGENT, filed.id(), "replace", List.of(new Remedy.Replacement("size 42")));
    clock.advance(Duration.ofHours(2));
    Complaint closed = crm.complaints().close(AGENT, filed.id(), ClosureOutcome.ACCEPTED, null);
    InvitationPolicy csat = new InvitationPolicy(SurveyTemplates.csat().id(), InvitationTrigger.CASE_CLOSED,
        Duration.ZERO, 100, Duration.ofDays(7), 1L);
    SurveyInvitation invitation = crm.satisfaction().invite(AGENT, csat, customer, closed.id().value(),
        AGENT.id(), "general", null, closed.closedAt().orElseThrow()).orElseThrow();
    clock.advance(Duration.ofHours(3));

    crm.satisfaction().answer(Actor.of("customer-1", "customer"), invitation.id(), Map.of("satisfied", "1"));

    assertThat(crm.followUps().openOf(AGENT, customer)).singleElement().satisfies(task -> {
      assertThat(task.purpose()).isEqualTo(CaseFollowUps.FEEDBACK);
      assertThat(task.origin()).isEqualTo(Origin.rule(CaseFollowUps.LOW_SCORE_RULE));
      assertThat(task.due()).isEqualTo(clock.instant());
      assertThat(task.title()).contains("scored 1");
    });
    assertThat(heard).as("the host hears each event once, also when the library reacts to it first")
        .filteredOn(SatisfactionEvent.FollowUpRequested.class::isInstance).hasSize(1);
    assertThat(heard).filteredOn(FollowUpEvent.Opened.class::isInstance).hasSize(1);
  }

  /** A fixed clock the test moves forward. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("fixed to UTC");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
