package org.mehrcrm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.CurrencyMismatchException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.purchase.OrderReference;

class PurchaseSummaryTest {
  private static final CustomerId ALI = CustomerId.of("C-1");
  private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
  private static final Duration WEEK = Duration.ofDays(7);

  private static org.mehrcrm.purchase.Purchase bought(String ref, CustomerId who, Instant at, String amount) {
    return org.mehrcrm.purchase.Purchase.of(OrderReference.of(ref), who, at, Money.of(amount, "EUR"));
  }

  private static Instant week(double weeks) {
    return START.plusSeconds(Math.round(weeks * 7 * 86_400));
  }

  @Test
  void countsRepeatPurchaseDaysAndMeasuresTimeInTheUnit() {
    List<org.mehrcrm.purchase.Purchase> history = List.of(
        bought("SO-3", ALI, week(6), "30.00"),
        bought("SO-1", ALI, START, "100.00"),
        bought("SO-2", ALI, week(2), "50.00"));

    PurchaseSummary s = PurchaseSummary.of(history, week(10), WEEK, ZoneOffset.UTC, 0.25);

    assertThat(s.customer()).isEqualTo(ALI);
    assertThat(s.frequency()).isEqualTo(2);
    assertThat(s.recency()).isCloseTo(6, within(1e-12));
    assertThat(s.age()).isCloseTo(10, within(1e-12));
    assertThat(s.meanSpend()).isCloseTo(40, within(1e-12));
    assertThat(s.timeSinceLastPurchase()).isCloseTo(4, within(1e-12));
    assertThat(s.usualGap()).hasValueCloseTo(3.0, within(1e-12));
  }

  @Test
  void measuresInDaysWhenAskedTo() {
    PurchaseSummary s = PurchaseSummary.of(List.of(bought("SO-1", ALI, START, "10.00"),
        bought("SO-2", ALI, week(2), "10.00")), week(3), Duration.ofDays(1), ZoneOffset.UTC, 0);

    assertThat(s.recency()).isCloseTo(14, within(1e-12));
    assertThat(s.age()).isCloseTo(21, within(1e-12));
  }

  @Test
  void mergesPurchasesOnTheSameCalendarDayOfTheZone() {
    Instant lateEvening = Instant.parse("2026-01-05T22:30:00Z");
    List<org.mehrcrm.purchase.Purchase> history = List.of(bought("SO-1", ALI, START, "100.00"),
        bought("SO-2", ALI, lateEvening, "20.00"), bought("SO-3", ALI, week(1), "60.00"));

    PurchaseSummary utc = PurchaseSummary.of(history, week(4), WEEK, ZoneOffset.UTC, 0);
    PurchaseSummary tehran = PurchaseSummary.of(history, week(4), WEEK, ZoneId.of("Asia/Tehran"), 0);

    assertThat(utc.frequency()).isEqualTo(1);
    assertThat(utc.meanSpend()).isCloseTo(60, within(1e-12));
    assertThat(tehran.frequency()).as("22:30 UTC is the next day in Tehran").isEqualTo(2);
    assertThat(tehran.meanSpend()).isCloseTo(40, within(1e-12));
    assertThat(utc.purchases()).hasSize(3);
  }

  @Test
  void aSingleBuyerHasNoRepeatPurchasesRecencyOrSpend() {
    PurchaseSummary s = PurchaseSummary.of(List.of(bought("SO-1", ALI, START, "80.00")), week(5), WEEK,
        ZoneOffset.UTC, 0.3);

    assertThat(s.frequency()).isZero();
    assertThat(s.recency()).isZero();
    assertThat(s.meanSpend()).isZero();
    assertThat(s.age()).isCloseTo(5, within(1e-12));
    assertThat(s.usualGap()).isEmpty();
    assertThat(s.timeSinceLastPurchase()).isCloseTo(5, within(1e-12));
  }

