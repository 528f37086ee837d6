package org.mehrcrm.kernel;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;

/** Money in every JDK currency that has a fixed scale, with amounts at exactly that scale. */
class MoneyDomain extends DomainContextBase {
  /** A few currencies of each scale, so that pairs often share a currency. */
  static final List<Currency> COMMON = List.of("EUR", "USD", "JPY", "IRR", "KWD", "BHD", "CLF").stream()
      .map(Currency::getInstance).toList();
  static final List<Currency> ALL_WITH_SCALE = Currency.getAvailableCurrencies().stream()
      .filter(c -> c.getDefaultFractionDigits() >= 0)
      .sorted(Comparator.comparing(Currency::getCurrencyCode))
      .toList();

  @Provide
  Arbitrary<Currency> currencies() {
    Arbitrary<Currency> common = Arbitraries.of(COMMON);
    Arbitrary<Currency> any = Arbitraries.of(ALL_WITH_SCALE);
    return Arbitraries.frequencyOf(Tuple.of(4, common), Tuple.of(1, any));
  }

  @Provide
  Arbitrary<Money> money() {
    return currencies().flatMap(MoneyDomain::moneyIn);
  }

  @Provide
  Arbitrary<MoneyPair> pairs() {
    Arbitrary<MoneyPair> sameCurrency = currencies().flatMap(c -> Combinators.combine(moneyIn(c), moneyIn(c))
        .as(MoneyPair::new));
    Arbitrary<MoneyPair> anyCurrencies = Combinators.combine(money(), money()).as(MoneyPair::new);
    return Arbitraries.oneOf(sameCurrency, anyCurrencies);
  }

  static Arbitrary<Money> moneyIn(Currency currency) {
    int scale = currency.getDefaultFractionDigits();
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000000000000"), new BigDecimal("1000000000000"))
        .ofScale(scale)
        .map(amount -> Money.of(amount, currency));
  }

  /** Two amounts, in the same or in different currencies. */
  record MoneyPair(Money first, Money second) {}
}
