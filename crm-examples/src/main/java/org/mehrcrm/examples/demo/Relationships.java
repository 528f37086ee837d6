package org.mehrcrm.examples.demo;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.mehrcrm.Crm;
import org.mehrcrm.access.Actor;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.followup.FollowUp;
import org.mehrcrm.followup.FollowUpClaimedException;
import org.mehrcrm.followup.FollowUpId;
import org.mehrcrm.followup.ReminderRule;
import org.mehrcrm.followup.ReminderRun;
import org.mehrcrm.interaction.ConsentMissingException;
import org.mehrcrm.interaction.ContactFrequency;
import org.mehrcrm.interaction.ContactPlan;
import org.mehrcrm.interaction.Direction;
import org.mehrcrm.interaction.Interaction;
import org.mehrcrm.interaction.Outcome;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.overview.CustomerOverview;
import org.mehrcrm.overview.OpenFollowUp;
import org.mehrcrm.overview.TimelineCursor;
import org.mehrcrm.overview.TimelineEntry;
import org.mehrcrm.overview.TimelinePage;
import org.mehrcrm.purchase.OrderReference;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.purchase.PurchaseLine;
import org.mehrcrm.purchase.RecordOutcome;
import org.mehrcrm.purchase.Return;
import org.mehrcrm.purchase.ReturnLine;

/**
 * The relationship chapters of {@code crm demo}: contacts and purchases are recorded, the
 * reminder rules run at simulated moments, two agents reach for the same task, and one customer's
 * 360° view and timeline are printed, for a sales agent and, masked, for a support agent.
 *
 * <p>Example: {@code new Relationships(crm, clock, out, agent, support, demo::section).tell(cast)}. Run once; not
 * thread-safe.
 */
final class Relationships {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Actor OTHER_AGENT = Actor.of("agent-12", "sales");

  private final Crm crm;
  private final ScenarioClock clock;
  private final PrintWriter out;
  private final Actor agent;
  private final Actor support;
  private final Consumer<String> section;

  Relationships(Crm crm, ScenarioClock clock, PrintWriter out, Actor agent, Actor support,
      Consumer<String> section) {
    this.crm = crm;
    this.section = section;
    this.clock = clock;
    this.out = out;
    this.agent = agent;
    this.support = support;
  }

  void tell(Demo.Customers c) {
    recordHistory(c);
    runReminders(c);
    planContact(c);
    printOverview(c.parsSteel().id());
  }

  // ---------------------------------------------------------------- history

  private void recordHistory(Demo.Customers c) {
    section("Recording contacts and purchases");
    contact(c.ali().id(), Channel.PHONE, Direction.INBOUND, Purpose.SERVICE, "When will my order arrive?",
        Outcome.RESOLVED);
    contact(c.jose().id(), Channel.EMAIL, Direction.OUTBOUND, Purpose.SERVICE, "Your repair is ready",
        Outcome.REACHED);
    try {
      contact(c.jose().id(), Channel.EMAIL, Direction.OUTBOUND, Purpose.MARKETING, "Autumn offers",
          Outcome.REACHED);
    } catch (ConsentMissingException e) {
      out.printf("   refused: %s%n", e.getMessage());
    }
    contact(c.parsSteel().id(), Channel.EMAIL, Direction.OUTBOUND, Purpose.SALES, "Quote for 40 t rebar",
        Outcome.REACHED);

    Instant now = clock.instant();
    purchase(Purchase.of(OrderReference.of("SHOP-1001"), c.ali().id(), now, Money.of("95.00", "EUR")));
    purchase(Purchase.of(OrderReference.of("SO-77"), c.parsSteel().id(), now, Money.of("24800.00", "EUR"))
        .withGrossMargin(Money.of("3720.00", "EUR")));
    Purchase jose = Purchase.of(OrderReference.of("WEB-5521"), c.jose().id(), now, Money.of("129.90", "EUR"))
        .withLines(List.of(PurchaseLine.of(1, "KETTLE-2L", 1, Money.of("89.90", "EUR")),
            PurchaseLine.of(2, "MUG-SET", 2, Money.of("40.00", "EUR"))));
    purchase(jose);
    RecordOutcome<Purchase> again = crm.purchases().record(agent, Purchase.of(OrderReference.of("SHOP-1001"),
        c.ali().id(), now, Money.of("95.00", "EUR")));
    out.printf("   %s  %-34s %s%n", MINUTE.format(now), "SHOP-1001 reported again",
        again.created() ? "counted twice, which the library should have refused" : "already recorded, counted once");

    clock.advance(Duration.ofDays(1));
    Return mugs = Return.ofLines(OrderReference.of("RET-5521-1"), jose.reference(), c.jose().id(), clock.instant(),
        List.of(ReturnLine.of(2, 1, Money.of("20.00", "EUR"))));
    crm.purchases().recordReturn(agent, mugs);
    out.printf("   %s  %-34s %s returns 1 of 2 mug sets (%s)%n", MINUTE.format(clock.instant()), "return RET-5521-1",
        c.jose().displayName(), mugs.amount());
    ContactFrequency aliMonth = crm.interactions().frequency(agent, c.ali().id(), now.minus(Duration.ofDays(30)),
        clock.instant());
    out.printf("   %s had %d inbound and %d outbound contacts in the last 30 days; last one %s ago.%n",
        c.ali().displayName(), aliMonth.inbound(), aliMonth.outbound(),
        crm.interactions().gapSinceLastContact(agent, c.ali().id()).map(Relationships::hours).orElse("never"));
  }

