package org.mehrcrm.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.purchase.OrderReference;

class PurchaseSummaryProperties {
  private static final CustomerId ALI = CustomerId.of("C-1");
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private static List<org.mehrcrm.purchase.Purchase> history(List<Integer> minutes, List<Integer> cents) {
    List<org.mehrcrm.purchase.Purchase> out = new ArrayList<>();
    for (int i = 0; i < minutes.size(); i++) {
      out.add(org.mehrcrm.purchase.Purchase.of(OrderReference.of("SO-" + i), ALI,
          START.plus(Duration.ofMinutes(minutes.get(i))), Money.ofRounded(
              java.math.BigDecimal.valueOf(cents.get(i % cents.size()), 2), java.util.Currency.getInstance("EUR"),
              java.math.RoundingMode.UNNECESSARY)));
    }
    return out;
  }

  @Property(tries = 500)
  void inputsAreValidForTheModelsWhateverTheOrderOfPurchases(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 525_600) Integer> minutes,
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 1_000_000) Integer> cents,
      @ForAll @IntRange(min = 0, max = 100_000) int minutesAfterLast) {
    List<org.mehrcrm.purchase.Purchase> history = history(minutes, cents);
    Instant asOf = START.plus(Duration.ofMinutes(Collections.max(minutes) + (long) minutesAfterLast));

    PurchaseSummary s = PurchaseSummary.of(history, asOf, Duration.ofDays(7), ZoneOffset.UTC, 0.3);
    List<org.mehrcrm.purchase.Purchase> reversed = new ArrayList<>(history);
    Collections.reverse(reversed);

    Set<LocalDate> days = minutes.stream().map(m -> START.plus(Duration.ofMinutes(m)).atZone(ZoneOffset.UTC)
        .toLocalDate()).collect(Collectors.toSet());
    assertThat(s.frequency()).isEqualTo(days.size() - 1);
    assertThat(s.recency()).isBetween(0.0, s.age());
    assertThat(s.meanSpend()).isGreaterThanOrEqualTo(0);
    assertThat(s.purchases()).hasSize(history.size());
    assertThat(PurchaseSummary.of(reversed, asOf, Duration.ofDays(7), ZoneOffset.UTC, 0.3)).isEqualTo(s);
    PurchaseHistories.of(new double[] {s.frequency()}, new double[] {s.recency()}, new double[] {s.age()});
  }
}
