package org.mehrcrm.examples.demo;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.Crm;
import org.mehrcrm.access.Actor;
import org.mehrcrm.complaint.Assessment;
import org.mehrcrm.complaint.ClosureOutcome;
import org.mehrcrm.complaint.Complaint;
import org.mehrcrm.complaint.ComplaintCategory;
import org.mehrcrm.complaint.ComplaintId;
import org.mehrcrm.complaint.ComplaintIntake;
import org.mehrcrm.complaint.ComplaintSettings;
import org.mehrcrm.complaint.EscalationAction;
import org.mehrcrm.complaint.EscalationOutcome;
import org.mehrcrm.complaint.EscalationRule;
import org.mehrcrm.complaint.Level;
import org.mehrcrm.complaint.OverdueCase;
import org.mehrcrm.complaint.Priority;
import org.mehrcrm.complaint.Remedy;
import org.mehrcrm.complaint.SlaCatalog;
import org.mehrcrm.complaint.SlaClock;
import org.mehrcrm.complaint.SlaPolicy;
import org.mehrcrm.complaint.SlaPolicyRef;
import org.mehrcrm.complaint.SlaRule;
import org.mehrcrm.complaint.SlaTarget;
import org.mehrcrm.complaint.SlaTargetStatus;
import org.mehrcrm.complaint.SlaTargets;
import org.mehrcrm.complaint.calendar.BusinessCalendar;
import org.mehrcrm.complaint.calendar.WorkingHours;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerQuery;
import org.mehrcrm.followup.CaseFollowUps;
import org.mehrcrm.followup.FollowUp;
import org.mehrcrm.followup.FollowUpId;
import org.mehrcrm.followup.ReminderRun;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.report.ComplaintKpiReport;
import org.mehrcrm.report.ComplaintKpis;
import org.mehrcrm.satisfaction.InvitationPolicy;
import org.mehrcrm.satisfaction.InvitationTrigger;
import org.mehrcrm.satisfaction.Score;
import org.mehrcrm.satisfaction.SurveyInvitation;
import org.mehrcrm.satisfaction.SurveyResponse;
import org.mehrcrm.satisfaction.SurveyTemplates;

/**
 * The complaints chapter of {@code crm demo}: over one simulated office week in Tehran (Saturday
 * to Wednesday, Thursday mornings, Friday off, and a holiday on the Tuesday) three customers
 * complain; one case waits on the customer, one is left lying until it breaches and escalates,
 * one reopens; all are resolved and surveyed, and the complaint KPIs are printed.
 *
 * <p>Example: the host wires {@code Crm.builder().complaints(ComplaintChapter.setup(start))
 * .escalationRules(ComplaintChapter.rules())}, then
 * {@code new ComplaintChapter(crm, clock, out, agent, demo::section).tell(cast)}. The week is the
 * first Saturday at least {@value #WEEK_OFFSET_DAYS} days after the story's start (the day its
 * first customer registered), so the setup and the chapter agree on it without sharing state.
 * Run once; not thread-safe.
 */
final class ComplaintChapter {
  /** How far after the story's start the complaint week lies: after every earlier chapter. */
  static final int WEEK_OFFSET_DAYS = 800;
  private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
  private static final String CALENDAR = "tehran-office";
  private static final SlaPolicyRef POLICY = SlaPolicyRef.of("standard", 1);
  private static final ComplaintCategory DELIVERY = ComplaintCategory.of("delivery");
  private static final ComplaintCategory QUALITY = ComplaintCategory.of("quality");
  private static final ComplaintCategory BILLING = ComplaintCategory.of("billing");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE dd MMM HH:mm", Locale.ENGLISH).withZone(TEHRAN);
  private static final Actor OTHER_AGENT = Actor.of("agent-12", "sales");
  private static final Actor LEAD = Actor.of("lead-1", "sales");
  /** The host's survey form answers on the customer's behalf; in this demo's policy it has the sales role. */
  private static final Actor SURVEY_FORM = Actor.of("survey-form", "sales");

