package org.mehrcrm.examples.demo;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.mehrcrm.Crm;
import org.mehrcrm.access.Actor;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.loyalty.ActivityBucket;
import org.mehrcrm.loyalty.ArrearsPolicy;
import org.mehrcrm.loyalty.EarningRules;
import org.mehrcrm.loyalty.Engagement;
import org.mehrcrm.loyalty.EngagementType;
import org.mehrcrm.loyalty.ExpiringPoints;
import org.mehrcrm.loyalty.ExpiryPolicy;
import org.mehrcrm.loyalty.IdempotencyKey;
import org.mehrcrm.loyalty.InsufficientPointsException;
import org.mehrcrm.loyalty.LoyaltyAccount;
import org.mehrcrm.loyalty.LoyaltyService;
import org.mehrcrm.loyalty.MembershipId;
import org.mehrcrm.loyalty.PointCurrency;
import org.mehrcrm.loyalty.Posting;
import org.mehrcrm.loyalty.PostingKind;
import org.mehrcrm.loyalty.Programme;
import org.mehrcrm.loyalty.ProgrammeId;
import org.mehrcrm.loyalty.ProgrammeKpis;
import org.mehrcrm.loyalty.QualificationWindow;
import org.mehrcrm.loyalty.Receipt;
import org.mehrcrm.loyalty.ReturnedLine;
import org.mehrcrm.loyalty.Reward;
import org.mehrcrm.loyalty.RewardId;
import org.mehrcrm.loyalty.SourceRef;
import org.mehrcrm.loyalty.Statement;
import org.mehrcrm.loyalty.Tier;
import org.mehrcrm.loyalty.TierId;
import org.mehrcrm.loyalty.TierMeasure;
import org.mehrcrm.loyalty.TierScheme;
import org.mehrcrm.purchase.OrderReference;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.purchase.PurchaseLine;
import org.mehrcrm.purchase.Return;
import org.mehrcrm.purchase.ReturnLine;

/**
 * The loyalty chapter of {@code crm demo}: the shop saves a points programme, enrols the cast,
 * earns on the purchases it reports, redeems a reward, takes back the points of a returned order
 * that were partly spent, runs expiry at simulated month ends, moves one member up to Gold and
 * down again at the review, and prints that member's statement and the programme's KPIs.
 *
 * <p>Example: {@code new LoyaltyChapter(crm, clock, out, agent, demo::section).tell(cast)}. Every
 * moment is a fixed day and hour in Berlin counted from the chapter's start, so the text depends
 * only on {@code --at}. Run once; not thread-safe.
 */
final class LoyaltyChapter {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ProgrammeId CLUB = ProgrammeId.of("mehr-club");
  private static final TierId SILVER = TierId.of("silver");
  private static final TierId GOLD = TierId.of("gold");
  private static final RewardId COURSE = RewardId.of("barista-course");
  private static final long GOLD_THRESHOLD = 500;
  /** The shop's catalogue: the category of each product code. */
  private static final Map<String, String> CATALOGUE = Map.of(
      "BEANS-500G", "coffee", "BEANS-1KG", "coffee", "GRINDER-C2", "appliances", "ESPRESSO-X1", "appliances",
      "FROTHER", "appliances", "TEA-SET", "kitchen");

  private final Crm crm;
  private final ScenarioClock clock;
  private final PrintWriter out;
  private final Actor agent;
  private final Consumer<String> section;
  private final LoyaltyService loyalty;
  private Programme club;

  LoyaltyChapter(Crm crm, ScenarioClock clock, PrintWriter out, Actor agent, Consumer<String> section) {
    this.crm = crm;
    this.clock = clock;
    this.out = out;
    this.agent = agent;
    this.section = section;
    this.loyalty = crm.loyalty();
  }

