package org.mehrcrm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.CurrencyMismatchException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

class ChurnAndProfitabilityTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final CustomerId ALI = CustomerId.of("ALI");
  private static final CustomerId SARA = CustomerId.of("SARA");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  @Test
  @DisplayName("churn risk combines P(alive), overdue purchases, complaints and detractor scores, and explains them largest first")
  void churnRiskCombinesAndExplains() {
    ChurnSignals signals = ChurnSignals.of(0.75, 24, 8).withComplaints(1, 1).withLatestNps(3);
    ChurnRisk risk = ChurnRisk.assess(signals, 0.6);
    // 1 - (0.75)(1 - 0.2)(1 - 0.1)(1 - 0.15)(1 - 0.3)
    assertThat(risk.score()).isCloseTo(1 - 0.75 * 0.8 * 0.9 * 0.85 * 0.7, within(1e-12));
    assertThat(risk.isAtRisk()).isTrue();
    assertThat(risk.explanation()).isEqualTo("detractor (NPS 3); P(alive) 0.75; no purchase for 24.0, 3.0 times the usual gap; "
        + "1 complaint past its SLA; 1 complaint open");
  }

  @Test
  @DisplayName("crossing the threshold is reported once: from below to at or above")
  void thresholdCrossing() {
    ChurnRisk before = ChurnRisk.assess(ChurnSignals.of(0.9, 1, 8), 0.5);
    ChurnRisk after = ChurnRisk.assess(ChurnSignals.of(0.4, 30, 8), 0.5);
    assertThat(before.isAtRisk()).isFalse();
    assertThat(after.crossedFrom(before)).isTrue();
    assertThat(after.crossedFrom(after)).isFalse();
    assertThat(before.crossedFrom(after)).isFalse();
  }

  @Test
  @DisplayName("churn signals refuse values out of range by field")
  void churnSignalsValidate() {
    assertThatThrownBy(() -> ChurnSignals.of(1.2, 1, 1)).isInstanceOf(InvalidFieldException.class)
        .hasMessage("probabilityAlive: must lie between 0 and 1");
    assertThatThrownBy(() -> ChurnSignals.of(0.5, 1, 1).withLatestNps(11)).isInstanceOf(InvalidFieldException.class)
        .hasMessage("latestNps: must lie between 0 and 10");
  }

  @Test
  @DisplayName("historical value sums revenue and margin, counts purchases, averages order value and measures tenure")
  void historicalValue() {
    HistoricalValue v = HistoricalValue.of(List.of(
        new Purchase(ALI, T0, eur("100.00"), eur("30.00")),
        new Purchase(ALI, T0.plus(Duration.ofDays(10)), eur("50.01"), eur("15.00"))), T0.plus(Duration.ofDays(30)));
    assertThat(v.revenue()).isEqualTo(eur("150.01"));
    assertThat(v.margin()).isEqualTo(eur("45.00"));
    assertThat(v.purchases()).isEqualTo(2);
    assertThat(v.averageOrderValue()).isEqualTo(eur("75.00"));
    assertThat(v.tenure()).isEqualTo(Duration.ofDays(30));
    SegmentValue s = SegmentValue.of("retail", List.of(v, HistoricalValue.of(List.of(
        new Purchase(SARA, T0, eur("10.00"), eur("1.00"))), T0.plus(Duration.ofDays(10)))));
    assertThat(s.revenue()).isEqualTo(eur("160.01"));
    assertThat(s.purchases()).isEqualTo(3);
    assertThat(s.averageOrderValue()).isEqualTo(eur("53.34"));
    assertThat(s.averageTenure()).isEqualTo(Duration.ofDays(20));
  }

  @Test
  @DisplayName("profitability is margin minus cost to serve; the report gives the share of unprofitable customers")
  void profitabilityReport() {
    CostToServe aliCost = CostToServe.none(ALI, EUR).withAcquisition(eur("20.00"))
        .plusInteraction("phone", eur("5.00")).plusInteraction("phone", eur("5.00"))
        .plusComplaint(eur("8.00"), eur("10.00")).withLoyaltyLiability(eur("2.00"));
    assertThat(aliCost.total()).isEqualTo(eur("50.00"));
    assertThat(aliCost.interactionsByChannel()).containsEntry("phone", eur("10.00"));
    Profitability ali = new Profitability(ALI, eur("45.00"), aliCost.total());
    Profitability sara = new Profitability(SARA, eur("45.00"), eur("5.00"));
    ProfitabilityReport report = ProfitabilityReport.of(List.of(ali, sara));
    assertThat(ali.profit()).isEqualTo(eur("-5.00"));
    assertThat(report.unprofitableShare()).isEqualTo(0.5);
    assertThat(report.unprofitable()).containsExactly(ali);
    assertThat(report.totalProfit()).isEqualTo(eur("35.00"));
  }

  @Test
  @DisplayName("cost to serve refuses negative amounts and mixed currencies")
  void costToServeValidates() {
    assertThatThrownBy(() -> CostToServe.none(ALI, EUR).withAcquisition(eur("-1.00")))
        .isInstanceOf(InvalidFieldException.class).hasMessage("acquisition: must not be negative");
    assertThatThrownBy(() -> CostToServe.none(ALI, EUR).withLoyaltyLiability(Money.of("1.00", "USD")))
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
