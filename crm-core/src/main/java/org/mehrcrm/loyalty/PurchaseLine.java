package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * One line of a {@link Purchase}: a product, its category, the units and what they cost.
 *
 * <p>Example: {@code PurchaseLine.of("SKU-7", "coffee", 2, Money.of("9.00", "EUR"))}. Immutable
 * and thread-safe.
 *
 * @param productCode the host's product code (an identifier, see {@link Ids})
 * @param category the product's category, or {@code null}
 * @param quantity the units, at least 1
 * @param amount what the line cost in total, not negative
 * @since 0.1
 */
public record PurchaseLine(String productCode, @Nullable String category, long quantity, Money amount) {

  /**
   * Validates the line.
   *
   * @throws InvalidFieldException if the code is invalid, the category blank, the quantity below 1
   *     or the amount negative
   */
  public PurchaseLine {
    Ids.requireValid(productCode, "line.productCode");
    requireNonNull(amount, "amount");
    if (category != null && category.isBlank()) {
      throw new InvalidFieldException("line.category", "must not be blank");
    }
    if (quantity < 1) {
      throw new InvalidFieldException("line.quantity", "must be at least 1");
    }
    if (amount.isNegative()) {
      throw new InvalidFieldException("line.amount", "must not be negative");
    }
  }

  /**
   * Returns a purchase line.
   *
   * @param productCode the product
   * @param category the category, or {@code null}
   * @param quantity the units
   * @param amount the line total
   * @return the line
   * @throws InvalidFieldException if a part is invalid
   */
  public static PurchaseLine of(String productCode, @Nullable String category, long quantity, Money amount) {
    return new PurchaseLine(productCode, category, quantity, amount);
  }
}
