package org.mehrcrm.kernel;

import static java.util.Objects.requireNonNull;

import java.util.Currency;

/**
 * Thrown when money in two currencies meets in one operation.
 *
 * <p>Example: adding {@code EUR 5.00} to {@code IRR 1000} throws
 * {@code CurrencyMismatchException(EUR, IRR)}. Convert explicitly first.
 */
public final class CurrencyMismatchException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final Currency first;
  private final Currency second;

  /**
   * Creates the exception.
   *
   * @param first the currency of the left operand
   * @param second the currency of the right operand
   */
  public CurrencyMismatchException(Currency first, Currency second) {
    super("currency: must match (" + requireNonNull(first, "first").getCurrencyCode() + " vs "
        + requireNonNull(second, "second").getCurrencyCode() + ")");
    this.first = first;
    this.second = second;
  }

  /**
   * Returns the currency of the left operand.
   *
   * @return the first currency
   */
  public Currency first() {
    return first;
  }

  /**
   * Returns the currency of the right operand.
   *
   * @return the second currency
   */
  public Currency second() {
    return second;
  }
}
