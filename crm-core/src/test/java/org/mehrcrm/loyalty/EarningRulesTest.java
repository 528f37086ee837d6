package org.mehrcrm.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.loyalty.TestProgrammes.T0;
import static org.mehrcrm.loyalty.TestProgrammes.ZONE;
import static org.mehrcrm.loyalty.TestProgrammes.key;
import static org.mehrcrm.loyalty.TestProgrammes.line;
import static org.mehrcrm.loyalty.TestProgrammes.purchase;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mehrcrm.kernel.CurrencyMismatchException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

class EarningRulesTest {
  private static final EarningRule PER_EURO = EarningRules.perAmountSpent(Money.of("1", "EUR"), 1, RoundingMode.DOWN);

  private static Award run(Purchase p, List<EarningRule> rules) {
    return run(EarningContext.of(p, ZONE, null, 100, Map.of()), rules);
  }

  private static Award run(EarningContext context, List<EarningRule> rules) {
    return new RuleVersion(1, Instant.EPOCH, rules).award(context);
  }

  @Test
  void pointsPerAmountSpentRoundEachLineWithTheGivenMode() {
    Purchase p = purchase("o1", T0, "25.98", line("A", null, 1, "12.99"), line("B", null, 1, "12.99"));

    assertThat(run(p, List.of(PER_EURO)).linePoints()).containsExactly(12L, 12L);
    assertThat(run(p, List.of(EarningRules.perAmountSpent(Money.of("1", "EUR"), 1, RoundingMode.HALF_UP)))
        .linePoints()).containsExactly(13L, 13L);
    assertThat(run(p, List.of(EarningRules.perAmountSpent(Money.of("5", "EUR"), 10, RoundingMode.DOWN))).linePoints())
        .as("two whole EUR 5 units per line, 10 points each").containsExactly(20L, 20L);
  }

