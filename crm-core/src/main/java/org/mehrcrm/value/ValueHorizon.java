package org.mehrcrm.value;

import org.mehrcrm.kernel.InvalidFieldException;

/**
 * How far ahead lifetime value looks and how it discounts: a number of periods of a given length
 * (in the model's time unit) and a discount rate per period.
 *
 * <p>Example: a year in monthly steps on weekly data at 1% a month:
 * {@code ValueHorizon.of(12, 52.0 / 12, 0.01)}. Purchases expected in period {@code k} are
 * discounted by {@code (1 + rate)^-k}. Immutable and thread-safe.
 *
 * @param periods the number of periods, {@code >= 1}
 * @param periodLength the length of a period in the model's time unit, positive
 * @param discountRate the discount rate per period, {@code >= 0}
 */
public record ValueHorizon(int periods, double periodLength, double discountRate) {

  /**
   * Validates the horizon.
   *
   * @throws InvalidFieldException if a value is out of range
   */
  public ValueHorizon {
    if (periods < 1) {
      throw new InvalidFieldException("periods", "must be >= 1");
    }
    if (!(periodLength > 0) || Double.isInfinite(periodLength)) {
      throw new InvalidFieldException("periodLength", "must be positive and finite");
    }
    if (!(discountRate >= 0) || Double.isInfinite(discountRate)) {
      throw new InvalidFieldException("discountRate", "must be finite and >= 0");
    }
  }

  /**
   * Returns the horizon.
   *
   * @param periods the number of periods
   * @param periodLength the length of a period in the model's time unit
   * @param discountRate the discount rate per period
   * @return the horizon
   */
  public static ValueHorizon of(int periods, double periodLength, double discountRate) {
    return new ValueHorizon(periods, periodLength, discountRate);
  }
}