  private void contact(CustomerId customer, Channel channel, Direction direction, Purpose purpose, String subject,
      Outcome outcome) {
    clock.advance(Duration.ofMinutes(20));
    Interaction i = Interaction.builder(crm.interactions().nextId(), customer, channel, direction, purpose,
            clock.instant())
        .duration(Duration.ofMinutes(6)).subject(subject).outcome(outcome).agent(agent.id()).build();
    crm.interactions().record(agent, i);
    out.printf("   %s  %-34s %s%n", MINUTE.format(i.at()), direction.name().toLowerCase(Locale.ROOT) + " "
        + channel + " (" + purpose + ")", name(customer) + ": " + subject);
  }

  private void purchase(Purchase p) {
    crm.purchases().record(agent, p);
    out.printf("   %s  %-34s %s, %s%s%n", MINUTE.format(p.at()), "purchase " + p.reference(), name(p.customerId()),
        p.amount(), p.margin().map(m -> " (margin " + m + ")").orElse(""));
  }

  // ---------------------------------------------------------------- reminders

  private void runReminders(Demo.Customers c) {
    section("Follow-ups that nobody forgets");
    out.println("   The host's scheduler calls reminders().runDue(now); the rules: "
        + crm.reminders().rules().stream().map(ReminderRule::id).collect(Collectors.joining(", ")) + ".");
    run("today");
    ReminderRun repeat = crm.reminders().runDue(clock.instant());
    out.printf("   %s  run again at the same moment: %d created, %d already handled%n",
        MINUTE.format(repeat.at()), repeat.created().size(), repeat.alreadyHandled());
    clock.advance(Duration.ofDays(3));
    ReminderRun thanks = run("three days later");

    FollowUpId task = thanks.created().isEmpty()
        ? crm.followUps().openOf(agent, c.ali().id()).get(0).id() : thanks.created().get(0);
    FollowUp claimed = crm.followUps().claim(agent, task);
    out.printf("   %s claims %s until %s.%n", agent.id(), task, claimed.leaseUntil().map(MINUTE::format).orElse("-"));
    try {
      crm.followUps().claim(OTHER_AGENT, task);
      out.println("   agent-12 claimed it too, which the library should have refused");
    } catch (FollowUpClaimedException e) {
      out.printf("   agent-12 tries too: %s%n", e.getMessage());
    }
    clock.advance(Duration.ofMinutes(31));
    FollowUp taken = crm.followUps().claim(OTHER_AGENT, task);
    out.printf("   %s  the lease ran out: %s takes the task over.%n", MINUTE.format(clock.instant()),
        taken.holderAt(clock.instant()).orElse("-"));
    crm.followUps().complete(OTHER_AGENT, task);

    clock.advance(Duration.ofDays(31));
    run("a month later");
    clock.advance(Duration.ofDays(2));
    run("two more days");
  }

