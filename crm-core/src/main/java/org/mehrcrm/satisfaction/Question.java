package org.mehrcrm.satisfaction;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * One question of a survey: a code, a kind, the text shown and, for a choice, the choices.
 *
 * <p>Example: {@code Question.of("recommend", QuestionKind.RECOMMEND, "How likely are you to
 * recommend us to a friend?")}. Immutable and thread-safe.
 *
 * @param code the question's code, unique in its survey
 * @param kind what answers it takes
 * @param text the question as shown, up to 500 characters
 * @param choices the choices for {@link QuestionKind#CHOICE}, else empty
 * @param required whether a response must answer it
 */
public record Question(String code, QuestionKind kind, String text, List<String> choices,
    boolean required) {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

  /**
   * Validates the question.
   *
   * @throws InvalidFieldException if the code is malformed, the text blank, or the choices
   *     missing for a choice or given for another kind
   */
  public Question {
    requireNonNull(code, "code");
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
    choices = List.copyOf(requireNonNull(choices, "choices"));
    if (!CODE.matcher(code).matches()) {
      throw new InvalidFieldException("question.code", "must be a lower-case code");
    }
    if (text.isBlank() || text.length() > 500) {
      throw new InvalidFieldException("question.text", "must be 1 to 500 characters");
    }
    if ((kind == QuestionKind.CHOICE) == choices.isEmpty()) {
      throw new InvalidFieldException("question.choices", "must be given exactly for a choice");
    }
    if (Set.copyOf(choices).size() != choices.size()) {
      throw new InvalidFieldException("question.choices", "must not repeat a choice");
    }
  }

  /**
   * Returns a required question of a kind other than choice.
   *
   * @param code the code
   * @param kind the kind
   * @param text the text
   * @return the question
   */
  public static Question of(String code, QuestionKind kind, String text) {
    return new Question(code, kind, text, List.of(), true);
  }

  /**
   * Returns a required choice question.
   *
   * @param code the code
   * @param text the text
   * @param choices the choices
   * @return the question
   */
  public static Question choice(String code, String text, List<String> choices) {
    return new Question(code, QuestionKind.CHOICE, text, choices, true);
  }

  /**
   * Returns this question as optional.
   *
   * @return the changed question
   */
  public Question optional() {
    return new Question(code, kind, text, choices, false);
  }

  /**
   * Checks an answer and returns its canonical form.
   *
   * @param answer the answer as text
   * @return the canonical answer: a plain integer, {@code yes}/{@code no}, a choice, or trimmed text
   * @throws InvalidFieldException naming {@code answers.<code>} if the answer does not fit
   */
  public String canonicalise(String answer) {
    requireNonNull(answer, "answer");
    String field = "answers." + code;
    String a = answer.strip();
    switch (kind) {
      case RECOMMEND, SATISFACTION, EFFORT -> {
        int v;
        try {
          v = Integer.parseInt(a);
        } catch (NumberFormatException e) {
          throw new InvalidFieldException(field, "must be a whole number");
        }
        if (v < kind.min() || v > kind.max()) {
          throw new InvalidFieldException(field, "must be between " + kind.min() + " and " + kind.max());
        }
        return Integer.toString(v);
      }
      case YES_NO -> {
        String lower = a.toLowerCase(Locale.ROOT);
        if (!lower.equals("yes") && !lower.equals("no")) {
          throw new InvalidFieldException(field, "must be yes or no");
        }
        return lower;
      }
      case CHOICE -> {
        if (!choices.contains(a)) {
          throw new InvalidFieldException(field, "must be one of " + choices);
        }
        return a;
      }
      case FREE_TEXT -> {
        if (a.isEmpty() || a.length() > 2000) {
          throw new InvalidFieldException(field, "must be 1 to 2000 characters");
        }
        return a;
      }
      default -> throw new IllegalStateException(kind.name());
    }
  }
}
