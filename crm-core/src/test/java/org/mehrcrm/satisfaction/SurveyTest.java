package org.mehrcrm.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mehrcrm.kernel.InvalidFieldException;

class SurveyTest {

  @Test
  void templatesScoreTheirMeasure() {
    assertThat(SurveyTemplates.nps().scoreKind()).contains(ScoreKind.NPS);
    assertThat(SurveyTemplates.csat().scoreKind()).contains(ScoreKind.CSAT);
    assertThat(SurveyTemplates.ces().scoreKind()).contains(ScoreKind.CES);
    assertThat(SurveyTemplates.afterPurchase().scoreKind()).contains(ScoreKind.CSAT);
    assertThat(SurveyTemplates.afterPurchase().questions()).extracting(Question::code).containsExactly(
        "where-bought", "seller-helpful", "questions-answered", "timing-right", "met-expectations", "comment");
  }

  @Test
  void answersAreCheckedAgainstTheirQuestionKinds() {
    Survey s = SurveyTemplates.afterPurchase();
    Map<String, String> ok = s.validate(Map.of("where-bought", "online", "seller-helpful", " 4 ",
        "questions-answered", "YES", "timing-right", "no", "met-expectations", "5"));
    assertThat(ok).containsEntry("seller-helpful", "4").containsEntry("questions-answered", "yes");
    assertThat(s.score(ok)).hasValue(5);
    assertInvalid(() -> s.validate(Map.of("where-bought", "moon")), "answers.where-bought");
    assertInvalid(() -> SurveyTemplates.nps().validate(Map.of("recommend", "11")), "answers.recommend");
    assertInvalid(() -> SurveyTemplates.ces().validate(Map.of("effort", "0")), "answers.effort");
    assertInvalid(() -> SurveyTemplates.nps().validate(Map.of("recommend", "x")), "answers.recommend");
    assertInvalid(() -> SurveyTemplates.nps().validate(Map.of()), "answers.recommend");
    assertInvalid(() -> SurveyTemplates.nps().validate(Map.of("recommend", "9", "colour", "red")), "answers.colour");
  }

  @Test
  void lowScoresAskForAFollowUpByMeasure() {
    assertThat(SurveyTemplates.nps().needsFollowUp(6)).isTrue();
    assertThat(SurveyTemplates.nps().needsFollowUp(7)).isFalse();
    assertThat(SurveyTemplates.csat().needsFollowUp(2)).isTrue();
    assertThat(SurveyTemplates.csat().needsFollowUp(3)).isFalse();
    assertThat(SurveyTemplates.ces().needsFollowUp(5)).as("high effort is bad").isTrue();
    assertThat(SurveyTemplates.ces().needsFollowUp(4)).isFalse();
    assertThat(SurveyTemplates.csat().withFollowUpThreshold(3).needsFollowUp(3)).isTrue();
  }

  @Test
  void refusesMalformedDefinitions() {
    Question q = Question.of("q", QuestionKind.YES_NO, "Ok?");
    assertInvalid(() -> Survey.of(SurveyId.of("s"), "t", List.of(q, q), null), "survey.questions");
    assertInvalid(() -> Survey.of(SurveyId.of("s"), "t", List.of(q), "q"), "survey.scoreQuestion");
    assertInvalid(() -> Survey.of(SurveyId.of("s"), "t", List.of(), null), "survey.questions");
    assertInvalid(() -> SurveyTemplates.nps().withFollowUpThreshold(11), "survey.followUpThreshold");
    assertInvalid(() -> new Question("q", QuestionKind.CHOICE, "Which?", List.of(), true), "question.choices");
    assertInvalid(() -> Question.of("Bad Code", QuestionKind.YES_NO, "x"), "question.code");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicInstanceMethods(SurveyTemplates.nps());
    new NullPointerTester().testAllPublicStaticMethods(Question.class);
  }

  private static void assertInvalid(Runnable r, String field) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidFieldException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }
}