  @Test
  void aPurchaseInAnotherCurrencyFailsLoudly() {
    Purchase p = Purchase.of(TestProgrammes.ALI, SourceRef.of("o1"), T0, Money.of("10.00", "USD"), List.of());

    assertThatThrownBy(() -> run(p, List.of(PER_EURO))).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void categoryAndProductMultipliersScaleOnlyTheirLines() {
    Purchase p = purchase("o1", T0, "30.00", line("A", "coffee", 1, "10.00"), line("B", "tea", 1, "10.00"),
        line("C", "tea", 1, "10.00"));

    Award award = run(p, List.of(PER_EURO, EarningRules.categoryMultiplier("coffee", 300, RoundingMode.DOWN),
        EarningRules.productMultiplier("C", 150, RoundingMode.DOWN)));

    assertThat(award.linePoints()).containsExactly(30L, 10L, 15L);
  }

  @Test
  void engagementsEarnTheirBonus() {
    Engagement review = Engagement.of(EngagementType.REVIEW, TestProgrammes.ALI, SourceRef.of("rev-1"), T0, null);
    List<EarningRule> rules = List.of(EarningRules.perEngagement(EngagementType.REVIEW, 50),
        EarningRules.perEngagement(EngagementType.DONATION, 20), PER_EURO);

    assertThat(run(EarningContext.of(review, ZONE, null, 100, Map.of()), rules).total()).isEqualTo(50);
  }

  @Test
  void theTierMultiplierScalesLinesAndBonus() {
    Purchase p = purchase("o1", T0, "10.00");
    EarningContext gold = EarningContext.of(p, ZONE, TestProgrammes.GOLD, 150, Map.of());

    Award award = run(gold, List.of(PER_EURO, (c, a) -> a.plusBonus(5), EarningRules.tierMultiplier(RoundingMode.DOWN)));

    assertThat(award.linePoints()).containsExactly(15L);
    assertThat(award.bonus()).isEqualTo(7);
  }

  @Test
  void aPromotionAppliesOnlyInsideItsWindow() {
    EarningRule doubleInMarch = EarningRules.promotion(Instant.parse("2026-03-01T00:00:00Z"),
        Instant.parse("2026-04-01T00:00:00Z"), EarningRules.categoryMultiplier("coffee", 200, RoundingMode.DOWN));
    List<EarningRule> rules = List.of(PER_EURO, doubleInMarch);

    assertThat(run(purchase("o1", Instant.parse("2026-03-31T23:59:59Z"), "10.00", line("A", "coffee", 1, "10.00")),
        rules).total()).isEqualTo(20);
    assertThat(run(purchase("o2", Instant.parse("2026-04-01T00:00:00Z"), "10.00", line("A", "coffee", 1, "10.00")),
        rules).total()).isEqualTo(10);
  }

  @Test
  void aCapLimitsPointsPerMemberAndPeriodCuttingTheBonusFirst() {
    EarningRule cap = EarningRules.cap("monthly", 100, CapPeriod.MONTH);
    Purchase p = purchase("o1", T0, "80.00");

    Award award = run(EarningContext.of(p, ZONE, null, 100, Map.of("monthly@2026-01", 30L)),
        List.of(PER_EURO, (c, a) -> a.plusBonus(10), cap));

    assertThat(award.bonus()).isZero();
    assertThat(award.linePoints()).containsExactly(70L);
    assertThat(award.capUsage()).containsEntry("monthly@2026-01", 70L);
  }

  @Test
  void theAccountCarriesCapUsageFromOneEarningToTheNextWithinThePeriod() {
    Programme capped = Programme.builder(TestProgrammes.CLUB, "Capped", ZONE, TestProgrammes.club().currency())
        .rules(Instant.EPOCH, List.of(PER_EURO, EarningRules.cap("monthly", 100, CapPeriod.MONTH))).build();
    Ledger l = Ledger.open(capped);

    l.handle(new LedgerCommand.Earn(key("k1"), purchase("o1", T0, "80.00")), T0);
    l.handle(new LedgerCommand.Earn(key("k2"), purchase("o2", T0, "80.00")), T0);
    Instant february = Instant.parse("2026-02-01T10:00:00Z");
    l.handle(new LedgerCommand.Earn(key("k3"), purchase("o3", february, "80.00")), february);

    assertThat(l.postings).extracting(Posting::points).containsExactly(80L, 20L, 80L);
    assertThat(l.account.snapshot().capUsage()).containsExactly(Map.entry("monthly@2026-02", 80L));
  }

  @Test
  void ruleChangesApplyOnlyFromTheirStartAndNeverRetroactively() {
    Programme programme = TestProgrammes.club();
    Instant now = T0.plus(Duration.ofDays(10));
    Programme changed = programme.withRules(List.of(EarningRules.perAmountSpent(Money.of("1", "EUR"), 5,
        RoundingMode.DOWN)), now.plus(Duration.ofDays(1)), now);

    assertThat(changed.rulesAt(now).orElseThrow().number()).isEqualTo(1);
    assertThat(changed.rulesAt(now.plus(Duration.ofDays(1))).orElseThrow().number()).isEqualTo(2);
    assertThatThrownBy(() -> programme.withRules(List.of(), now.minusSeconds(1), now))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("effectiveFrom: must not be in the past (rule changes are never retroactive)");
    assertThatThrownBy(() -> changed.withRules(List.of(), now.plus(Duration.ofHours(1)), now))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("effectiveFrom: must be after the latest rule version's start");
  }

  @Test
  void aPurchaseIsEarnedWithTheRulesInForceWhenItWasMade() {
    Programme programme = TestProgrammes.club();
    Instant now = T0.plus(Duration.ofDays(10));
    Programme changed = programme.withRules(List.of(EarningRules.perAmountSpent(Money.of("1", "EUR"), 5,
        RoundingMode.DOWN)), now, now);
    Ledger l = Ledger.open(changed);

    l.handle(new LedgerCommand.Earn(key("k1"), purchase("o1", now.minusSeconds(1), "10.00")), now);
    l.handle(new LedgerCommand.Earn(key("k2"), purchase("o2", now, "10.00")), now);

    assertThat(l.postings).extracting(Posting::points).containsExactly(10L, 50L);
  }

  @Test
  void rulesRejectInvalidSettings() {
    assertThatThrownBy(() -> EarningRules.perAmountSpent(Money.of("0", "EUR"), 1, RoundingMode.DOWN))
        .isInstanceOf(InvalidFieldException.class).hasMessage("unit: must be positive");
    assertThatThrownBy(() -> EarningRules.categoryMultiplier("coffee", -1, RoundingMode.DOWN))
        .isInstanceOf(InvalidFieldException.class).hasMessage("percent: must not be negative");
    assertThatThrownBy(() -> EarningRules.promotion(T0, T0, PER_EURO))
        .isInstanceOf(InvalidFieldException.class).hasMessage("promotion.until: must be after from");
    assertThatThrownBy(() -> EarningRules.cap("monthly", -1, CapPeriod.MONTH))
        .isInstanceOf(InvalidFieldException.class).hasMessage("maxPoints: must not be negative");
  }
}
