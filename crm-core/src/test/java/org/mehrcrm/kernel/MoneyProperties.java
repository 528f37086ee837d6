package org.mehrcrm.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.mehrcrm.kernel.MoneyDomain.MoneyPair;

@Domain(MoneyDomain.class)
@Domain(DomainContext.Global.class)
class MoneyProperties {

  @Property
  void moneyArithmeticNeverMixesCurrencies(@ForAll MoneyPair pair) {
    Money a = pair.first();
    Money b = pair.second();
    boolean same = a.currency().equals(b.currency());
    Statistics.label("currencies").collect(same ? "same" : "different");

    if (same) {
      assertThat(a.plus(b).amount()).isEqualTo(a.amount().add(b.amount()));
      assertThat(a.minus(b).amount()).isEqualTo(a.amount().subtract(b.amount()));
      assertThat(a.plus(b).currency()).isEqualTo(a.currency());
      assertThat(a.compareTo(b)).isEqualTo(a.amount().compareTo(b.amount()));
    } else {
      assertThatThrownBy(() -> a.plus(b)).isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
        assertThat(e.first()).isEqualTo(a.currency());
        assertThat(e.second()).isEqualTo(b.currency());
      });
      assertThatThrownBy(() -> a.minus(b)).isInstanceOf(CurrencyMismatchException.class);
      assertThatThrownBy(() -> a.compareTo(b)).isInstanceOf(CurrencyMismatchException.class);
    }
    Statistics.label("currencies").coverage(checker -> {
      checker.check("same").percentage(p -> p > 20);
      checker.check("different").percentage(p -> p > 20);
    });
  }

  @Property
  void moneyParseRoundTrips(@ForAll Money money) {
    assertThat(Money.parse(money.toString())).isEqualTo(money);
  }

  @Property
  void moneyIsAlwaysHeldAtItsCurrencyScale(@ForAll Money money, @ForAll("factors") BigDecimal factor,
      @ForAll RoundingMode mode) {
    int scale = money.currency().getDefaultFractionDigits();
    assertThat(money.amount().scale()).isEqualTo(scale);
    assertThat(money.negated().amount().scale()).isEqualTo(scale);
    assertThat(money.multipliedBy(3).amount().scale()).isEqualTo(scale);
    if (mode != RoundingMode.UNNECESSARY) {
      assertThat(money.multipliedBy(factor, mode).amount().scale()).isEqualTo(scale);
      assertThat(money.dividedBy(7, mode).amount().scale()).isEqualTo(scale);
    }
  }

  @Property
  void roundedProductIsWithinOneMinorUnitOfTheExactProduct(@ForAll Money money,
      @ForAll("factors") BigDecimal factor) {
    BigDecimal exact = money.amount().multiply(factor);
    BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(money.currency().getDefaultFractionDigits());

    BigDecimal down = money.multipliedBy(factor, RoundingMode.FLOOR).amount();
    BigDecimal up = money.multipliedBy(factor, RoundingMode.CEILING).amount();

    assertThat(down).isLessThanOrEqualTo(exact);
    assertThat(up).isGreaterThanOrEqualTo(exact);
    assertThat(up.subtract(down)).isLessThanOrEqualTo(minorUnit);
  }

  @Property
  void plusThenMinusGivesBackTheStart(@ForAll MoneyPair pair) {
    Money a = pair.first();
    Money b = Money.of(pair.second().amount().setScale(a.currency().getDefaultFractionDigits(), RoundingMode.DOWN),
        a.currency());

    assertThat(a.plus(b).minus(b)).isEqualTo(a);
  }

  @Provide
  Arbitrary<BigDecimal> factors() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("100")).ofScale(6);
  }
}
