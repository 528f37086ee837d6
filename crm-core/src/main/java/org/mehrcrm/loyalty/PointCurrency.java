package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * The unit a programme counts redeemable points in, and what one point is worth to the business
 * (for the points liability).
 *
 * <p>Example: {@code PointCurrency.of("STAR", "Stars", Money.of("0.01", "EUR"))}. Points are
 * always whole: a {@code long}, never a floating-point number. Immutable and thread-safe.
 *
 * @param code a short code, 1 to 16 upper-case letters or digits
 * @param name the name shown to members
 * @param valuePerPoint the liability value of one point, not negative
 * @since 0.1
 */
public record PointCurrency(String code, String name, Money valuePerPoint) {

  /**
   * Validates the currency.
   *
   * @throws InvalidFieldException if the code is malformed, the name blank or the value negative
   */
  public PointCurrency {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(valuePerPoint, "valuePerPoint");
    if (!code.matches("[A-Z0-9]{1,16}")) {
      throw new InvalidFieldException("pointCurrency.code", "must be 1 to 16 upper-case letters or digits");
    }
    if (name.isBlank()) {
      throw new InvalidFieldException("pointCurrency.name", "must not be blank");
    }
    if (valuePerPoint.isNegative()) {
      throw new InvalidFieldException("pointCurrency.valuePerPoint", "must not be negative");
    }
  }

  /**
   * Returns a point currency.
   *
   * @param code the code
   * @param name the name
   * @param valuePerPoint the value of one point
   * @return the currency
   * @throws InvalidFieldException if a part is invalid
   */
  public static PointCurrency of(String code, String name, Money valuePerPoint) {
    return new PointCurrency(code, name, valuePerPoint);
  }
}
