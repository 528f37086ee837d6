package org.mehrcrm.satisfaction;

/**
 * The satisfaction measures, each read from one kind of scale question.
 *
 * <p>Example: a survey whose score question is {@link QuestionKind#RECOMMEND} scores {@link #NPS}.
 */
public enum ScoreKind {
  /** Net Promoter Score: percent answering 9–10 minus percent answering 0–6, from −100 to 100. */
  NPS,
  /** Customer satisfaction: percent answering 4–5 on the 1–5 scale. */
  CSAT,
  /** Customer effort score: the mean of the 1–7 effort scale (lower is better). */
  CES;

  /**
   * Returns the measure a scale question yields.
   *
   * @param kind a scale kind
   * @return the measure
   * @throws IllegalArgumentException if the kind is not a scale
   */
  public static ScoreKind of(QuestionKind kind) {
    return switch (kind) {
      case RECOMMEND -> NPS;
      case SATISFACTION -> CSAT;
      case EFFORT -> CES;
      default -> throw new IllegalArgumentException(kind + " is not a scale");
    };
  }
}