  private final Crm crm;
  private final ScenarioClock clock;
  private final PrintWriter out;
  private final Actor agent;
  private final Consumer<String> section;
  private final Map<ComplaintId, String> names = new LinkedHashMap<>();
  private Instant storyStart = Instant.EPOCH;
  private LocalDate saturday = LocalDate.MIN;

  ComplaintChapter(Crm crm, ScenarioClock clock, PrintWriter out, Actor agent, Consumer<String> section) {
    this.crm = crm;
    this.clock = clock;
    this.out = out;
    this.agent = agent;
    this.section = section;
  }

  /**
   * Returns the demo's complaint setup: categories delivery, quality and billing; policy
   * {@code standard@1} on the Tehran office calendar (acknowledge 4 h, first response 8 h, resolve
   * 24 h of business time; high and urgent cases 2, 4 and 16 h).
   *
   * @param storyStart when the story starts; fixes the week and its holiday
   * @return the setup for {@link Crm.Builder#complaints}
   */
  static Crm.ComplaintSetup setup(Instant storyStart) {
    SlaTargets normal = SlaTargets.of(Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(24));
    SlaTargets urgent = SlaTargets.of(Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(16));
    SlaPolicy policy = SlaPolicy.of(POLICY, CALENDAR, normal)
        .withRules(List.of(SlaRule.of(urgent).forPriorities(Priority.HIGH, Priority.URGENT)));
    return new Crm.ComplaintSetup(ComplaintSettings.of(Set.of(DELIVERY, QUALITY, BILLING)),
        SlaCatalog.of(List.of(policy), List.of(calendar(weekOf(storyStart)))), POLICY.policy());
  }

  /**
   * Returns the demo's escalation rules: warn the team lead at 75% of the resolution target; on its
   * breach the lead takes the case over and its priority goes up.
   *
   * @return the rules for {@link Crm.Builder#escalationRules}
   */
  static List<EscalationRule> rules() {
    return List.of(
        EscalationRule.onWarning("warn-lead", SlaTarget.RESOLVE, new EscalationAction.Notify("lead-1")),
        EscalationRule.onBreach("lead-takes-over", SlaTarget.RESOLVE, new EscalationAction.Reassign("lead-1")),
        EscalationRule.onBreach("raise-priority", SlaTarget.RESOLVE, new EscalationAction.RaisePriority()));
  }

  /** The Tehran office: Saturday–Wednesday 08:00–16:00, Thursday 08:00–12:00, Friday off, a holiday on the Tuesday. */
  private static BusinessCalendar calendar(LocalDate saturday) {
    return BusinessCalendar.builder(CALENDAR, TEHRAN)
        .hours(WorkingHours.of("08:00", "16:00"), DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)
        .hours(WorkingHours.of("08:00", "12:00"), DayOfWeek.THURSDAY)
        .holiday(saturday.plusDays(3))
        .build();
  }

  private static LocalDate weekOf(Instant storyStart) {
    return storyStart.atZone(TEHRAN).toLocalDate().plusDays(WEEK_OFFSET_DAYS)
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
  }