  private ReminderRun run(String when) {
    ReminderRun run = crm.reminders().runDue(clock.instant());
    out.printf("   %s  %-16s created %d, reminded %d, escalated %d%n", MINUTE.format(run.at()), when,
        run.created().size(), run.reminded().size(), run.escalated().size());
    for (FollowUpId id : run.created()) {
      FollowUp t = crm.followUps().find(agent, id).orElseThrow();
      out.printf("      + %-9s %-44s %-22s due %s, owner %s%n", t.purpose(), t.title(), name(t.customerId()),
          MINUTE.format(t.due()), t.owner().orElse("pool"));
    }
    for (FollowUpId id : run.escalated()) {
      FollowUp t = crm.followUps().find(agent, id).orElseThrow();
      out.printf("      ! escalated %s (%s) to %s%n", t.title(), name(t.customerId()), t.owner().orElse("pool"));
    }
    return run;
  }

  // ---------------------------------------------------------------- planner

  private void planContact(Demo.Customers c) {
    out.println();
    out.println("   How should we reach Ali for service? (his time zone is Asia/Tehran)");
    ZoneId tehran = ZoneId.of("Asia/Tehran");
    Instant evening = clock.instant().atZone(tehran).withHour(22).withMinute(30).toInstant();
    Instant morning = evening.plus(Duration.ofHours(12));
    for (Instant at : List.of(evening, morning)) {
      ContactPlan plan = crm.contactPlanner().plan(agent, c.ali().id(), Purpose.SERVICE, at);
      out.printf("   %s (%s Tehran): %s%n", MINUTE.format(at),
          at.atZone(tehran).toLocalTime(), plan.reason());
    }
  }

  // ---------------------------------------------------------------- overview

  private void printOverview(CustomerId id) {
    section("The 360° view");
    for (Actor viewer : List.of(agent, support)) {
      CustomerOverview view = crm.overview().overview(viewer, id);
      out.printf("%n   ── %s, as seen by %s (%s)%s%n", view.profile().displayName(), viewer.id(),
          String.join(",", viewer.roles()), view.profile().masked() ? ", personal fields masked" : "");
      row("stage", view.stage() + ", key account " + (view.profile().keyAccount() ? "yes" : "no"));
      row("contacts", view.profile().contacts().stream().map(l -> l.text()).collect(Collectors.joining(", ")));
      row("interactions", view.recentInteractions()
          .map(list -> list.stream().map(i -> MINUTE.format(i.at()) + " " + i.subject())
              .collect(Collectors.joining("; "))).orElse("(no access)"));
      row("purchases", view.recentPurchases()
          .map(list -> list.stream().map(p -> p.reference() + " " + p.amount()).collect(Collectors.joining("; ")))
          .orElse("(no access)"));
      row("open tasks", view.openFollowUps()
          .map(list -> list.stream().map(Relationships::task).collect(Collectors.joining("; "))).orElse("(no access)"));
    }
    out.printf("%n   Timeline, newest first, in pages of 2:%n");
    Optional<TimelineCursor> cursor = Optional.empty();
    int pageNo = 1;
    do {
      TimelinePage page = crm.overview().timeline(agent, id, cursor.orElse(null), 2);
      for (TimelineEntry e : page.entries()) {
        out.printf("   p%d  %s  %-11s %s%n", pageNo, MINUTE.format(e.at()), e.kind(), describe(e));
      }
      cursor = page.next();
      pageNo++;
    } while (cursor.isPresent());
  }

  private static String task(OpenFollowUp t) {
    return t.title() + " (" + t.state().name().toLowerCase(Locale.ROOT) + ", due " + MINUTE.format(t.due()) + ")";
  }

  private static String describe(TimelineEntry e) {
    if (e instanceof TimelineEntry.OfInteraction i) {
      return i.interaction().channel() + " " + i.interaction().direction().name().toLowerCase(Locale.ROOT) + ": "
          + i.interaction().subject();
    }
    if (e instanceof TimelineEntry.OfPurchase p) {
      return p.purchase().reference() + " " + p.purchase().amount();
    }
    if (e instanceof TimelineEntry.OfReturn r) {
      return r.ret().reference() + " " + r.ret().amount();
    }
    if (e instanceof TimelineEntry.OfLifecycle l) {
      return (l.change().from() == null ? "" : l.change().from() + " → ") + l.change().to();
    }
    return e.kind().name();
  }

  // ---------------------------------------------------------------- helpers

  private String name(CustomerId id) {
    return crm.customers().get(agent, id).displayName();
  }

  private static String hours(Duration d) {
    return d.toHours() + " h " + d.toMinutesPart() + " min";
  }

  private void section(String title) {
    section.accept(title);
  }

  private void row(String label, String value) {
    out.printf("      %-14s %s%n", label, value.isEmpty() ? "-" : value);
  }
}
