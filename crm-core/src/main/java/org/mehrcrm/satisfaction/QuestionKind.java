package org.mehrcrm.satisfaction;

/**
 * The kinds of survey question and the answers they accept.
 *
 * <p>Example: {@link #RECOMMEND} is the NPS question "How likely are you to recommend us?",
 * answered 0 to 10.
 */
public enum QuestionKind {
  /** Likelihood to recommend, 0 to 10 (NPS). */
  RECOMMEND(0, 10),
  /** Satisfaction, 1 to 5 (CSAT). */
  SATISFACTION(1, 5),
  /** Effort it took, 1 (very easy) to 7 (very hard) (CES). */
  EFFORT(1, 7),
  /** {@code yes} or {@code no}. */
  YES_NO(0, 0),
  /** One of the question's choices. */
  CHOICE(0, 0),
  /** Free text up to 2,000 characters. */
  FREE_TEXT(0, 0);

  private final int min;
  private final int max;

  QuestionKind(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /**
   * Tells whether answers are numbers on a scale.
   *
   * @return true for recommend, satisfaction and effort
   */
  public boolean isScale() {
    return max > 0;
  }

  /**
   * Returns the lowest answer of a scale.
   *
   * @return the minimum, 0 for kinds that are not scales
   */
  public int min() {
    return min;
  }

  /**
   * Returns the highest answer of a scale.
   *
   * @return the maximum, 0 for kinds that are not scales
   */
  public int max() {
    return max;
  }
}