  void tell(Demo.Customers c) {
    storyStart = c.ali().registeredAt();
    saturday = weekOf(storyStart);
    section.accept("Complaints, service times and satisfaction");
    out.printf("   A week at the Tehran office: Sat–Wed 08:00–16:00, Thu 08:00–12:00, Friday off,%n"
        + "   and %s is a holiday. Times are Tehran time; SLA times count office hours only.%n",
        saturday.plusDays(3).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " " + saturday.plusDays(3));
    CustomerId ali = c.ali().id();
    CustomerId pars = c.parsSteel().id();
    CustomerId jose = c.jose().id();

    moveTo(DayOfWeek.SATURDAY, "09:00");
    ComplaintId late = file(ComplaintIntake.of(ali, Channel.PHONE, DELIVERY, "The rebar arrived a day late")
        .withSoughtRemedy("a discount"), c.ali().displayName(), agent);
    ComplaintId cert = file(ComplaintIntake.of(pars, Channel.EMAIL, QUALITY, "Mill certificate missing for SO-77")
        .withPriority(Priority.HIGH).withSegment("key-account"), c.parsSteel().displayName(), agent);
    ComplaintId twice = file(ComplaintIntake.of(jose, Channel.EMAIL, BILLING, "Charged twice for WEB-5521"),
        c.jose().displayName(), OTHER_AGENT);

    moveTo(DayOfWeek.SATURDAY, "10:00");
    step(agent, "acknowledges", cert, id -> crm.complaints().acknowledge(agent, id));
    step(OTHER_AGENT, "acknowledges", twice, id -> crm.complaints().acknowledge(OTHER_AGENT, id));
    step(agent, "acknowledges", late, id -> crm.complaints().acknowledge(agent, id));
    moveTo(DayOfWeek.SATURDAY, "11:00");
    step(agent, "assesses (severity high, urgency high, impact medium)", cert,
        id -> crm.complaints().assess(agent, id, new Assessment(Level.HIGH, Level.HIGH, Level.MEDIUM)));
    step(agent, "asks for the batch numbers; waits on the customer", cert, id -> {
      crm.complaints().updateCustomer(agent, id);
      return crm.complaints().waitOnCustomer(agent, id);
    });
    printStatus(cert, "paused: due is when it would be if the customer answered now");
    moveTo(DayOfWeek.SATURDAY, "13:00");
    step(agent, "calls back about the delay", late, id -> crm.complaints().updateCustomer(agent, id));
    step(agent, "assesses and investigates", late, id -> {
      crm.complaints().assess(agent, id, new Assessment(Level.LOW, Level.MEDIUM, Level.LOW));
      return crm.complaints().investigate(agent, id);
    });
    moveTo(DayOfWeek.SATURDAY, "17:00");
    runDue();

    moveTo(DayOfWeek.SUNDAY, "10:00");
    step(agent, "responds: apology and EUR 20.00 compensation", late,
        id -> crm.complaints().respond(agent, id, "delivery was late",
            List.of(new Remedy.Apology(), new Remedy.Compensation(Money.of("20.00", "EUR")))));
    moveTo(DayOfWeek.SUNDAY, "12:00");
    step(agent, "closes (accepted)", late, id -> crm.complaints().close(agent, id, ClosureOutcome.ACCEPTED, null));
    runDue();

    moveTo(DayOfWeek.MONDAY, "09:00");
    step(agent, "customer sent the batch numbers; the clock runs again", cert,
        id -> crm.complaints().customerAnswered(agent, id));
    moveTo(DayOfWeek.MONDAY, "09:30");
    step(agent, "customer says the grade was wrong too: reopens", late, id -> crm.complaints().reopen(agent, id));
    step(agent, "investigates", late, id -> crm.complaints().investigate(agent, id));
    moveTo(DayOfWeek.MONDAY, "11:30");
    step(agent, "investigates", cert, id -> crm.complaints().investigate(agent, id));
    moveTo(DayOfWeek.MONDAY, "13:00");
    step(agent, "responds: certificate reissued, EUR 300.00 compensation", cert,
        id -> crm.complaints().respond(agent, id, "certificate was not attached",
            List.of(new Remedy.Replacement("mill certificate"), new Remedy.Compensation(Money.of("300.00", "EUR")))));
    step(agent, "responds: replacement bars", late,
        id -> crm.complaints().respond(agent, id, "wrong grade shipped", List.of(new Remedy.Replacement("rebar B500B"))));
    moveTo(DayOfWeek.MONDAY, "14:00");
    step(agent, "closes (accepted)", cert, id -> crm.complaints().close(agent, id, ClosureOutcome.ACCEPTED, null));
    step(agent, "closes (accepted)", late, id -> crm.complaints().close(agent, id, ClosureOutcome.ACCEPTED, null));
    printStatus(twice, "nobody has answered José yet");
    moveTo(DayOfWeek.MONDAY, "17:00");
    runDue();
    moveTo(DayOfWeek.TUESDAY, "10:00");
    runDue();

    moveTo(DayOfWeek.WEDNESDAY, "10:00");
    runDue();
    Crm.DueRun again = crm.runDue(clock.instant());
    boolean nothing = again.escalations().outcomes().isEmpty() && again.escalations().overdue().isEmpty()
        && again.caseTasks().isEmpty();
    out.printf("   %s  %-18s %s%n", local(), "scheduler again", nothing ? "same moment, nothing new"
        : "acted twice, which the library should have refused");
    moveTo(DayOfWeek.WEDNESDAY, "11:00");
    step(LEAD, "assesses (urgent now), investigates", twice, id -> {
      crm.complaints().assess(LEAD, id, new Assessment(Level.HIGH, Level.HIGH, Level.LOW));
      return crm.complaints().investigate(LEAD, id);
    });
    moveTo(DayOfWeek.WEDNESDAY, "12:00");
    step(LEAD, "responds: refund of EUR 129.90", twice, id -> crm.complaints().respond(LEAD, id,
        "second charge was a gateway retry", List.of(new Remedy.Refund(Money.of("129.90", "EUR")))));
    step(LEAD, "closes (accepted)", twice, id -> crm.complaints().close(LEAD, id, ClosureOutcome.ACCEPTED, null));

    printSlaTable(List.of(late, cert, twice));
    survey(List.of(late, cert, twice), Map.of(late, "4", cert, "5", twice, "2"));
    printKpis();
  }

