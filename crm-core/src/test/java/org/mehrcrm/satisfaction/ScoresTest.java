package org.mehrcrm.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;

class ScoresTest {
  private final List<SurveyInvitation> invited = new ArrayList<>();
  private final List<SurveyResponse> responses = new ArrayList<>();

  private void answer(Survey survey, String question, String agent, Integer... scores) {
    InvitationPolicy all = new InvitationPolicy(survey.id(), InvitationTrigger.CASE_CLOSED,
        Duration.ZERO, 100, Duration.ofDays(7), 1);
    for (Integer score : scores) {
      int n = invited.size();
      SurveyInvitation inv = all.invite(InvitationId.of("I-" + n), CustomerId.of("C-" + n), "S-" + n,
          agent, null, null, InvitationTest.CLOSED).orElseThrow();
      invited.add(inv);
      if (score != null) {
        responses.add(inv.answer(survey, "C-" + n, Map.of(question, score.toString()), inv.sendAt()));
      }
    }
  }

  @Test
  void npsIsPromotersMinusDetractorsWithItsInterval() {
    // 8 answers: promoters 10,10,10,9 (50%), passives 8,7, detractors 6,3 (25%) -> NPS 25; 12 of
    // 20 invitations unanswered -> rate 0.4. Per-answer values +1/0/-1: variance
    // p + d - (p - d)^2 = 0.6875; se = sqrt(0.6875 / 8) = 0.29315; 25 -/+ 100 * 1.96 * se.
    answer(SurveyTemplates.nps(), "recommend", "a", 10, 10, 10, 9, 8, 7, 6, 3);
    answer(SurveyTemplates.nps(), "recommend", "a", new Integer[12]);
    Score s = Scores.of(SurveyTemplates.nps(), invited, responses);
    assertThat(s.value()).isCloseTo(25, within(1e-9));
    assertThat(s.responses()).isEqualTo(8);
    assertThat(s.invited()).isEqualTo(20);
    assertThat(s.responseRate()).isCloseTo(0.4, within(1e-9));
    assertThat(s.lower()).isCloseTo(-32.4565, within(1e-3));
    assertThat(s.upper()).isCloseTo(82.4565, within(1e-3));
  }

  @Test
  void csatWilsonBoundsStayOnTheScaleWhenNobodyOrEverybodyIsSatisfied() {
    for (int n = 1; n <= 200; n++) {
      int[] nobody = new int[11];
      nobody[1] = n;
      int[] everybody = new int[11];
      everybody[5] = n;
      assertThat(Scores.compute(ScoreKind.CSAT, nobody, n).lower()).as("n=%d", n).isBetween(0.0, 1e-9);
      assertThat(Scores.compute(ScoreKind.CSAT, everybody, n).upper()).as("n=%d", n).isBetween(100 - 1e-9, 100.0);
    }
  }

  @Test
  void csatIsTheShareOfFoursAndFivesWithAWilsonInterval() {
    // 5,4,4,2,1 -> 3 of 5 = 60%; Wilson 95%: 23.07% to 88.24%.
    answer(SurveyTemplates.csat(), "satisfied", "a", 5, 4, 4, 2, 1);
    Score s = Scores.of(SurveyTemplates.csat(), invited, responses);
    assertThat(s.value()).isCloseTo(60, within(1e-9));
    assertThat(s.lower()).isCloseTo(23.0724, within(1e-3));
    assertThat(s.upper()).isCloseTo(88.2379, within(1e-3));
  }

  @Test
  void csatIntervalStaysOnTheScaleWhenEveryAnswerAgrees() {
    // Wilson at p = 0 and p = 1 is 0 and 100 in exact arithmetic; in doubles centre - half can
    // come out a few ulps below 0 (e.g. -2.8e-15), which must not leave the 0..100 scale.
    for (int n = 1; n <= 200; n++) {
      int[] none = new int[11];
      none[1] = n;
      int[] all = new int[11];
      all[5] = n;
      Score unsatisfied = Scores.compute(ScoreKind.CSAT, none, n);
      Score satisfied = Scores.compute(ScoreKind.CSAT, all, n);
      assertThat(unsatisfied.lower()).as("lower with %d unsatisfied answers", n).isBetween(0.0, 0.0);
      assertThat(satisfied.upper()).as("upper with %d satisfied answers", n).isBetween(100.0, 100.0);
    }
  }

  @Test
  void cesIsTheMeanEffortWithANormalInterval() {
    // 1,2,3: mean 2, sd 1, 2 -/+ 1.96 / sqrt(3) = 0.868..3.132, clamped to the 1..7 scale.
    answer(SurveyTemplates.ces(), "effort", "a", 1, 2, 3);
    Score s = Scores.of(SurveyTemplates.ces(), invited, responses);
    assertThat(s.value()).isCloseTo(2, within(1e-9));
    assertThat(s.lower()).isEqualTo(1);
    assertThat(s.upper()).isCloseTo(3.1316, within(1e-3));
  }

  @Test
  void scoresAnyGrouping() {
    answer(SurveyTemplates.csat(), "satisfied", "agent-1", 5, 5);
    answer(SurveyTemplates.csat(), "satisfied", "agent-2", 1, null);
    Map<String, Score> byAgent = Scores.byGroup(SurveyTemplates.csat(), invited, responses,
        inv -> inv.agentId());
    assertThat(byAgent.get("agent-1").value()).isEqualTo(100);
    assertThat(byAgent.get("agent-2").value()).isEqualTo(0);
    assertThat(byAgent.get("agent-2").responseRate()).isEqualTo(0.5);
  }

  @Test
  void noResponsesGiveNoValue() {
    answer(SurveyTemplates.nps(), "recommend", "a", (Integer) null);
    Score s = Scores.of(SurveyTemplates.nps(), invited, responses);
    assertThat(s.value()).isNaN();
    assertThat(s.responses()).isZero();
    assertThat(s.invited()).isEqualTo(1);
  }
}
