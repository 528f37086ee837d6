package org.mehrcrm.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Currency IRR = Currency.getInstance("IRR");
  private static final Currency KWD = Currency.getInstance("KWD");

  @Test
  void eurAmountsAreHeldAtTwoFractionDigits() {
    Money money = Money.of("12.5", "EUR");

    assertThat(money.amount()).isEqualTo(new BigDecimal("12.50"));
    assertThat(money.amount().scale()).isEqualTo(2);
    assertThat(money.currency()).isEqualTo(EUR);
  }

  @Test
  void jpyAmountsAreHeldWithoutFractionDigits() {
    assertThat(Money.of("1500", "JPY").amount()).isEqualTo(new BigDecimal("1500"));
    assertThat(Money.of("1500.000", "JPY").amount().scale()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"IRR", "KWD", "EUR", "JPY", "USD", "BHD", "CLF"})
  void scaleIsTheOneTheJdkGivesTheCurrency(String code) {
    Currency currency = Currency.getInstance(code);

    Money money = Money.of(BigDecimal.ONE, currency);

    assertThat(money.amount().scale()).isEqualTo(currency.getDefaultFractionDigits());
  }

  @Test
  void kuwaitiDinarKeepsThreeFractionDigits() {
    assertThat(KWD.getDefaultFractionDigits()).isEqualTo(3);
    assertThat(Money.of("1.5", "KWD").amount()).isEqualTo(new BigDecimal("1.500"));
    assertThat(Money.of("1.125", "KWD").toString()).isEqualTo("KWD 1.125");
  }

  @Test
  void rialIsHeldAtTheJdkScale() {
    Money money = Money.of(new BigDecimal("250000"), IRR);

    assertThat(money.amount()).isEqualByComparingTo("250000");
    assertThat(money.amount().scale()).isEqualTo(IRR.getDefaultFractionDigits());
  }

  @Test
  void rejectsAmountThatWouldLoseACent() {
    assertThatThrownBy(() -> Money.of("12.505", "EUR"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("amount: must have at most 2 fraction digits for EUR")
        .extracting("field", "rule")
        .containsExactly("amount", "must have at most 2 fraction digits for EUR");
  }

  @Test
  void rejectsFractionOfAYen() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("0.5"), JPY))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("amount: must have at most 0 fraction digits for JPY");
  }

  @Test
  void acceptsTrailingZerosBeyondTheScaleBecauseNothingIsLost() {
    assertThat(Money.of("12.5000", "EUR")).isEqualTo(Money.of("12.50", "EUR"));
  }

  @Test
  void rejectsCurrencyWithoutFixedScale() {
    assertThatThrownBy(() -> Money.of("1", "XAU"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("currency: must have a fixed number of fraction digits (XAU has none)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABC", "eu", "EURO", ""})
  void rejectsUnknownCurrencyCode(String code) {
    assertThatThrownBy(() -> Money.of("1", code))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("currency: must be an ISO 4217 code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12,50", "twelve", "", "1.2.3"})
  void rejectsAmountThatIsNotADecimalNumber(String amount) {
    assertThatThrownBy(() -> Money.of(amount, "EUR"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("amount: must be a decimal number");
  }

  @Test
  void equalsIgnoresHowManyZerosTheAmountWasWrittenWith() {
    Money one = Money.of("1", "EUR");
    Money oneWithCents = Money.of("1.00", "EUR");

    assertThat(one).isEqualTo(oneWithCents).hasSameHashCodeAs(oneWithCents);
    assertThat(Money.of(new BigDecimal("1.0"), EUR)).isEqualTo(one);
  }

  @Test
  void sameAmountInAnotherCurrencyIsNotEqual() {
    assertThat(Money.of("1", "EUR")).isNotEqualTo(Money.of("1", "USD"));
  }

  @Test
  void ofRoundedRoundsToTheCurrencyScaleWithTheGivenMode() {
    BigDecimal amount = new BigDecimal("2.345");

    assertThat(Money.ofRounded(amount, EUR, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("2.34", "EUR"));
    assertThat(Money.ofRounded(amount, EUR, RoundingMode.HALF_UP)).isEqualTo(Money.of("2.35", "EUR"));
    assertThat(Money.ofRounded(new BigDecimal("2.5"), JPY, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("2", "JPY"));
    assertThat(Money.ofRounded(new BigDecimal("1.0005"), KWD, RoundingMode.CEILING)).isEqualTo(Money.of("1.001", "KWD"));
  }

  @Test
  void ofRoundedRejectsCurrencyWithoutFixedScale() {
    assertThatThrownBy(() -> Money.ofRounded(BigDecimal.ONE, Currency.getInstance("XAU"), RoundingMode.HALF_UP))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("currency: must have a fixed number of fraction digits (XAU has none)");
  }

  @Test
  void plusAndMinusAreExact() {
    Money a = Money.of("10.05", "EUR");
    Money b = Money.of("0.10", "EUR");

    assertThat(a.plus(b)).isEqualTo(Money.of("10.15", "EUR"));
    assertThat(a.minus(b)).isEqualTo(Money.of("9.95", "EUR"));
    assertThat(b.minus(a)).isEqualTo(Money.of("-9.95", "EUR"));
  }

  @Test
  void plusRejectsAnotherCurrencyNamingBothCurrencies() {
    Money euros = Money.of("5.00", "EUR");
    Money rials = Money.of("1000", "IRR");

    assertThatThrownBy(() -> euros.plus(rials))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency: must match (EUR vs IRR)")
        .extracting("first", "second")
        .containsExactly(EUR, IRR);
  }

  @Test
  void minusRejectsAnotherCurrencyWithTheOperandsInOrder() {
    assertThatThrownBy(() -> Money.of("1", "JPY").minus(Money.of("1", "EUR")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency: must match (JPY vs EUR)")
        .extracting("first", "second")
        .containsExactly(JPY, EUR);
  }

  @Test
  void compareToRejectsAnotherCurrency() {
    assertThatThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "KWD")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency: must match (EUR vs KWD)");
  }

  @Test
  void compareToOrdersByAmount() {
    assertThat(Money.of("1.99", "EUR")).isLessThan(Money.of("2", "EUR"));
    assertThat(Money.of("2", "EUR").compareTo(Money.of("2.00", "EUR"))).isZero();
  }

  @Test
  void multipliedByAWholeNumberIsExact() {
    assertThat(Money.of("0.35", "EUR").multipliedBy(3)).isEqualTo(Money.of("1.05", "EUR"));
    assertThat(Money.of("120", "JPY").multipliedBy(-2)).isEqualTo(Money.of("-240", "JPY"));
  }

  @ParameterizedTest
  @CsvSource({
      "HALF_UP, 0.03",
      "HALF_EVEN, 0.02",
      "DOWN, 0.02",
      "CEILING, 0.03"})
  void multipliedByADecimalRoundsWithTheGivenMode(RoundingMode mode, String expected) {
    Money product = Money.of("0.05", "EUR").multipliedBy(new BigDecimal("0.5"), mode);

    assertThat(product).isEqualTo(Money.of(expected, "EUR"));
  }

  @Test
  void multipliedByATaxRateKeepsTheCurrencyScale() {
    Money tax = Money.of("19.99", "EUR").multipliedBy(new BigDecimal("0.19"), RoundingMode.HALF_EVEN);

    assertThat(tax).isEqualTo(Money.of("3.80", "EUR"));
    assertThat(tax.amount().scale()).isEqualTo(2);
  }

  @Test
  void unnecessaryRoundingOfALossyProductFailsLoudly() {
    Money money = Money.of("0.05", "EUR");

    assertThatThrownBy(() -> money.multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("amount: must not need rounding (RoundingMode.UNNECESSARY)");
    assertThatThrownBy(() -> money.dividedBy(3, RoundingMode.UNNECESSARY))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("amount: must not need rounding (RoundingMode.UNNECESSARY)");
    assertThat(money.multipliedBy(new BigDecimal("2"), RoundingMode.UNNECESSARY)).isEqualTo(Money.of("0.10", "EUR"));
  }

  @ParameterizedTest
  @CsvSource({
      "HALF_EVEN, 3.33",
      "UP, 3.34",
      "DOWN, 3.33"})
  void dividedByRoundsTheQuotientToTheCurrencyScale(RoundingMode mode, String expected) {
    assertThat(Money.of("10", "EUR").dividedBy(3, mode)).isEqualTo(Money.of(expected, "EUR"));
  }

  @Test
  void dividedByInYenRoundsToWholeYen() {
    assertThat(Money.of("100", "JPY").dividedBy(3, RoundingMode.HALF_UP)).isEqualTo(Money.of("33", "JPY"));
  }

  @Test
  void dividedByZeroIsRejected() {
    assertThatThrownBy(() -> Money.of("10", "EUR").dividedBy(0, RoundingMode.HALF_UP))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("divisor: must not be zero")
        .extracting("field")
        .isEqualTo("divisor");
  }

  @Test
  void negatedFlipsTheSign() {
    assertThat(Money.of("4.20", "EUR").negated()).isEqualTo(Money.of("-4.20", "EUR"));
    assertThat(Money.zero(EUR).negated()).isEqualTo(Money.zero(EUR));
  }

  @Test
  void signPredicatesFollowTheAmount() {
    assertThat(Money.zero(JPY).isZero()).isTrue();
    assertThat(Money.zero(JPY).isPositive()).isFalse();
    assertThat(Money.zero(JPY).isNegative()).isFalse();
    assertThat(Money.of("-0.01", "EUR").isNegative()).isTrue();
    assertThat(Money.of("0.01", "EUR").isPositive()).isTrue();
  }

  @Test
  void zeroIsAtTheCurrencyScale() {
    assertThat(Money.zero(KWD).amount()).isEqualTo(new BigDecimal("0.000"));
  }

  @Test
  void toStringIsTheCodeASpaceAndThePlainAmount() {
    assertThat(Money.of("12.5", "EUR")).hasToString("EUR 12.50");
    assertThat(Money.of(new BigDecimal("1E+3"), EUR)).hasToString("EUR 1000.00");
    assertThat(Money.of("-3", "JPY")).hasToString("JPY -3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"EUR 12.50", "JPY 1500", "KWD 1.125", "IRR 250000.00", "EUR -0.01", "EUR 1000000000000.00"})
  void parseReadsBackTheStringForm(String text) {
    Money money = Money.parse(text);

    assertThat(money).hasToString(text);
    assertThat(Money.parse(money.toString())).isEqualTo(money);
  }

  @Test
  void parseAcceptsAnAmountWithFewerFractionDigits() {
    assertThat(Money.parse("EUR 12.5")).isEqualTo(Money.of("12.50", "EUR"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"EUR12.50", "EURO 12.50", "12.50 EUR", "EUR ", "EUR", "", " EUR 1"})
  void parseRejectsTextNotShapedLikeTheStringForm(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("money: must read like 'EUR 12.50'");
  }

  @Test
  void parseRejectsAnAmountThatWouldNeedRounding() {
    assertThatThrownBy(() -> Money.parse("EUR 12.505"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("amount: must have at most 2 fraction digits for EUR");
  }
}
