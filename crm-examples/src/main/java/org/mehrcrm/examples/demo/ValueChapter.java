package org.mehrcrm.examples.demo;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.mehrcrm.Crm;
import org.mehrcrm.access.Actor;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.followup.FollowUp;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.purchase.OrderReference;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.value.BgNbd;
import org.mehrcrm.value.ChurnRisk;
import org.mehrcrm.value.ChurnSignals;
import org.mehrcrm.value.GammaGamma;
import org.mehrcrm.value.HistoricalValue;
import org.mehrcrm.value.LifetimeValue;
import org.mehrcrm.value.ParetoClassification;
import org.mehrcrm.value.PurchasePredictor;
import org.mehrcrm.value.PurchaseSummary;
import org.mehrcrm.value.RetentionResponse;
import org.mehrcrm.value.RfmScore;
import org.mehrcrm.value.RfmScoring;
import org.mehrcrm.value.SpendPredictor;
import org.mehrcrm.value.ValueClass;
import org.mehrcrm.value.ValueHorizon;
import org.mehrcrm.value.ValueScore;

/**
 * The value chapters of {@code crm demo}: the host reports last year's orders, then every
 * customer's value so far, RFM segment, Pareto class, predicted purchases and lifetime value over
 * 52 weeks and churn risk with its reasons are printed, and the churn response acts on the one
 * customer whose risk crossed the threshold.
 *
 * <p>Example: {@code new ValueChapter(crm, clock, out, agent, demo::section).tell(cast)}. The orders
 * are dated in whole days before the chapter's moment, so the text depends only on {@code --at}.
 * Run once; not thread-safe.
 */
final class ValueChapter {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  /** The CDNOW time unit: the published parameters are per week. */
  private static final Duration WEEK = Duration.ofDays(7);
  /** The shop's usual margin where the ERP reports none. */
  private static final double USUAL_MARGIN = 0.30;
  private static final double THRESHOLD = 0.6;
  /** BG/NBD on CDNOW (Fader, Hardie and Lee 2005): r, α, a, b. */
  private static final PurchasePredictor PURCHASES = BgNbd.standard().withParameters(0.243, 4.414, 0.793, 2.426);
  /** Gamma-Gamma on the CDNOW repeat buyers: p, q, γ. */
  private static final SpendPredictor SPEND = GammaGamma.model().withParameters(6.25, 3.74, 15.44);
  /** 52 weeks in twelve monthly steps at 1 % a month. */
  private static final ValueHorizon YEAR = ValueHorizon.of(12, 52.0 / 12, 0.01);

  private final Crm crm;
  private final ScenarioClock clock;
  private final PrintWriter out;
  private final Actor agent;
  private final Consumer<String> section;

  ValueChapter(Crm crm, ScenarioClock clock, PrintWriter out, Actor agent, Consumer<String> section) {
    this.crm = crm;
    this.clock = clock;
    this.out = out;
    this.agent = agent;
    this.section = section;
  }

  void tell(Demo.Customers c) {
    reportHistory(c);
    printValue(List.of(c.ali(), c.alexei(), c.alyosha(), c.jose(), c.juergen(), c.parsSteel(), c.mueller()));
  }

  // ---------------------------------------------------------------- history

  /** One order of last year: days before the chapter's moment, amount, and margin share if the ERP knows it. */
  private record Order(int daysAgo, String amount, double marginShare) {
    Order(int daysAgo, String amount) {
      this(daysAgo, amount, -1);
    }
  }