  void tell(Demo.Customers c) {
    YearMonth start = YearMonth.from(clock.instant().atZone(BERLIN));
    section.accept("A loyalty programme");
    saveProgramme();
    enrol(c);
    MembershipId ali = earn(c, start);
    redeemAndReturn(ali, c.ali(), start);
    monthEnds(c, ali, start);
    printStatement(ali, c.ali(), start.plusMonths(1).atDay(1).atStartOfDay(BERLIN).toInstant());
    printKpis();
  }

  // ---------------------------------------------------------------- set-up

  private void saveProgramme() {
    Programme draft = Programme.builder(CLUB, "Mehr Club", BERLIN,
            PointCurrency.of("PTS", "Club points", Money.of("0.01", "EUR")))
        .rules(clock.instant(), List.of(
            EarningRules.perAmountSpent(Money.of("1.00", "EUR"), 1, RoundingMode.DOWN),
            EarningRules.categoryMultiplier("coffee", 200, RoundingMode.DOWN),
            EarningRules.perEngagement(EngagementType.REVIEW, 50),
            EarningRules.tierMultiplier(RoundingMode.DOWN)))
        .expiry(ExpiryPolicy.endOfMonth(12))
        .arrears(ArrearsPolicy.SETTLE_FROM_FUTURE_EARNINGS)
        .tiers(TierScheme.of(TierMeasure.QUALIFYING_POINTS, QualificationWindow.rolling(12), Period.ZERO,
            List.of(Tier.of(SILVER, "Silver", 0, 100, false), Tier.of(GOLD, "Gold", GOLD_THRESHOLD, 150, true))))
        .reward(new Reward(COURSE, "Barista course", 450, null, null, 20L, 450))
        .build();
    this.club = loyalty.saveProgramme(agent, draft);
    out.printf("   %s saves the programme \"%s\" (zone %s, 1 point = %s):%n", agent.id(), club.name(),
        club.zone(), club.currency().valuePerPoint());
    out.println("      earning    1 point per whole euro, coffee lines count double, 50 points for a review,");
    out.println("                 Gold members earn 150 %");
    out.println("      expiry     at the end of the 12th month after the month of earning (Berlin time)");
    out.printf("      tiers      Silver from 0, Gold from %d qualifying points in a rolling 12 months;%n",
        GOLD_THRESHOLD);
    out.println("                 a Gold member who falls short at the yearly review goes back to Silver");
    out.println("      returns    points already spent become arrears, settled from future earnings");
    out.println("      reward     Barista course, 450 points, 20 places");
  }

  private void enrol(Demo.Customers c) {
    List<Customer> cast = List.of(c.ali(), c.alexei(), c.alyosha(), c.jose(), c.juergen(), c.parsSteel(),
        c.mueller());
    for (Customer customer : cast) {
      loyalty.enrol(agent, CLUB, customer.id());
    }
    LoyaltyAccount again = loyalty.enrol(agent, CLUB, c.ali().id());
    out.printf("   %s  enrols all %d customers in Silver; enrolling %s again returns membership %s.%n",
        MINUTE.format(clock.instant()), cast.size(), c.ali().displayName(), again.id());
  }

  // ---------------------------------------------------------------- earning

