package org.mehrcrm.satisfaction;

import org.mehrcrm.kernel.Ids;

/**
 * The identifier of a survey definition.
 *
 * <p>Example: {@code SurveyId.of("nps")}. Immutable and thread-safe.
 *
 * @param value the identifier's string form
 */
public record SurveyId(String value) {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public SurveyId {
    Ids.requireValid(value, "surveyId");
  }

  /**
   * Returns the identifier.
   *
   * @param value the string form
   * @return the identifier
   */
  public static SurveyId of(String value) {
    return new SurveyId(value);
  }

  /** Returns the string form. */
  @Override
  public String toString() {
    return value;
  }
}
