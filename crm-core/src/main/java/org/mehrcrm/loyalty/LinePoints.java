package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The points one purchase line earned, or one returned line took back: the key to line-level
 * reversal.
 *
 * <p>Example: {@code new LinePoints("SKU-7", 2, 40)} — two units of SKU-7 earned 40 points. A
 * purchase without lines is recorded as one line without a product code. Immutable and
 * thread-safe.
 *
 * @param productCode the product, or {@code null} for a purchase without lines
 * @param quantity the units, at least 1
 * @param points the points, at least 0
 * @since 0.1
 */
public record LinePoints(@Nullable String productCode, long quantity, long points) {

  /**
   * Validates the line.
   *
   * @throws InvalidFieldException if the quantity is below 1 or the points are negative
   */
  public LinePoints {
    if (quantity < 1) {
      throw new InvalidFieldException("line.quantity", "must be at least 1");
    }
    if (points < 0) {
      throw new InvalidFieldException("line.points", "must not be negative");
    }
  }

  /**
   * Tells whether this line is for a product.
   *
   * @param code the product code, or {@code null} for the line of a purchase without lines
   * @return true if the codes are equal
   */
  public boolean isFor(@Nullable String code) {
    return productCode == null ? code == null : productCode.equals(code);
  }

  static LinePoints of(@Nullable String productCode, long quantity, long points) {
    return new LinePoints(productCode, quantity, points);
  }

  static String describe(@Nullable String productCode) {
    return productCode == null ? "(whole purchase)" : requireNonNull(productCode);
  }
}
