package org.mehrcrm.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;

class InvitationTest {
  static final Instant CLOSED = Instant.parse("2026-11-23T10:00:00Z");
  static final CustomerId ALI = CustomerId.of("C-1");
  static final InvitationPolicy ALL = new InvitationPolicy(SurveyId.of("csat"),
      InvitationTrigger.CASE_CLOSED, Duration.ofDays(1), 100, Duration.ofDays(7), 42);

  static SurveyInvitation invitation() {
    return ALL.invite(InvitationId.of("INV-1"), ALI, "CASE-1", "agent-7", "billing", "gold", CLOSED).orElseThrow();
  }

  @Test
  void invitationIsSentAfterTheDelayAndExpiresAfterItsValidity() {
    SurveyInvitation inv = invitation();
    assertThat(inv.sendAt()).isEqualTo(CLOSED.plus(Duration.ofDays(1)));
    assertThat(inv.expiresAt()).isEqualTo(CLOSED.plus(Duration.ofDays(8)));
    assertThat(inv.isOpenAt(CLOSED)).isFalse();
    assertThat(inv.isOpenAt(inv.expiresAt())).isFalse();
    assertThatThrownBy(() -> inv.answer(SurveyTemplates.csat(), "C-1", Map.of("satisfied", "5"), inv.expiresAt()))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("at"));
    assertThatThrownBy(() -> inv.answer(SurveyTemplates.csat(), "C-1", Map.of("satisfied", "5"), CLOSED))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("at"));
  }

  @Test
  void agentCannotAnswerAboutTheirOwnCase() {
    SurveyInvitation inv = invitation();
    assertThatThrownBy(() -> inv.answer(SurveyTemplates.csat(), "agent-7", Map.of("satisfied", "5"), inv.sendAt()))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("respondent"));
    SurveyResponse r = inv.answer(SurveyTemplates.csat(), "C-1", Map.of("satisfied", "5"), inv.sendAt());
    assertThat(r.score()).isEqualTo(5);
  }

  @Test
  void refusesAnswersToAnotherSurvey() {
    SurveyInvitation inv = invitation();
    assertThatThrownBy(() -> inv.answer(SurveyTemplates.nps(), "C-1", Map.of("recommend", "5"), inv.sendAt()))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("survey"));
  }

  @Test
  void samplingIsReproducibleAndNearItsRate() {
    InvitationPolicy third = new InvitationPolicy(SurveyId.of("csat"), InvitationTrigger.CASE_CLOSED,
        Duration.ZERO, 30, Duration.ofDays(7), 42);
    long sampled = IntStream.range(0, 10_000).filter(i -> third.samples("CASE-" + i)).count();
    assertThat(sampled).isBetween(2_800L, 3_200L);
    long again = IntStream.range(0, 10_000).filter(i -> third.samples("CASE-" + i)).count();
    assertThat(again).isEqualTo(sampled);
    InvitationPolicy otherSeed = new InvitationPolicy(SurveyId.of("csat"), InvitationTrigger.CASE_CLOSED,
        Duration.ZERO, 30, Duration.ofDays(7), 43);
    assertThat(IntStream.range(0, 100).filter(i -> third.samples("CASE-" + i) != otherSeed.samples("CASE-" + i)).count())
        .as("another seed draws another sample").isPositive();
    assertThat(third.invite(InvitationId.of("I"), ALI, "CASE-0", null, null, null, CLOSED).isPresent())
        .isEqualTo(third.samples("CASE-0"));
  }

  @Test
  void refusesBadPolicies() {
    assertThatThrownBy(() -> new InvitationPolicy(SurveyId.of("csat"), InvitationTrigger.PURCHASE,
        Duration.ZERO, 0, Duration.ofDays(1), 1)).isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> new InvitationPolicy(SurveyId.of("csat"), InvitationTrigger.PURCHASE,
        Duration.ofDays(-1), 10, Duration.ofDays(1), 1)).isInstanceOf(InvalidFieldException.class);
  }
}
