package org.mehrcrm.purchase;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mehrcrm.kernel.CurrencyMismatchException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * What is still returnable of a purchase after the returns recorded against it: the rule that a
 * return never gives back more than was bought.
 *
 * <p>Example:
 * <pre>{@code
 * ReturnableBalance balance = ReturnableBalance.of(purchase, repository.returnsAgainst(purchase.reference()));
 * balance.check(newReturn); // throws if it returns too much
 * }</pre>
 * The rules: a return names the purchase, has the purchase's customer and currency and is not
 * dated before it; a whole return (no lines) is accepted only while nothing has been returned;
 * a return by line needs a purchase with lines, and per line never more units, nor more money,
 * than remain; in total never more money than was paid. Immutable and thread-safe.
 */
public final class ReturnableBalance {
  private final Purchase purchase;
  private final boolean wholeReturned;
  private final Money refunded;
  private final Map<Integer, Long> unitsReturned;
  private final Map<Integer, Money> lineRefunded;

  private ReturnableBalance(Purchase purchase, boolean wholeReturned, Money refunded,
      Map<Integer, Long> unitsReturned, Map<Integer, Money> lineRefunded) {
    this.purchase = purchase;
    this.wholeReturned = wholeReturned;
    this.refunded = refunded;
    this.unitsReturned = unitsReturned;
    this.lineRefunded = lineRefunded;
  }

  /**
   * Computes the balance of a purchase after its recorded returns.
   *
   * @param purchase the purchase
   * @param returns the returns recorded against it, in the order recorded
   * @return the balance
   * @throws InvalidFieldException if the recorded returns already break a rule
   */
  public static ReturnableBalance of(Purchase purchase, List<Return> returns) {
    requireNonNull(purchase, "purchase");
    ReturnableBalance balance = new ReturnableBalance(purchase, false,
        Money.zero(purchase.amount().currency()), Map.of(), Map.of());
    for (Return r : requireNonNull(returns, "returns")) {
      balance = balance.after(r);
    }
    return balance;
  }

  /**
   * Checks that a return fits within the balance.
   *
   * @param ret the return
   * @throws InvalidFieldException naming the first rule it breaks
   * @throws CurrencyMismatchException if it is in another currency
   */
  public void check(Return ret) {
    after(ret);
  }

  /**
   * Returns the balance after a return.
   *
   * @param ret the return
   * @return the new balance
   * @throws InvalidFieldException naming the first rule the return breaks
   * @throws CurrencyMismatchException if it is in another currency
   */
  public ReturnableBalance after(Return ret) {
    requireNonNull(ret, "ret");
    if (!ret.purchase().equals(purchase.reference())) {
      throw new InvalidFieldException("purchase", "must be " + purchase.reference());
    }
    if (!ret.customerId().equals(purchase.customerId())) {
      throw new InvalidFieldException("customerId", "must be the purchase's customer");
    }
    if (!ret.amount().currency().equals(purchase.amount().currency())) {
      throw new CurrencyMismatchException(purchase.amount().currency(), ret.amount().currency());
    }
    if (ret.at().isBefore(purchase.at())) {
      throw new InvalidFieldException("at", "must not be before the purchase");
    }
    if (wholeReturned) {
      throw new InvalidFieldException("purchase", "must not be returned again after a whole return");
    }
    Money newRefunded = refunded.plus(ret.amount());
    if (newRefunded.compareTo(purchase.amount()) > 0) {
      throw new InvalidFieldException("amount", "must not exceed the " + remainingAmount() + " still returnable");
    }
    if (ret.isWhole()) {
      if (!refunded.isZero() || !unitsReturned.isEmpty()) {
        throw new InvalidFieldException("lines", "must name lines once part of the purchase was returned");
      }
      return new ReturnableBalance(purchase, true, newRefunded, unitsReturned, lineRefunded);
    }
    if (purchase.lines().isEmpty()) {
      throw new InvalidFieldException("lines", "must be empty: the purchase has no lines");
    }
    Map<Integer, Long> units = new HashMap<>(unitsReturned);
    Map<Integer, Money> money = new HashMap<>(lineRefunded);
    for (ReturnLine line : ret.lines()) {
      PurchaseLine bought = purchase.line(line.lineNo()).orElseThrow(() ->
          new InvalidFieldException("returnLine.lineNo", "must name a line of the purchase (" + line.lineNo() + " is not)"));
      long total = units.getOrDefault(line.lineNo(), 0L) + line.quantity();
      if (total > bought.quantity()) {
        throw new InvalidFieldException("returnLine.quantity", "must not exceed the "
            + (bought.quantity() - units.getOrDefault(line.lineNo(), 0L)) + " units of line "
            + line.lineNo() + " still returnable");
      }
      Money lineTotal = money.getOrDefault(line.lineNo(), Money.zero(bought.amount().currency())).plus(line.amount());
      if (lineTotal.compareTo(bought.amount()) > 0) {
        throw new InvalidFieldException("returnLine.amount", "must not exceed what line " + line.lineNo() + " cost");
      }
      units.put(line.lineNo(), total);
      money.put(line.lineNo(), lineTotal);
    }
    return new ReturnableBalance(purchase, false, newRefunded, Map.copyOf(units), Map.copyOf(money));
  }

  /**
   * Returns the money still returnable.
   *
   * @return the purchase amount less what was refunded; zero after a whole return
   */
  public Money remainingAmount() {
    return wholeReturned ? Money.zero(purchase.amount().currency()) : purchase.amount().minus(refunded);
  }

  /**
   * Returns the units of a line still returnable.
   *
   * @param lineNo the line's number
   * @return the units bought less those returned; 0 for an unknown line or after a whole return
   */
  public long remainingUnits(int lineNo) {
    if (wholeReturned) {
      return 0;
    }
    return purchase.line(lineNo).map(l -> l.quantity() - unitsReturned.getOrDefault(lineNo, 0L)).orElse(0L);
  }

  /**
   * Tells whether the whole purchase was returned.
   *
   * @return true after a whole return
   */
  public boolean isWhollyReturned() {
    return wholeReturned;
  }

  /**
   * Returns the money refunded so far.
   *
   * @return the sum of the returns' amounts
   */
  public Money refunded() {
    return refunded;
  }
}
