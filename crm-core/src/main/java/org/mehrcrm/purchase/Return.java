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
 * A return the host reports: goods or money going back against an earlier {@link Purchase},
 * either the whole purchase (no lines) or some of its lines. A fact, like the purchase.
 *
 * <p>Example:
 * <pre>{@code
 * Return r = Return.ofLines(OrderReference.of("RMA-9"), OrderReference.of("SO-417"), customerId, at,
 *     List.of(ReturnLine.of(1, 1, Money.of("29.95", "EUR"))));
 * }</pre>
 * What may be returned against a purchase is decided by {@link ReturnableBalance}: never more
 * units of a line than were bought, never more money than was paid. Immutable and thread-safe.
 *
 * @param reference the host's return reference (credit note, RMA), unique among returns
 * @param purchase the reference of the original purchase
 * @param customerId the customer, the same as the purchase's
 * @param at when the return happened
 * @param amount the amount refunded, not negative; for a return by line, the sum of the lines
 * @param grossMargin the margin given back, in the amount's currency, or {@code null} when unknown
 * @param lines the lines returned, with distinct line numbers; empty for a whole return
 */
public record Return(OrderReference reference, OrderReference purchase, CustomerId customerId,
    Instant at, Money amount, @Nullable Money grossMargin, List<ReturnLine> lines) {

  /**
   * Validates and copies the parts.
   *
   * @throws InvalidFieldException if the amount is negative or differs from the sum of the lines,
   *     or line numbers repeat
   * @throws CurrencyMismatchException if the margin or a line is in another currency
   */
  public Return {
    requireNonNull(reference, "reference");
    requireNonNull(purchase, "purchase");
    requireNonNull(customerId, "customerId");
    requireNonNull(at, "at");
    requireNonNull(amount, "amount");
    lines = List.copyOf(lines);
    if (amount.isNegative()) {
      throw new InvalidFieldException("amount", "must not be negative");
    }
    if (grossMargin != null && !grossMargin.currency().equals(amount.currency())) {
      throw new CurrencyMismatchException(amount.currency(), grossMargin.currency());
    }
    Set<Integer> numbers = new HashSet<>();
    Money sum = Money.zero(amount.currency());
    for (ReturnLine line : lines) {
      if (!numbers.add(line.lineNo())) {
        throw new InvalidFieldException("lines", "must not repeat line number " + line.lineNo());
      }
      sum = sum.plus(line.amount());
    }
    if (!lines.isEmpty() && !sum.equals(amount)) {
      throw new InvalidFieldException("amount", "must equal the sum of the lines");
    }
  }

  /**
   * Returns a return of the whole purchase.
   *
   * @param reference the return reference
   * @param purchase the original purchase's reference
   * @param customerId the customer
   * @param at when
   * @param refund the amount refunded
   * @return the return
   */
  public static Return whole(OrderReference reference, OrderReference purchase, CustomerId customerId,
      Instant at, Money refund) {
    return new Return(reference, purchase, customerId, at, refund, null, List.of());
  }

  /**
   * Returns a return of some lines; the amount is the sum of the lines.
   *
   * @param reference the return reference
   * @param purchase the original purchase's reference
   * @param customerId the customer
   * @param at when
   * @param lines the lines, at least one
   * @return the return
   * @throws InvalidFieldException if there are no lines
   */
  public static Return ofLines(OrderReference reference, OrderReference purchase, CustomerId customerId,
      Instant at, List<ReturnLine> lines) {
    requireNonNull(reference, "reference");
    requireNonNull(purchase, "purchase");
    requireNonNull(customerId, "customerId");
    requireNonNull(at, "at");
    if (requireNonNull(lines, "lines").isEmpty()) {
      throw new InvalidFieldException("lines", "must not be empty for a return by line");
    }
    Money sum = lines.get(0).amount();
    for (int i = 1; i < lines.size(); i++) {
      sum = sum.plus(lines.get(i).amount());
    }
    return new Return(reference, purchase, customerId, at, sum, null, lines);
  }

  /**
   * Returns this return with the margin given back.
   *
   * @param margin the margin, in the amount's currency
   * @return the changed copy
   */
  public Return withGrossMargin(Money margin) {
    return new Return(reference, purchase, customerId, at, amount, requireNonNull(margin, "margin"), lines);
  }

  /**
   * Tells whether the whole purchase comes back.
   *
   * @return true when there are no lines
   */
  public boolean isWhole() {
    return lines.isEmpty();
  }

  /**
   * Returns the margin given back, if known.
   *
   * @return the margin, or empty
   */
  public Optional<Money> margin() {
    return Optional.ofNullable(grossMargin);
  }
}
