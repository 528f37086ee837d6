package org.mehrcrm.purchase;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * One line of a purchase: a product, how many units and what they cost in total.
 *
 * <p>Example: {@code new PurchaseLine(1, "SKU-7", 3, Money.of("29.97", "EUR"))}. Quantities are
 * whole units; a host selling by weight reports the smallest unit it sells (grams, millilitres).
 * Immutable and thread-safe.
 *
 * @param lineNo the line's number within its purchase, positive and unique there; returns name it
 * @param productCode the host's product code
 * @param quantity the units bought, positive
 * @param amount the line's total, not negative
 */
public record PurchaseLine(int lineNo, String productCode, long quantity, Money amount) {

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the number or quantity is not positive, the product code is
   *     not a valid identifier or the amount is negative
   */
  public PurchaseLine {
    if (lineNo < 1) {
      throw new InvalidFieldException("line.lineNo", "must be positive");
    }
    Ids.requireValid(productCode, "line.productCode");
    if (quantity < 1) {
      throw new InvalidFieldException("line.quantity", "must be positive");
    }
    requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new InvalidFieldException("line.amount", "must not be negative");
    }
  }

  /**
   * Returns a line.
   *
   * @param lineNo the line's number
   * @param productCode the product code
   * @param quantity the units
   * @param amount the total
   * @return the line
   */
  public static PurchaseLine of(int lineNo, String productCode, long quantity, Money amount) {
    return new PurchaseLine(lineNo, productCode, quantity, amount);
  }
}