  private void reportHistory(Demo.Customers c) {
    section.accept("Last year's orders");
    out.println("   The shop's ERP reports the orders of the past year (EUR, margin where it knows it):");
    report(c.ali(), "SHOP-0", List.of(new Order(294, "64.50"), new Order(252, "89.00"), new Order(211, "45.90"),
        new Order(170, "120.00"), new Order(128, "72.40"), new Order(86, "58.00"), new Order(60, "99.90"),
        new Order(9, "83.20")));
    report(c.alexei(), "RU-ORD-", List.of(new Order(283, "1840.00", 0.18), new Order(254, "2210.00", 0.18),
        new Order(226, "1995.00", 0.18), new Order(197, "2060.00", 0.18), new Order(31, "1500.00", 0.12)));
    report(c.jose(), "WEB-4", List.of(new Order(322, "34.90"), new Order(241, "52.00"), new Order(150, "18.50"),
        new Order(12, "27.80")));
    report(c.parsSteel(), "SO-", List.of(new Order(340, "18600.00", 0.15), new Order(271, "22400.00", 0.15),
        new Order(203, "19750.00", 0.15), new Order(129, "26100.00", 0.15), new Order(6, "21300.00", 0.15)));
    report(c.mueller(), "SAP-47", List.of(new Order(362, "4180.00", 0.22), new Order(333, "3960.00", 0.22),
        new Order(303, "4420.00", 0.22), new Order(272, "4050.00", 0.22), new Order(241, "4310.00", 0.22),
        new Order(212, "3890.00", 0.22), new Order(181, "4240.00", 0.22)));
    out.printf("   With the orders recorded earlier, that is every purchase; %s and %s have bought nothing yet.%n",
        c.juergen().displayName(), c.alyosha().displayName());
  }

  private void report(Customer customer, String prefix, List<Order> orders) {
    Instant midnight = clock.instant().truncatedTo(ChronoUnit.DAYS);
    Money total = Money.zero(java.util.Currency.getInstance("EUR"));
    Instant first = null;
    Instant last = null;
    for (int i = 0; i < orders.size(); i++) {
      Order o = orders.get(i);
      Instant at = midnight.minus(Duration.ofDays(o.daysAgo())).plus(Duration.ofHours(11));
      Money amount = Money.of(o.amount(), "EUR");
      Purchase p = Purchase.of(OrderReference.of(prefix + String.format(Locale.ROOT, "%03d", i + 1)), customer.id(),
          at, amount);
      if (o.marginShare() >= 0) {
        p = p.withGrossMargin(amount.multipliedBy(BigDecimal.valueOf(o.marginShare()), RoundingMode.HALF_EVEN));
      }
      crm.purchases().record(agent, p);
      total = total.plus(amount);
      first = first == null ? at : first;
      last = at;
    }
    out.printf("   %-26s %d orders  %s … %s  %14s%n", customer.displayName(), orders.size(), DAY.format(first),
        DAY.format(last), total);
  }

  // ---------------------------------------------------------------- value

