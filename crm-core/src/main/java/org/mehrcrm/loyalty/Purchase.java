package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.CurrencyMismatchException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * What loyalty needs to know about a purchase to award points for it: who bought, the order, when,
 * the total and, optionally, the lines.
 *
 * <p>This is loyalty's own small input on purpose, so that earning works whatever purchase model
 * the host or the relationship-history feature uses; an adapter maps theirs onto it:
 * <pre>{@code
 * Purchase p = Purchase.of(CustomerId.of("C-1"), SourceRef.of("order:1001"), at, Money.of("42.00", "EUR"),
 *     List.of(PurchaseLine.of("SKU-7", "coffee", 2, Money.of("9.00", "EUR"))));
 * }</pre>
 * Without lines, rules see the whole purchase as one line without product or category, and
 * returns are reversed in proportion to the refund. Immutable and thread-safe.
 *
 * @param customer the buyer
 * @param order the host's order reference, also the source of the earning posting
 * @param at when the purchase was made (selects the earning rules in force then)
 * @param total the amount paid, not negative
 * @param lines the lines, possibly empty, in the total's currency
 * @since 0.1
 */
public record Purchase(CustomerId customer, SourceRef order, Instant at, Money total, List<PurchaseLine> lines) {

  /**
   * Validates the purchase.
   *
   * @throws InvalidFieldException if the total is negative
   * @throws CurrencyMismatchException if a line is in another currency than the total
   */
  public Purchase {
    requireNonNull(customer, "customer");
    requireNonNull(order, "order");
    requireNonNull(at, "at");
    requireNonNull(total, "total");
    lines = List.copyOf(lines);
    if (total.isNegative()) {
      throw new InvalidFieldException("purchase.total", "must not be negative");
    }
    for (PurchaseLine line : lines) {
      if (!line.amount().currency().equals(total.currency())) {
        throw new CurrencyMismatchException(total.currency(), line.amount().currency());
      }
    }
  }

  /**
   * Returns a purchase.
   *
   * @param customer the buyer
   * @param order the order reference
   * @param at when
   * @param total the amount paid
   * @param lines the lines, possibly empty
   * @return the purchase
   * @throws InvalidFieldException if the total is negative
   * @throws CurrencyMismatchException if a line is in another currency than the total
   */
  public static Purchase of(CustomerId customer, SourceRef order, Instant at, Money total, List<PurchaseLine> lines) {
    return new Purchase(customer, order, at, total, lines);
  }

  /**
   * Returns the loyalty view of a purchase the host reported through the purchase feature: the
   * order reference becomes the source, and each line keeps its product code and gets the
   * category the host's catalogue gives it.
   *
   * <p>Example: {@code loyalty.earn(actor, club, IdempotencyKey.of(p.reference().value()),
   * Purchase.from(p, catalogue::categoryOf))}.
   *
   * @param purchase the reported purchase
   * @param categoryOf the category of a product code, or null when it has none
   * @return the purchase as earning sees it
   */
  public static Purchase from(org.mehrcrm.purchase.Purchase purchase, Function<String, @Nullable String> categoryOf) {
    requireNonNull(purchase, "purchase");
    requireNonNull(categoryOf, "categoryOf");
    List<PurchaseLine> lines = new ArrayList<>();
    for (org.mehrcrm.purchase.PurchaseLine line : purchase.lines()) {
      lines.add(PurchaseLine.of(line.productCode(), categoryOf.apply(line.productCode()), line.quantity(),
          line.amount()));
    }
    return new Purchase(purchase.customerId(), SourceRef.of(purchase.reference().value()), purchase.at(),
        purchase.amount(), lines);
  }

  /**
   * Returns the lines the earning rules see: the lines, or one line for the whole purchase.
   *
   * @return at least one line
   */
  public List<PurchaseLine> earningLines() {
    return lines.isEmpty() ? List.of(PurchaseLine.of("whole-purchase", null, 1, total)) : lines;
  }
}
