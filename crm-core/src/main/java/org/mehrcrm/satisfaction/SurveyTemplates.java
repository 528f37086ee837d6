package org.mehrcrm.satisfaction;

import java.util.List;

/**
 * Ready-made surveys: NPS, CSAT, CES, and the after-purchase questionnaire (where bought, was the
 * seller helpful, could they answer, was the timing right, did it meet expectations).
 *
 * <p>Example: {@code Survey nps = SurveyTemplates.nps();}. Each template is a plain
 * {@link Survey}; copy and change it freely.
 */
public final class SurveyTemplates {
  private SurveyTemplates() {}

  /**
   * Returns the Net Promoter Score survey: one 0–10 question and an optional reason.
   *
   * @return the survey {@code nps}
   */
  public static Survey nps() {
    return Survey.of(SurveyId.of("nps"), "Would you recommend us?", List.of(
        Question.of("recommend", QuestionKind.RECOMMEND, "How likely are you to recommend us to a friend or colleague?"),
        Question.of("reason", QuestionKind.FREE_TEXT, "What is the main reason for your score?").optional()),
        "recommend");
  }

  /**
   * Returns the customer satisfaction survey: one 1–5 question and an optional comment.
   *
   * @return the survey {@code csat}
   */
  public static Survey csat() {
    return Survey.of(SurveyId.of("csat"), "How satisfied are you?", List.of(
        Question.of("satisfied", QuestionKind.SATISFACTION, "How satisfied are you with how we handled your request?"),
        Question.of("comment", QuestionKind.FREE_TEXT, "Anything we could do better?").optional()),
        "satisfied");
  }

  /**
   * Returns the customer effort survey: one 1–7 question and an optional comment.
   *
   * @return the survey {@code ces}
   */
  public static Survey ces() {
    return Survey.of(SurveyId.of("ces"), "How easy was it?", List.of(
        Question.of("effort", QuestionKind.EFFORT, "How much effort did it take to get your issue resolved? (1 = very little, 7 = a great deal)"),
        Question.of("comment", QuestionKind.FREE_TEXT, "What made it easy or hard?").optional()),
        "effort");
  }

  /**
   * Returns the after-purchase questionnaire, scored by overall satisfaction.
   *
   * @return the survey {@code after-purchase}
   */
  public static Survey afterPurchase() {
    return Survey.of(SurveyId.of("after-purchase"), "About your purchase", List.of(
        Question.choice("where-bought", "Where did you buy?", List.of("store", "online", "phone", "partner")),
        Question.of("seller-helpful", QuestionKind.SATISFACTION, "Was the seller helpful?"),
        Question.of("questions-answered", QuestionKind.YES_NO, "Could the seller answer your questions?"),
        Question.of("timing-right", QuestionKind.YES_NO, "Was the timing (delivery, waiting) right?"),
        Question.of("met-expectations", QuestionKind.SATISFACTION, "Did the product meet your expectations?"),
        Question.of("comment", QuestionKind.FREE_TEXT, "Anything else?").optional()),
        "met-expectations");
  }
}
