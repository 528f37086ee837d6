package org.mehrcrm.purchase;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * One line of a return: which line of the original purchase comes back, how many units and the
 * amount refunded for them.
 *
 * <p>Example: {@code new ReturnLine(1, 2, Money.of("19.98", "EUR"))} returns two units of line 1.
 * Immutable and thread-safe.
 *
 * @param lineNo the number of the original purchase line
 * @param quantity the units returned, positive
 * @param amount the amount refunded for them, not negative
 */
public record ReturnLine(int lineNo, long quantity, Money amount) {

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the number or quantity is not positive or the amount is
   *     negative
   */
  public ReturnLine {
    if (lineNo < 1) {
      throw new InvalidFieldException("returnLine.lineNo", "must be positive");
    }
    if (quantity < 1) {
      throw new InvalidFieldException("returnLine.quantity", "must be positive");
    }
    requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new InvalidFieldException("returnLine.amount", "must not be negative");
    }
  }

  /**
   * Returns a return line.
   *
   * @param lineNo the original line's number
   * @param quantity the units returned
   * @param amount the refund for them
   * @return the line
   */
  public static ReturnLine of(int lineNo, long quantity, Money amount) {
    return new ReturnLine(lineNo, quantity, amount);
  }
}