  private void printValue(List<Customer> cast) {
    section.accept("Customer value, classes and churn risk");
    Instant now = clock.instant();
    out.printf("   As of %s, time in weeks. Seven customers are far too few to fit the models (a fit needs%n"
        + "   hundreds), so the demo uses the published CDNOW estimates: BG/NBD r 0.243, α 4.414, a 0.793,%n"
        + "   b 2.426 and Gamma-Gamma p 6.25, q 3.74, γ 15.44. A host fits its own with BgNbd.standard().fit(…).%n"
        + "   CLV: 52 weeks in monthly steps at 1 %% a month, times the customer's margin share.%n", MINUTE.format(now));
    Map<CustomerId, PurchaseSummary> summaries = new LinkedHashMap<>();
    for (Customer c : cast) {
      List<Purchase> bought;
      try (Stream<Purchase> s = crm.purchases().purchasesOf(agent, c.id())) {
        bought = s.toList();
      }
      if (!bought.isEmpty()) {
        summaries.put(c.id(), PurchaseSummary.of(bought, now, WEEK, ZoneOffset.UTC, USUAL_MARGIN));
      }
    }
    List<CustomerId> ids = new ArrayList<>(summaries.keySet());
    double[] since = new double[ids.size()];
    double[] count = new double[ids.size()];
    double[] revenue = new double[ids.size()];
    Map<CustomerId, Double> valueById = new LinkedHashMap<>();
    double gaps = 0;
    int withGap = 0;
    for (int i = 0; i < ids.size(); i++) {
      PurchaseSummary s = summaries.get(ids.get(i));
      HistoricalValue h = s.historicalValue(now);
      since[i] = s.timeSinceLastPurchase();
      count[i] = h.purchases();
      revenue[i] = h.revenue().amount().doubleValue();
      valueById.put(ids.get(i), revenue[i]);
      OptionalDouble gap = s.usualGap();
      if (gap.isPresent()) {
        gaps += gap.getAsDouble();
        withGap++;
      }
    }
    double cohortGap = withGap == 0 ? 8 : gaps / withGap;
    List<RfmScore> rfm = RfmScoring.withBins(5).score(since, count, revenue);
    Map<CustomerId, ValueClass> classes = ParetoClassification.standard().classify(valueById);
    out.println("   RFM levels 1–5 among these customers (5 best); Pareto classes 80/15/5 by revenue so far;");
    out.printf("   churn risk from P(alive) and overdue purchases, threshold %.2f.%n", THRESHOLD);

    for (Customer c : cast) {
      out.printf("%n   · %s (%s)%n", c.displayName(), crm.customers().get(agent, c.id()).stage());
      PurchaseSummary s = summaries.get(c.id());
      if (s == null) {
        row("value", "no purchases yet: nothing to measure or predict");
        continue;
      }
      int i = ids.indexOf(c.id());
      HistoricalValue h = s.historicalValue(now);
      row("so far", String.format(Locale.ROOT, "revenue %s, margin %s, %d purchases, AOV %s, tenure %d days",
          h.revenue(), h.margin(), h.purchases(), h.averageOrderValue(), h.tenure().toDays()));
      RfmScore score = rfm.get(i);
      row("classes", String.format(Locale.ROOT, "RFM %s %s, Pareto class %s", score,
          score.segment().name().toLowerCase(Locale.ROOT).replace('_', ' '), classes.get(c.id())));
      double marginShare = h.margin().amount().doubleValue() / h.revenue().amount().doubleValue();
      ValueScore v = LifetimeValue.of(PURCHASES, SPEND, YEAR, marginShare)
          .score(s.frequency(), s.recency(), s.age(), s.meanSpend());
      row("next 52 weeks", String.format(Locale.ROOT,
          "P(alive) %.2f, %.2f purchases expected, %.2f per purchase, CLV EUR %.2f (x %d, tx %.1f, T %.1f)",
          v.probabilityAlive(), v.expectedPurchases(), v.expectedSpend(), v.clv(), (int) s.frequency(),
          s.recency(), s.age()));
      ChurnRisk risk = ChurnRisk.assess(ChurnSignals.of(v.probabilityAlive(), s.timeSinceLastPurchase(),
          s.usualGap().orElse(cohortGap)), THRESHOLD);
      row("churn risk", String.format(Locale.ROOT, "%.2f%s: %s", risk.score(), risk.isAtRisk() ? " AT RISK" : "",
          risk.explanation()));
      RetentionResponse response = crm.retention().respond(agent, c.id(), risk);
      if (response.acted()) {
        FollowUp task = crm.followUps().find(agent, response.followUpId().orElseThrow()).orElseThrow();
        row("response", String.format(Locale.ROOT, "moved to %s; retention follow-up for %s, %s priority, due %s",
            response.stage(), task.owner().orElse("the pool"), task.priority().name().toLowerCase(Locale.ROOT),
            MINUTE.format(task.due())));
        RetentionResponse again = crm.retention().respond(agent, c.id(), risk);
        row("", "the same risk again: " + again.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + ", nothing created twice");
      }
    }
    out.println();
    out.println("   Complaint and NPS signals would add to the churn risk where those features report them.");
  }

  private void row(String label, String value) {
    out.printf("      %-14s %s%n", label, value);
  }
}