  // ---------------------------------------------------------------- steps

  private ComplaintId file(ComplaintIntake intake, String name, Actor owner) {
    Complaint filed = crm.complaints().file(agent, intake);
    names.put(filed.id(), name);
    crm.complaints().assign(agent, filed.id(), owner.id(), "desk of " + intake.category());
    out.printf("   %s  %-18s %-24s %s, %s, %s → %s%n", local(), "files", name, intake.category(),
        filed.priority(), intake.channel(), owner.id());
    return filed.id();
  }

  private void step(Actor who, String what, ComplaintId id, Function<ComplaintId, Complaint> step) {
    Complaint after = step.apply(id);
    out.printf("   %s  %-18s %-24s %s (%s)%n", local(), who.id(), names.get(id), what,
        after.status().name().toLowerCase(Locale.ROOT));
  }

  private void runDue() {
    Crm.DueRun run = crm.runDue(clock.instant());
    List<String> lines = new ArrayList<>();
    for (OverdueCase o : run.escalations().overdue()) {
      lines.add(names.get(o.complaintId()) + ": " + target(o.target()) + " target breached at "
          + LOCAL.format(o.breachedAt()));
    }
    for (EscalationOutcome e : run.escalations().outcomes()) {
      lines.add(names.get(e.complaintId()) + ": " + e.ruleId() + " → " + action(e.action())
          + (e.deferred() ? ", deferred: outside office hours" : ""));
    }
    for (FollowUpId id : run.caseTasks()) {
      FollowUp task = crm.followUps().find(agent, id).orElseThrow();
      lines.add("follow-up task for " + task.owner().orElse("the pool") + ", " + task.priority().name()
          .toLowerCase(Locale.ROOT) + " priority, due " + LOCAL.format(task.due()) + ": \"" + withNames(task.title())
          + "\"");
    }
    if (run.caseTasks().isEmpty() && !run.escalations().overdue().isEmpty()) {
      lines.add("no second follow-up task: the customer's complaint task is still open");
    }
    ReminderRun reminders = run.reminders();
    if (!reminders.created().isEmpty() || !reminders.reminded().isEmpty() || !reminders.escalated().isEmpty()) {
      lines.add(String.format(Locale.ROOT, "reminder rules: %d task(s) created, %d reminded, %d overdue escalated"
          + " to a manager", reminders.created().size(), reminders.reminded().size(), reminders.escalated().size()));
    }
    out.printf("   %s  %-18s %s%n", local(), "scheduler runDue", lines.isEmpty() ? "nothing due" : lines.get(0));
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      out.printf("   %-17s  %-18s %s%n", "", "", line);
    }
  }

  private void printStatus(ComplaintId id, String why) {
    out.printf("   %s  %-18s %-24s %s%n", local(), "SLA status", names.get(id), why);
    for (SlaTargetStatus t : crm.complaints().slaStatus(agent, id).targets()) {
      out.printf("   %-17s  %-18s %s%n", "", "", describe(t));
    }
  }

  private void printSlaTable(List<ComplaintId> cases) {
    out.printf("%n   SLA per case at %s (policy %s, calendar %s):%n", local(), POLICY, CALENDAR);
    for (ComplaintId id : cases) {
      Complaint cs = crm.complaints().get(agent, id);
      out.printf("   · %s: %s, %s, round %d, %d hand-off(s), owner %s%n", names.get(id),
          cs.status().name().toLowerCase(Locale.ROOT), cs.priority(), cs.round(), cs.handOffCount(),
          cs.assignee().orElse("-"));
      for (SlaTargetStatus t : crm.complaints().slaStatus(agent, id).targets()) {
        out.printf("       %s%n", describe(t));
      }
    }
  }

  private static String describe(SlaTargetStatus t) {
    Instant due = t.due();
    Instant breached = t.breachedAt();
    String verdict = breached != null ? "BREACHED at " + LOCAL.format(breached)
        : t.phase().name().toLowerCase(Locale.ROOT) + (t.warning() ? ", warning" : "");
    return String.format(Locale.ROOT, "%-15s goal %5s  elapsed %5s  due %-16s %s", target(t.kind()),
        hours(t.goal()), hours(t.elapsed()), due == null ? "-" : LOCAL.format(due), verdict);
  }

  // ---------------------------------------------------------------- survey and KPIs

  private void survey(List<ComplaintId> cases, Map<ComplaintId, String> scores) {
    InvitationPolicy csat = new InvitationPolicy(SurveyTemplates.csat().id(), InvitationTrigger.CASE_CLOSED,
        Duration.ofHours(1), 100, Duration.ofDays(7), 4L);
    List<SurveyInvitation> invitations = new ArrayList<>();
    for (ComplaintId id : cases) {
      Complaint cs = crm.complaints().get(agent, id);
      crm.satisfaction().invite(agent, csat, cs.customerId(), id.value(), cs.assignee().orElse(null),
          cs.intake().category().code(), cs.intake().segment(), cs.closedAt().orElseThrow()).ifPresent(invitations::add);
    }
    moveTo(DayOfWeek.THURSDAY, "09:00");
    out.printf("%n   CSAT survey after each closed case (1–5; 2 or less asks for a call-back), answered %s:%n", local());
    for (SurveyInvitation inv : invitations) {
      ComplaintId id = ComplaintId.of(inv.subject());
      SurveyResponse r = crm.satisfaction().answer(SURVEY_FORM, inv.id(), Map.of("satisfied", scores.get(id)));
      out.printf("   · %-24s scored %s%n", names.get(id), r.score());
    }
    invitations.stream().map(SurveyInvitation::customerId).distinct()
        .flatMap(customer -> crm.followUps().openOf(agent, customer).stream())
        .filter(t -> t.purpose().equals(CaseFollowUps.FEEDBACK))
        .forEach(t -> out.printf("   the low score opened a call-back task: \"%s\", %s priority, due %s%n",
            t.title().replaceAll(" on \\S+$", ""), t.priority().name().toLowerCase(Locale.ROOT), LOCAL.format(t.due())));
  }

  private void printKpis() {
    moveTo(DayOfWeek.THURSDAY, "12:00");
    Instant from = saturday.atStartOfDay(TEHRAN).toInstant();
    Instant to = clock.instant();
    List<Complaint> cases;
    try (Stream<Complaint> s = crm.storage().complaints().streamReceivedBetween(from, to)) {
      cases = s.toList();
    }
    List<SurveyInvitation> invitations;
    try (Stream<SurveyInvitation> s = crm.storage().surveys().streamInvitations(SurveyTemplates.csat().id(), from, to)) {
      invitations = s.toList();
    }
    List<SurveyResponse> responses;
    try (Stream<SurveyResponse> s = crm.storage().surveys().streamResponses(SurveyTemplates.csat().id(), from, to)) {
      responses = s.toList();
    }
    long customers = crm.storage().customers().count(CustomerQuery.all());
    SlaClock sla = new SlaClock(setup(storyStart).catalog());
    ComplaintKpiReport r = ComplaintKpis.compute(cases, sla, to, customers, EUR, SurveyTemplates.csat(),
        invitations, responses);
    out.printf("%n   Complaint KPIs for the week, as of %s (%d cases, %d customers):%n", local(), r.cases(), customers);
    kpi("first response", "median " + hours(r.firstResponseMedian()) + ", p90 " + hours(r.firstResponseP90())
        + " business hours");
    kpi("resolution", "median " + hours(r.resolutionMedian()) + ", p90 " + hours(r.resolutionP90())
        + " business hours");
    kpi("SLA compliance", percent(r.slaCompliance()) + " of decided targets met ("
        + List.of(SlaTarget.values()).stream().filter(r.complianceByTarget()::containsKey)
            .map(t -> target(t) + " " + percent(r.complianceByTarget().get(t))).collect(Collectors.joining(", "))
        + ")");
    kpi("reopen rate", percent(r.reopenRate()));
    kpi("hand-off rate", percent(r.handOffRate()) + " passed on twice or more");
    kpi("per 1,000", String.format(Locale.ROOT, "%.1f complaints per 1,000 customers", r.complaintsPerThousandCustomers()));
    kpi("remedy cost", r.remedyCost() + " (" + r.remedyCostPerCustomer() + " per customer)");
    Score s = r.satisfaction();
    kpi("CSAT after", s == null ? "no survey" : String.format(Locale.ROOT,
        "%.0f%% satisfied (4–5), %d of %d invited answered, 95%% interval %.0f–%.0f%%", s.value(), s.responses(),
        s.invited(), s.lower(), s.upper()));
  }

  private void kpi(String label, String value) {
    out.printf("      %-16s %s%n", label, value);
  }

  // ---------------------------------------------------------------- helpers

  /** Moves the story to a moment of the complaint week, Tehran time. */
  private void moveTo(DayOfWeek day, String time) {
    Instant target = saturday.with(TemporalAdjusters.nextOrSame(day)).atTime(LocalTime.parse(time))
        .atZone(TEHRAN).toInstant();
    Duration by = Duration.between(clock.instant(), target);
    if (by.isNegative()) {
      throw new IllegalStateException("the complaint week starting " + saturday + " has passed: raise WEEK_OFFSET_DAYS");
    }
    clock.advance(by);
  }

  private String local() {
    return LOCAL.format(clock.instant());
  }

  /** Replaces case ids in a text by the names of their customers. */
  private String withNames(String text) {
    String named = text;
    for (Map.Entry<ComplaintId, String> e : names.entrySet()) {
      named = named.replace(e.getKey().value(), e.getValue() + "'s case");
    }
    return named;
  }

  private static String target(SlaTarget t) {
    return t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String action(EscalationAction a) {
    if (a instanceof EscalationAction.Notify n) {
      return "notify " + n.recipient();
    }
    if (a instanceof EscalationAction.Reassign r) {
      return "reassign to " + r.to();
    }
    if (a instanceof EscalationAction.RaiseLevel l) {
      return "raise to level " + l.level();
    }
    return "raise priority";
  }

  private static String hours(@Nullable Duration d) {
    if (d == null) {
      return "-";
    }
    return String.format(Locale.ROOT, "%dh%02d", d.toHours(), d.toMinutesPart());
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
