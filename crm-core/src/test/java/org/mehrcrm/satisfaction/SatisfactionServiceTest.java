package org.mehrcrm.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.UnitOfWork;
import org.mehrcrm.testing.FakeOutbox;

class SatisfactionServiceTest {
  private static final Instant CLOSED = Instant.parse("2026-11-23T10:00:00Z");
  private static final CustomerId ALI = CustomerId.of("C-1");
  private static final Actor SYSTEM = Actor.system();
  private static final Actor CUSTOMER = Actor.of("C-1", "customer");
  private static final Actor AGENT = Actor.of("agent-7", "customer");
  private static final InvitationPolicy CSAT_ALL = new InvitationPolicy(SurveyId.of("csat"),
      InvitationTrigger.CASE_CLOSED, Duration.ofHours(2), 100, Duration.ofDays(7), 1);

  private final FakeSurveys repository = new FakeSurveys();
  private final FakeOutbox outbox = new FakeOutbox();
  private final List<DomainEvent> delivered = new ArrayList<>();
  private final Clock clock = Clock.fixed(CLOSED.plus(Duration.ofHours(3)), ZoneOffset.UTC);
  private final SatisfactionService surveys = new SatisfactionService(repository,
      new UnitOfWork(outbox::inTransaction, outbox, delivered::add),
      RoleBasedAccessPolicy.builder().grant("system", "survey:*").grant("customer", "survey:answer").build(),
      clock, IdGenerator.timeOrdered(clock, new Random(3)),
      List.of(SurveyTemplates.csat(), SurveyTemplates.nps()));

  private SurveyInvitation invite() {
    return surveys.invite(SYSTEM, CSAT_ALL, ALI, "CASE-1", "agent-7", "billing", null, CLOSED).orElseThrow();
  }

  @Test
  void invitingTwiceAboutTheSameCaseReturnsTheFirstInvitation() {
    SurveyInvitation first = invite();
    assertThat(invite()).isEqualTo(first);
    assertThat(delivered).singleElement().isEqualTo(new SatisfactionEvent.Invited(first.id(),
        SurveyId.of("csat"), ALI, CLOSED.plus(Duration.ofHours(2)), clock.instant()));
  }

  @Test
  void lowScoreRequestsAFollowUp() {
    SurveyInvitation inv = invite();
    surveys.answer(CUSTOMER, inv.id(), Map.of("satisfied", "2", "comment", "slow"));
    assertThat(delivered).contains(new SatisfactionEvent.FollowUpRequested(inv.id(), ALI, "CASE-1",
        "agent-7", 2, clock.instant()));
  }

  @Test
  void goodScoreRequestsNoFollowUp() {
    SurveyInvitation inv = invite();
    SurveyResponse r = surveys.answer(CUSTOMER, inv.id(), Map.of("satisfied", "5"));
    assertThat(r.score()).isEqualTo(5);
    assertThat(delivered).noneMatch(e -> e instanceof SatisfactionEvent.FollowUpRequested);
  }

  @Test
  void refusesASecondAnswerAndTheHandlingAgent() {
    SurveyInvitation inv = invite();
    assertThatThrownBy(() -> surveys.answer(AGENT, inv.id(), Map.of("satisfied", "5")))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("respondent"));
    surveys.answer(CUSTOMER, inv.id(), Map.of("satisfied", "5"));
    assertThatThrownBy(() -> surveys.answer(CUSTOMER, inv.id(), Map.of("satisfied", "1")))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("invitation"));
  }

  @Test
  void customersCannotInvite() {
    assertThatThrownBy(() -> surveys.invite(CUSTOMER, CSAT_ALL, ALI, "CASE-1", null, null, null, CLOSED))
        .isInstanceOf(AccessDeniedException.class);
  }

  /** Write-once storage following the port's specification. */
  static final class FakeSurveys implements SurveyRepository {
    private final Map<InvitationId, SurveyInvitation> invitations = new TreeMap<>();
    private final Map<InvitationId, SurveyResponse> responses = new TreeMap<>();

    @Override
    public Optional<SurveyInvitation> findInvitation(InvitationId id) {
      return Optional.ofNullable(invitations.get(id));
    }

    @Override
    public Optional<SurveyInvitation> findInvitation(SurveyId surveyId, String subject) {
      return invitations.values().stream()
          .filter(i -> i.surveyId().equals(surveyId) && i.subject().equals(subject)).findFirst();
    }

    @Override
    public Optional<SurveyResponse> findResponse(InvitationId id) {
      return Optional.ofNullable(responses.get(id));
    }

    @Override
    public Stream<SurveyInvitation> streamInvitations(SurveyId surveyId, Instant from, Instant to) {
      return invitations.values().stream().filter(i -> i.surveyId().equals(surveyId)
          && !i.sendAt().isBefore(from) && i.sendAt().isBefore(to));
    }

    @Override
    public Stream<SurveyResponse> streamResponses(SurveyId surveyId, Instant from, Instant to) {
      return streamInvitations(surveyId, from, to).map(i -> responses.get(i.id())).filter(r -> r != null);
    }

    @Override
    public void saveInvitation(SurveyInvitation invitation) {
      if (invitations.containsKey(invitation.id())
          || findInvitation(invitation.surveyId(), invitation.subject()).isPresent()) {
        throw new ConcurrentUpdateException("invitation", invitation.id().value(), 0, 1);
      }
      invitations.put(invitation.id(), invitation);
    }

    @Override
    public void saveResponse(SurveyResponse response) {
      if (responses.containsKey(response.invitationId())) {
        throw new ConcurrentUpdateException("response", response.invitationId().value(), 0, 1);
      }
      responses.put(response.invitationId(), response);
    }
  }
}
