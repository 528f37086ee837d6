package org.mehrcrm.satisfaction;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A survey definition: its questions, the one that gives its score, and the score that asks for a
 * follow-up.
 *
 * <p>Example: {@code SurveyTemplates.nps()}, or
 * <pre>{@code
 * Survey s = Survey.of(SurveyId.of("support-csat"), "How did we do?", List.of(
 *     Question.of("satisfied", QuestionKind.SATISFACTION, "How satisfied are you with the handling?"),
 *     Question.of("comment", QuestionKind.FREE_TEXT, "Anything to add?").optional()), "satisfied");
 * }</pre>
 * Low scores: a recommendation of 6 or less (an NPS detractor), a satisfaction of 2 or less, an
 * effort of 5 or more, unless {@link #withFollowUpThreshold} says otherwise. Immutable and
 * thread-safe.
 *
 * @param id the survey's id
 * @param title the title shown, up to 200 characters
 * @param questions the questions, with distinct codes
 * @param scoreQuestion the code of the scale question that gives the score, or {@code null}
 * @param followUpThreshold the score at or beyond which a follow-up is requested: at most this
 *     for recommend and satisfaction, at least this for effort
 */
public record Survey(SurveyId id, String title, List<Question> questions,
    @Nullable String scoreQuestion, int followUpThreshold) {

  /**
   * Validates the definition.
   *
   * @throws InvalidFieldException if there are no questions, codes repeat, the score question is
   *     not a scale question of this survey, or the threshold is off its scale
   */
  public Survey {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    questions = List.copyOf(requireNonNull(questions, "questions"));
    if (title.isBlank() || title.length() > 200) {
      throw new InvalidFieldException("survey.title", "must be 1 to 200 characters");
    }
    if (questions.isEmpty()) {
      throw new InvalidFieldException("survey.questions", "must not be empty");
    }
    Map<String, Question> byCode = new HashMap<>();
    for (Question q : questions) {
      if (byCode.put(q.code(), q) != null) {
        throw new InvalidFieldException("survey.questions", "must not repeat a code (" + q.code() + ")");
      }
    }
    if (scoreQuestion != null) {
      Question q = byCode.get(scoreQuestion);
      if (q == null || !q.kind().isScale()) {
        throw new InvalidFieldException("survey.scoreQuestion", "must name a scale question of the survey");
      }
      if (followUpThreshold < q.kind().min() || followUpThreshold > q.kind().max()) {
        throw new InvalidFieldException("survey.followUpThreshold", "must be on the score question's scale");
      }
    }
  }

  /**
   * Returns a survey with the default follow-up threshold for its score question.
   *
   * @param id the id
   * @param title the title
   * @param questions the questions
   * @param scoreQuestion the score question's code, or null
   * @return the survey
   */
  public static Survey of(SurveyId id, String title, List<Question> questions, @Nullable String scoreQuestion) {
    int threshold = 0;
    if (scoreQuestion != null) {
      for (Question q : requireNonNull(questions, "questions")) {
        if (q.code().equals(scoreQuestion)) {
          threshold = switch (q.kind()) {
            case RECOMMEND -> 6;
            case SATISFACTION -> 2;
            case EFFORT -> 5;
            default -> 0;
          };
        }
      }
    }
    return new Survey(id, title, questions, scoreQuestion, threshold);
  }

  /**
   * Returns this survey with another follow-up threshold.
   *
   * @param threshold the score at or beyond which to follow up
   * @return the changed survey
   */
  public Survey withFollowUpThreshold(int threshold) {
    return new Survey(id, title, questions, scoreQuestion, threshold);
  }

  /**
   * Returns the measure the survey's score is.
   *
   * @return the measure, or empty if the survey has no score question
   */
  public Optional<ScoreKind> scoreKind() {
    return question(scoreQuestion).map(q -> ScoreKind.of(q.kind()));
  }

  /**
   * Checks a full set of answers: each for a question of this survey and well formed, every
   * required question answered.
   *
   * @param answers the answers as text, by question code
   * @return the answers in canonical form
   * @throws InvalidFieldException naming the first offending answer
   */
  public Map<String, String> validate(Map<String, String> answers) {
    requireNonNull(answers, "answers");
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : answers.entrySet()) {
      Question q = question(e.getKey()).orElseThrow(() ->
          new InvalidFieldException("answers." + e.getKey(), "must answer a question of the survey"));
      out.put(q.code(), q.canonicalise(e.getValue()));
    }
    for (Question q : questions) {
      if (q.required() && !out.containsKey(q.code())) {
        throw new InvalidFieldException("answers." + q.code(), "is required");
      }
    }
    return Map.copyOf(out);
  }

  /**
   * Returns the score in a set of canonical answers.
   *
   * @param answers canonical answers
   * @return the score question's answer, or empty if there is none
   */
  public OptionalInt score(Map<String, String> answers) {
    requireNonNull(answers, "answers");
    if (scoreQuestion == null || !answers.containsKey(scoreQuestion)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(answers.get(scoreQuestion)));
  }

  /**
   * Tells whether a score is low enough to ask for a follow-up.
   *
   * @param score a score on the score question's scale
   * @return true if it is at or beyond the threshold
   */
  public boolean needsFollowUp(int score) {
    return scoreKind().map(k -> k == ScoreKind.CES ? score >= followUpThreshold : score <= followUpThreshold)
        .orElse(false);
  }

  private Optional<Question> question(@Nullable String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Question q : questions) {
      if (q.code().equals(code)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }
}