  private MembershipId earn(Demo.Customers c, YearMonth start) {
    out.println();
    moveTo(start.atDay(16), 12);
    Purchase first = report(Purchase.of(OrderReference.of("SHOP-2001"), c.ali().id(), clock.instant(),
            Money.of("161.00", "EUR"))
        .withLines(List.of(PurchaseLine.of(1, "BEANS-500G", 2, Money.of("36.00", "EUR")),
            PurchaseLine.of(2, "GRINDER-C2", 1, Money.of("125.00", "EUR")))));
    Receipt r = earn(first);
    Receipt repeat = earn(first);
    out.printf("   %s  %-30s %s%n", MINUTE.format(clock.instant()), "SHOP-2001 earned again",
        repeat.repeated() ? "same key: the first receipt, nothing posted twice" : "posted twice!");
    earn(report(Purchase.of(OrderReference.of("SHOP-2002"), c.jose().id(), clock.instant(), Money.of("78.00", "EUR"))
        .withLines(List.of(PurchaseLine.of(1, "BEANS-500G", 1, Money.of("18.00", "EUR")),
            PurchaseLine.of(2, "FROTHER", 1, Money.of("60.00", "EUR"))))));
    earn(report(Purchase.of(OrderReference.of("SHOP-2003"), c.alexei().id(), clock.instant(),
        Money.of("250.00", "EUR"))
        .withLines(List.of(PurchaseLine.of(1, "TEA-SET", 1, Money.of("250.00", "EUR"))))));

    moveTo(start.atDay(17), 18);
    Receipt review = loyalty.earn(agent, CLUB, IdempotencyKey.of("review-881"), Engagement.of(EngagementType.REVIEW,
        c.ali().id(), SourceRef.of("review-881"), clock.instant(), null));
    print(c.ali(), "writes a review of the grinder", review);

    LocalDate upgradeDay = start.plusMonths(1).atDay(4);
    moveTo(upgradeDay, 11);
    Tier before = tier(r.membership());
    earn(report(Purchase.of(OrderReference.of("SHOP-2004"), c.ali().id(), clock.instant(), Money.of("420.00", "EUR"))
        .withLines(List.of(PurchaseLine.of(1, "ESPRESSO-X1", 1, Money.of("420.00", "EUR"))))));
    LoyaltyAccount account = loyalty.find(agent, r.membership()).orElseThrow();
    out.printf("      tier %s → %s at once (%d qualifying points ≥ %d); next review %s%n", before.name(),
        tier(r.membership()).name(), qualifying(account), GOLD_THRESHOLD, account.tierStatus().reviewOn());
    return r.membership();
  }

  // ---------------------------------------------------------------- spending and returns

  private void redeemAndReturn(MembershipId ali, Customer customer, YearMonth start) {
    out.println();
    moveTo(start.plusMonths(1).atDay(8), 15);
    Receipt course = loyalty.redeemReward(agent, ali, IdempotencyKey.of("req-3001"), COURSE);
    print(customer, "redeems the Barista course", course);

    moveTo(start.plusMonths(1).atDay(12), 10);
    Return machine = Return.ofLines(OrderReference.of("RET-2004-1"), OrderReference.of("SHOP-2004"),
        customer.id(), clock.instant(), List.of(ReturnLine.of(1, 1, Money.of("420.00", "EUR"))));
    crm.purchases().recordReturn(agent, machine);
    Receipt back = loyalty.returnPurchase(agent, ali, IdempotencyKey.of(machine.reference().value()),
        SourceRef.of("SHOP-2004"), List.of(ReturnedLine.of("ESPRESSO-X1", 1)), null);
    print(customer, "returns the espresso machine", back);
    Posting reversal = back.postings().get(0);
    LoyaltyAccount account = loyalty.find(agent, ali).orElseThrow();
    out.printf("      %d of its %d points were already spent on the course: the return takes back %d, and "
        + "%d%n      become arrears; balance %d, arrears %d. %s stays %s until the review (%d qualifying points).%n",
        reversal.shortfall(), reversal.due(), -reversal.points(), reversal.shortfall(), account.balance(),
        account.arrears(), customer.displayName(), tier(ali).name(), qualifying(account));
    try {
      loyalty.redeem(agent, ali, IdempotencyKey.of("req-3002"), 100, "voucher", null);
      out.println("      a 100-point voucher was granted, which the library should have refused");
    } catch (InsufficientPointsException e) {
      out.printf("      a 100-point voucher is refused: %s%n", e.getMessage());
    }

    moveTo(start.plusMonths(2).atDay(20), 17);
    earn(report(Purchase.of(OrderReference.of("SHOP-2005"), customer.id(), clock.instant(), Money.of("120.00", "EUR"))
        .withLines(List.of(PurchaseLine.of(1, "BEANS-1KG", 4, Money.of("120.00", "EUR"))))));
    account = loyalty.find(agent, ali).orElseThrow();
    out.printf("      120 € of coffee: 240 points, × 150 %% for Gold; the arrears are settled first: balance %d,"
        + " arrears %d%n", account.balance(), account.arrears());
  }