  @Test
  void takesTheReportedMarginOrTheDefaultShare() {
    org.mehrcrm.purchase.Purchase withMargin = bought("SO-1", ALI, START, "100.00")
        .withGrossMargin(Money.of("42.00", "EUR"));
    org.mehrcrm.purchase.Purchase without = bought("SO-2", ALI, week(1), "33.33");

    PurchaseSummary s = PurchaseSummary.of(List.of(without, withMargin), week(2), WEEK, ZoneOffset.UTC, 0.3);

    assertThat(s.purchases()).containsExactly(
        new Purchase(ALI, START, Money.of("100.00", "EUR"), Money.of("42.00", "EUR")),
        new Purchase(ALI, week(1), Money.of("33.33", "EUR"), Money.of("10.00", "EUR")));
    HistoricalValue value = s.historicalValue(week(2));
    assertThat(value.revenue()).isEqualTo(Money.of("133.33", "EUR"));
    assertThat(value.margin()).isEqualTo(Money.of("52.00", "EUR"));
    assertThat(value.purchases()).isEqualTo(2);
  }

  @Test
  void feedsTheModelsDirectly() {
    PurchaseSummary s = PurchaseSummary.of(List.of(bought("SO-1", ALI, START, "20.00"),
        bought("SO-2", ALI, week(10), "25.00"), bought("SO-3", ALI, week(30.43), "19.70")), week(38.86), WEEK,
        ZoneOffset.UTC, 0);
    PurchasePredictor bgNbd = BgNbd.standard().withParameters(0.243, 4.414, 0.793, 2.426);

    assertThat(bgNbd.probabilityAlive(s.frequency(), s.recency(), s.age())).isCloseTo(0.727, within(0.001));
  }

  @Test
  void refusesAnEmptyHistory() {
    assertThatThrownBy(() -> PurchaseSummary.of(List.of(), START, WEEK, ZoneOffset.UTC, 0))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("history"));
  }

  @Test
  void refusesPurchasesOfSeveralCustomers() {
    assertThatThrownBy(() -> PurchaseSummary.of(List.of(bought("SO-1", ALI, START, "1.00"),
        bought("SO-2", CustomerId.of("C-2"), START, "1.00")), week(1), WEEK, ZoneOffset.UTC, 0))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("history"));
  }

  @Test
  void refusesAPurchaseAfterTheEndOfTheObservation() {
    assertThatThrownBy(() -> PurchaseSummary.of(List.of(bought("SO-1", ALI, week(2), "1.00")), week(1), WEEK,
        ZoneOffset.UTC, 0))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("asOf"));
  }

  @Test
  void refusesMixedCurrencies() {
    org.mehrcrm.purchase.Purchase rub = org.mehrcrm.purchase.Purchase.of(OrderReference.of("SO-2"), ALI, week(1),
        Money.of("100.00", "RUB"));
    assertThatThrownBy(() -> PurchaseSummary.of(List.of(bought("SO-1", ALI, START, "1.00"), rub), week(2), WEEK,
        ZoneOffset.UTC, 0)).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void refusesANonPositiveUnitAndAShareOutsideZeroToOne() {
    List<org.mehrcrm.purchase.Purchase> one = List.of(bought("SO-1", ALI, START, "1.00"));
    assertThatThrownBy(() -> PurchaseSummary.of(one, week(1), Duration.ZERO, ZoneOffset.UTC, 0))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("unit"));
    assertThatThrownBy(() -> PurchaseSummary.of(one, week(1), WEEK, ZoneOffset.UTC, 1.5))
        .isInstanceOfSatisfying(InvalidFieldException.class,
            e -> assertThat(e.field()).isEqualTo("defaultMarginShare"));
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester().setDefault(CustomerId.class, ALI).setDefault(Instant.class, START)
        .setDefault(Duration.class, WEEK).setDefault(ZoneId.class, ZoneOffset.UTC)
        .testAllPublicStaticMethods(PurchaseSummary.class);
    new NullPointerTester().setDefault(CustomerId.class, ALI).testAllPublicConstructors(PurchaseSummary.class);
  }
}
