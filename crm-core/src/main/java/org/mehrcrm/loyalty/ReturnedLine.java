package org.mehrcrm.loyalty;

import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * Units of one product that came back in a return.
 *
 * <p>Example: {@code ReturnedLine.of("SKU-7", 1)}. Immutable and thread-safe.
 *
 * @param productCode the product, as in the purchase line
 * @param quantity the units returned, at least 1
 * @since 0.1
 */
public record ReturnedLine(String productCode, long quantity) {

  /**
   * Validates the line.
   *
   * @throws InvalidFieldException if the code is invalid or the quantity below 1
   */
  public ReturnedLine {
    Ids.requireValid(productCode, "productCode");
    if (quantity < 1) {
      throw new InvalidFieldException("quantity", "must be at least 1");
    }
  }

  /**
   * Returns a returned line.
   *
   * @param productCode the product
   * @param quantity the units
   * @return the line
   * @throws InvalidFieldException if invalid
   */
  public static ReturnedLine of(String productCode, long quantity) {
    return new ReturnedLine(productCode, quantity);
  }
}