  // ---------------------------------------------------------------- month ends

  private void monthEnds(Demo.Customers c, MembershipId ali, YearMonth start) {
    out.println();
    out.println("   The host's scheduler calls runExpiry at every month end (Berlin); a year on:");
    Map<MembershipId, String> names = List.of(c.ali(), c.alexei(), c.jose()).stream()
        .collect(Collectors.toMap(m -> loyalty.findByCustomer(agent, CLUB, m.id()).orElseThrow().id(),
            Customer::displayName));
    for (int m = 12; m <= 14; m++) {
      YearMonth month = start.plusMonths(m);
      Instant end = month.plusMonths(1).atDay(1).atStartOfDay(BERLIN).toInstant();
      if (m == 14) {
        moveTo(end.minus(Duration.ofDays(7)));
        List<ExpiringPoints> soon = loyalty.expiringWithin(agent, ali, Duration.ofDays(30));
        out.printf("   %s  reminder for %s: %s%n", MINUTE.format(clock.instant()), c.ali().displayName(),
            soon.stream().map(e -> e.points() + " points expire " + MINUTE.format(e.expiresAt()))
                .collect(Collectors.joining(", ")));
      }
      moveTo(end);
      Map<MembershipId, TierId> tiersBefore = names.keySet().stream()
          .collect(Collectors.toMap(id -> id, id -> loyalty.find(agent, id).orElseThrow().tierStatus().tier()));
      int changed = loyalty.runExpiry(agent, CLUB);
      out.printf("   %s  end of %s: %d account%s changed (expiry and tier reviews)%n", MINUTE.format(clock.instant()),
          month, changed, changed == 1 ? "" : "s");
      names.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
        LoyaltyAccount a = loyalty.find(agent, e.getKey()).orElseThrow();
        List<Posting> expired = postings(e.getKey(), clock.instant(), clock.instant().plusMillis(1)).stream()
            .filter(p -> p.kind() == PostingKind.EXPIRE).toList();
        for (Posting p : expired) {
          out.printf("      %-24s %d points expire; balance %d%n", e.getValue(), -p.points(), p.balanceAfter());
        }
        if (!a.tierStatus().tier().equals(tiersBefore.get(e.getKey()))) {
          out.printf("      %-24s review of %s: %d qualifying points < %d, Gold → %s%n", e.getValue(),
              a.tierStatus().since().atZone(BERLIN).toLocalDate(),
              qualifying(a, a.tierStatus().since().atZone(BERLIN).toLocalDate().minusDays(1)), GOLD_THRESHOLD,
              tier(e.getKey()).name());
        }
      });
    }
  }

  // ---------------------------------------------------------------- statement and KPIs

  private void printStatement(MembershipId ali, Customer customer, Instant from) {
    Instant until = clock.instant().atZone(BERLIN).toLocalDate().plusDays(1).atStartOfDay(BERLIN).toInstant();
    Statement s = loyalty.statement(agent, ali, from, until);
    out.printf("%n   Statement of %s (membership %s), %s to %s, Berlin days:%n", customer.displayName(), ali,
        from.atZone(BERLIN).toLocalDate(), until.atZone(BERLIN).toLocalDate().minusDays(1));
    out.printf("      %-17s  %-11s %7s %8s%n", "", "opening", "", s.opening());
    for (Posting p : s.postings()) {
      out.printf("      %s  %-11s %+7d %8d  %s%n", MINUTE.format(p.at()), p.kind(), p.points(), p.balanceAfter(),
          describe(p));
    }
    out.printf("      %-17s  %-11s %7s %8s%n", "", "closing", "", s.closing());
    out.printf("      opening %d + credits %d − debits %d = closing %d%n", s.opening(), s.credits(), s.debits(),
        s.closing());
  }

  private void printKpis() {
    ProgrammeKpis k = loyalty.kpis(agent, CLUB, Duration.ofDays(548));
    out.printf("%n   Programme KPIs at %s:%n", MINUTE.format(k.at()));
    out.printf("      members %d (%d with an earning, redemption or enrolment in 18 months), per tier %s%n", k.members(), k.activeMembers(),
        club.tiers().tiers().stream().map(t -> t.name() + " " + k.membersPerTier().get(t.id()))
            .collect(Collectors.joining(", ")));
    out.printf("      earned %d, redeemed %d, expired %d, arrears %d%n", k.earned(), k.redeemed(), k.expired(),
        k.arrears());
    out.printf("      outstanding %d points, liability %s; breakage %s, redemption rate %s%n", k.outstandingPoints(),
        k.liability(), k.breakage(), k.redemptionRate());
  }

  // ---------------------------------------------------------------- helpers

  private Purchase report(Purchase p) {
    crm.purchases().record(agent, p);
    return p;
  }

  private Receipt earn(Purchase p) {
    Receipt r = loyalty.earn(agent, CLUB, IdempotencyKey.of(p.reference().value()),
        org.mehrcrm.loyalty.Purchase.from(p, CATALOGUE::get));
    if (!r.repeated()) {
      print(crm.customers().get(agent, p.customerId()), "buys " + p.reference() + ", " + p.amount(), r);
    }
    return r;
  }

  private void print(Customer who, String what, Receipt r) {
    out.printf("   %s  %-24s %s%n", MINUTE.format(clock.instant()), who.displayName(), what);
    for (Posting p : r.postings()) {
      out.printf("      %-11s %+6d  balance %d  %s%n", p.kind(), p.points(), p.balanceAfter(), describe(p));
    }
  }

  private static String describe(Posting p) {
    String lines = p.lines().stream().filter(l -> l.productCode() != null).map(l -> l.productCode() + " " + l.points())
        .collect(Collectors.joining(", "));
    String text = p.reason().isEmpty() ? (p.source() == null ? "" : p.source().value()) : p.reason();
    if (p.kind() == PostingKind.REVERSAL && p.shortfall() > 0) {
      text += ", shortfall " + p.shortfall();
    }
    return lines.isEmpty() ? text : text + " (" + lines + ")";
  }

  private List<Posting> postings(MembershipId id, Instant from, Instant until) {
    return loyalty.statement(agent, id, from, until).postings();
  }

  private Tier tier(MembershipId id) {
    return club.tiers().tier(loyalty.find(agent, id).orElseThrow().tierStatus().tier()).orElseThrow();
  }

  /** The qualifying points in the window that ends on a day, as the tier review counts them. */
  private long qualifying(LoyaltyAccount a, LocalDate day) {
    YearMonth first = club.tiers().window().firstMonth(day);
    YearMonth last = YearMonth.from(day);
    return a.snapshot().activity().stream()
        .filter(b -> !b.month().isBefore(first) && !b.month().isAfter(last))
        .mapToLong(ActivityBucket::qualifyingPoints).sum();
  }

  private long qualifying(LoyaltyAccount a) {
    return qualifying(a, clock.instant().atZone(BERLIN).toLocalDate());
  }


  private void moveTo(LocalDate day, int hour) {
    moveTo(day.atTime(LocalTime.of(hour, 0)).atZone(BERLIN).toInstant());
  }

  private void moveTo(Instant at) {
    Duration ahead = Duration.between(clock.instant(), at);
    if (!ahead.isNegative()) {
      clock.advance(ahead);
    }
  }
}
