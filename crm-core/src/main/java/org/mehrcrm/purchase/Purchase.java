package org.mehrcrm.purchase;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.CurrencyMismatchException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * A purchase (or donation) the host reports: who paid, when, how much, the gross margin where
 * known and, optionally, the lines. A fact: it never changes once recorded; a return is a separate
 * {@link Return} that references it.
 *
 * <p>Example:
 * <pre>{@code
 * Purchase p = Purchase.of(OrderReference.of("SO-417"), customerId, at, Money.of("59.90", "EUR"))
 *     .withGrossMargin(Money.of("21.00", "EUR"))
 *     .withLines(List.of(PurchaseLine.of(1, "SKU-7", 2, Money.of("59.90", "EUR"))));
 * }</pre>
 * The amount is what the customer paid in total; lines need not add up to it (shipping, order
 * discounts). Immutable and thread-safe.
 *
 * @param reference the host's order reference, unique among purchases
 * @param customerId who paid
 * @param kind a sale or a donation
 * @param at when the purchase was made
 * @param amount the total paid, not negative
 * @param grossMargin the gross margin in the amount's currency, not above the amount (it may be
 *     negative for a loss-making order), or {@code null} when unknown
 * @param lines the lines, with distinct line numbers, in the amount's currency; may be empty
 */
public record Purchase(OrderReference reference, CustomerId customerId, PurchaseKind kind,
    Instant at, Money amount, @Nullable Money grossMargin, List<PurchaseLine> lines) {

  /**
   * Validates and copies the parts.
   *
   * @throws InvalidFieldException if the amount is negative, the margin exceeds the amount, or
   *     line numbers repeat
   * @throws CurrencyMismatchException if the margin or a line is in another currency
   */
  public Purchase {
    requireNonNull(reference, "reference");
    requireNonNull(customerId, "customerId");
    requireNonNull(kind, "kind");
    requireNonNull(at, "at");
    requireNonNull(amount, "amount");
    lines = List.copyOf(lines);
    if (amount.isNegative()) {
      throw new InvalidFieldException("amount", "must not be negative");
    }
    if (grossMargin != null && grossMargin.compareTo(amount) > 0) {
      throw new InvalidFieldException("grossMargin", "must not exceed the amount");
    }
    Set<Integer> numbers = new HashSet<>();
    for (PurchaseLine line : lines) {
      if (!line.amount().currency().equals(amount.currency())) {
        throw new CurrencyMismatchException(amount.currency(), line.amount().currency());
      }
      if (!numbers.add(line.lineNo())) {
        throw new InvalidFieldException("lines", "must not repeat line number " + line.lineNo());
      }
    }
  }

  /**
   * Returns a sale without margin or lines.
   *
   * @param reference the order reference
   * @param customerId who paid
   * @param at when
   * @param amount the total paid
   * @return the purchase
   */
  public static Purchase of(OrderReference reference, CustomerId customerId, Instant at, Money amount) {
    return new Purchase(reference, customerId, PurchaseKind.SALE, at, amount, null, List.of());
  }

  /**
   * Returns a donation.
   *
   * @param reference the host's receipt reference
   * @param customerId the donor
   * @param at when
   * @param amount the amount given
   * @return the donation
   */
  public static Purchase donation(OrderReference reference, CustomerId customerId, Instant at, Money amount) {
    return new Purchase(reference, customerId, PurchaseKind.DONATION, at, amount, null, List.of());
  }

  /**
   * Returns this purchase with another kind.
   *
   * @param newKind the kind
   * @return the changed copy
   */
  public Purchase withKind(PurchaseKind newKind) {
    return new Purchase(reference, customerId, newKind, at, amount, grossMargin, lines);
  }

  /**
   * Returns this purchase with a gross margin.
   *
   * @param margin the margin, in the amount's currency
   * @return the changed copy
   * @throws InvalidFieldException if the margin exceeds the amount
   */
  public Purchase withGrossMargin(Money margin) {
    return new Purchase(reference, customerId, kind, at, amount, requireNonNull(margin, "margin"), lines);
  }

  /**
   * Returns this purchase with lines.
   *
   * @param newLines the lines
   * @return the changed copy
   * @throws InvalidFieldException if line numbers repeat
   */
  public Purchase withLines(List<PurchaseLine> newLines) {
    return new Purchase(reference, customerId, kind, at, amount, grossMargin, newLines);
  }

  /**
   * Returns the gross margin, if known.
   *
   * @return the margin, or empty
   */
  public Optional<Money> margin() {
    return Optional.ofNullable(grossMargin);
  }

  /**
   * Returns the line with a number.
   *
   * @param lineNo the number
   * @return the line, or empty if there is none
   */
  public Optional<PurchaseLine> line(int lineNo) {
    return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst();
  }
}
