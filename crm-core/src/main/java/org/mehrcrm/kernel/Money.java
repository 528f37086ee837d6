package org.mehrcrm.kernel;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.function.Supplier;

/**
 * An amount of money in one currency, held at exactly that currency's scale.
 *
 * <p>{@code Money.of("12.5", "EUR")} is {@code EUR 12.50}; {@code Money.of("12.505", "EUR")} is
 * rejected, because it would lose a fraction of a cent. Operations that can lose precision take
 * an explicit {@link RoundingMode}; operations on two amounts in different currencies throw
 * {@link CurrencyMismatchException}. Because the scale is fixed, {@code equals} is exact:
 * {@code Money.of("1", "EUR").equals(Money.of("1.00", "EUR"))}.
 *
 * <p>The string form is {@code "EUR 12.50"} and reads back through {@link #parse(String)}.
 * Immutable and thread-safe.
 *
 * @param amount the amount, at the currency's default fraction digits
 * @param currency the currency, which must have a fixed number of fraction digits
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /**
   * Validates and fixes the scale.
   *
   * @throws InvalidFieldException if the currency has no fixed scale, or the amount has more
   *     fraction digits than the currency allows
   */
  public Money {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    int scale = currency.getDefaultFractionDigits();
    if (scale < 0) {
      throw new InvalidFieldException("currency",
          "must have a fixed number of fraction digits (" + currency.getCurrencyCode() + " has none)");
    }
    try {
      amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new InvalidFieldException("amount",
          "must have at most " + scale + " fraction digits for " + currency.getCurrencyCode());
    }
  }

  /**
   * Returns money of an exact amount.
   *
   * @param amount the amount, with no more fraction digits than the currency allows
   * @param currency the currency
   * @return the money
   * @throws InvalidFieldException if the amount would need rounding
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * Returns money of an exact amount given as text, in a currency given by ISO 4217 code.
   *
   * @param amount the amount in plain decimal notation, e.g. {@code "12.50"}
   * @param currencyCode the ISO 4217 code, e.g. {@code "EUR"}
   * @return the money
   * @throws InvalidFieldException if the amount is not a number, the code is unknown, or the
   *     amount would need rounding
   */
  public static Money of(String amount, String currencyCode) {
    return new Money(decimal(amount), currency(currencyCode));
  }

  /**
   * Returns money rounded to the currency's scale with the given rounding mode.
   *
   * @param amount any amount
   * @param currency the currency
   * @param rounding how to round away extra fraction digits
   * @return the rounded money
   * @throws InvalidFieldException if {@code rounding} is {@code UNNECESSARY} and rounding is needed
   */
  public static Money ofRounded(BigDecimal amount, Currency currency, RoundingMode rounding) {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    requireNonNull(rounding, "rounding");
    int scale = Math.max(currency.getDefaultFractionDigits(), 0);
    return new Money(rounded(() -> amount.setScale(scale, rounding)), currency);
  }

  /**
   * Returns zero in the given currency.
   *
   * @param currency the currency
   * @return zero money
   */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * Parses the form produced by {@link #toString()}, e.g. {@code "EUR 12.50"}.
   *
   * @param text the currency code, one space and the amount
   * @return the money
   * @throws InvalidFieldException if the text is not in that form
   */
  public static Money parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    int space = s.indexOf(' ');
    if (space != 3 || s.length() < 5) {
      throw new InvalidFieldException("money", "must read like 'EUR 12.50'");
    }
    return of(s.substring(space + 1), s.substring(0, space));
  }

  /**
   * Returns the sum of this and another amount in the same currency.
   *
   * @param other the amount to add
   * @return the sum
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money plus(Money other) {
    checkSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * Returns this amount less another amount in the same currency.
   *
   * @param other the amount to subtract
   * @return the difference, possibly negative
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money minus(Money other) {
    checkSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * Returns this amount multiplied by a whole number; never loses precision.
   *
   * @param multiplier the factor
   * @return the product
   */
  public Money multipliedBy(long multiplier) {
    return new Money(amount.multiply(BigDecimal.valueOf(multiplier)), currency);
  }

  /**
   * Returns this amount multiplied by a decimal factor, rounded to the currency's scale.
   *
   * @param multiplier the factor, e.g. a tax rate
   * @param rounding how to round the product
   * @return the rounded product
   * @throws InvalidFieldException if {@code rounding} is {@code UNNECESSARY} and rounding is needed
   */
  public Money multipliedBy(BigDecimal multiplier, RoundingMode rounding) {
    requireNonNull(multiplier, "multiplier");
    return ofRounded(amount.multiply(multiplier), currency, rounding);
  }

  /**
   * Returns this amount divided by a whole number, rounded to the currency's scale.
   *
   * @param divisor the divisor, not zero
   * @param rounding how to round the quotient
   * @return the rounded quotient
   * @throws InvalidFieldException if the divisor is zero, or {@code rounding} is
   *     {@code UNNECESSARY} and rounding is needed
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    if (divisor == 0) {
      throw new InvalidFieldException("divisor", "must not be zero");
    }
    return new Money(rounded(() -> amount.divide(BigDecimal.valueOf(divisor),
        currency.getDefaultFractionDigits(), rounding)), currency);
  }

  /**
   * Returns this amount with the opposite sign.
   *
   * @return the negated amount
   */
  public Money negated() {
    return new Money(amount.negate(), currency);
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Tells whether the amount is above zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Compares two amounts in the same currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    checkSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  /** Returns the currency code, a space and the plain amount, e.g. {@code "EUR 12.50"}. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }

  private void checkSameCurrency(Money other) {
    requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  /** Runs a rounding step, turning {@code RoundingMode.UNNECESSARY}'s failure into ours. */
  private static BigDecimal rounded(Supplier<BigDecimal> step) {
    try {
      return step.get();
    } catch (ArithmeticException e) {
      throw new InvalidFieldException("amount", "must not need rounding (RoundingMode.UNNECESSARY)");
    }
  }

  private static BigDecimal decimal(String amount) {
    requireNonNull(amount, "amount");
    try {
      return new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException("amount", "must be a decimal number");
    }
  }

  private static Currency currency(String code) {
    requireNonNull(code, "currencyCode");
    try {
      return Currency.getInstance(code.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("currency", "must be an ISO 4217 code");
    }
  }
}
