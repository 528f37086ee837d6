package org.mehrcrm.examples.bench;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.mehrcrm.complaint.Complaint;
import org.mehrcrm.complaint.ComplaintCategory;
import org.mehrcrm.complaint.ComplaintEvent;
import org.mehrcrm.complaint.ComplaintId;
import org.mehrcrm.complaint.ComplaintIntake;
import org.mehrcrm.complaint.ComplaintSettings;
import org.mehrcrm.complaint.SlaCatalog;
import org.mehrcrm.complaint.SlaClock;
import org.mehrcrm.complaint.SlaPolicy;
import org.mehrcrm.complaint.SlaPolicyRef;
import org.mehrcrm.complaint.SlaStatus;
import org.mehrcrm.complaint.SlaTargets;
import org.mehrcrm.complaint.calendar.BusinessCalendar;
import org.mehrcrm.complaint.calendar.WorkingHours;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The service-time status ({@link SlaClock#status(List, Instant)}) of a million open complaint
 * cases spread over three business calendars, with a short and a long resolution target.
 *
 * <p>Run: {@code java -cp crm-examples/target/crm.jar org.openjdk.jmh.Main SlaStatus -f 1 -wi 3 -i 5}.
 * The calendars: a Tehran office (Saturday to Thursday, Friday weekend, 12 holidays a year), a
 * Berlin office (Monday to Friday 09–17, daylight saving) and a New York night desk (22:00–06:00,
 * Sunday to Thursday nights, daylight saving). Each case was received at a random minute of the
 * 60 days before the evaluation moment; a quarter only received, a quarter acknowledged, a
 * quarter waiting on the customer, a quarter answered and updated again (up to 7 events). Target
 * {@code short}: acknowledge 1h, first response 4h, resolve 8h; {@code long}: 2,000 business
 * hours to resolve (about a year), so that a due time lies far beyond many weekends, holidays and
 * clock changes. {@code one} evaluates the next of the cases in a random order (average time per
 * evaluation); {@code sweep} evaluates all of them in storage order, as an escalation run does,
 * and reports the time per case.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class SlaStatusBenchmark {
  private static final int PAGE = 1000;
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  /** How many open cases; {@code -p cases=1000} gives the in-cache variant. */
  @Param("1000000")
  public int cases;

  /** The length of the targets: {@code short} or {@code long}. */
  @Param({"short", "long"})
  public String target;

  private SlaClock clock;
  private List<List<ComplaintEvent>> histories;
  private int[] order;
  private int next;
  private int cursor;

  /** Creates the benchmark with empty placeholders; JMH calls {@link #load()} before measuring. */
  public SlaStatusBenchmark() {
    clock = new SlaClock(SlaCatalog.of(List.of(), List.of()));
    histories = List.of();
    order = new int[0];
  }

  /** Builds the calendars, policies and case histories, once per trial. */
  @Setup(Level.Trial)
  public void load() {
    List<BusinessCalendar> calendars = List.of(tehran(), berlin(), newYorkNights());
    SlaTargets targets = target.equals("short")
        ? SlaTargets.of(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(8))
        : SlaTargets.of(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(2000));
    List<SlaPolicy> policies = new ArrayList<>();
    List<SlaPolicyRef> refs = new ArrayList<>();
    for (BusinessCalendar c : calendars) {
      SlaPolicyRef ref = SlaPolicyRef.of(c.id(), 1);
      refs.add(ref);
      policies.add(SlaPolicy.of(ref, c.id(), targets.withUpdateEvery(Duration.ofHours(6))));
    }
    clock = new SlaClock(SlaCatalog.of(policies, calendars));
    ComplaintSettings settings = ComplaintSettings.of(Set.of(ComplaintCategory.of("billing")));
    Random random = new Random(20261123);
    List<List<ComplaintEvent>> built = new ArrayList<>(cases);
    for (int n = 0; n < cases; n++) {
      Instant received = NOW.minus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 60)));
      long span = Duration.between(received, NOW).toMinutes();
      Complaint c = Complaint.receive(ComplaintId.of("CASE-" + n), ComplaintIntake.of(
              CustomerId.of("C-" + n), Channel.EMAIL, ComplaintCategory.of("billing"), "problem"),
          settings, refs.get(n % 3), null, received);
      Instant t = received;
      int shape = (n / 3) % 4;
      if (shape >= 1) {
        c = c.acknowledge("agent-1", t = t.plus(Duration.ofMinutes(random.nextInt((int) Math.min(span / 4 + 1, 600)))));
      }
      if (shape >= 2) {
        c = c.waitOnCustomer("agent-1", t = t.plus(Duration.ofMinutes(random.nextInt((int) (span / 4 + 1)))));
      }
      if (shape == 3) {
        c = c.customerAnswered("agent-1", t = t.plus(Duration.ofMinutes(random.nextInt((int) (span / 4 + 1)))))
            .updateCustomer("agent-1", t = t.plus(Duration.ofMinutes(random.nextInt((int) (span / 8 + 1)))))
            .assess(new org.mehrcrm.complaint.Assessment(org.mehrcrm.complaint.Level.MEDIUM,
                org.mehrcrm.complaint.Level.MEDIUM, org.mehrcrm.complaint.Level.MEDIUM), "agent-1", t);
      }
      built.add(c.history());
    }
    histories = built;
    order = new int[cases];
    for (int i = 0; i < cases; i++) {
      order[i] = i;
    }
    for (int i = cases - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
  }

  /**
   * Evaluates one case, the next in a random order.
   *
   * @return the status
   */
  @Benchmark
  public SlaStatus one() {
    int i = next;
    next = i + 1 == order.length ? 0 : i + 1;
    return clock.status(histories.get(order[i]), NOW);
  }

  /**
   * Evaluates 1,000 cases in storage order, continuing where the last call stopped, as an
   * escalation run pages through them; the score is per case.
   *
   * @param sink keeps the results alive
   */
  @Benchmark
  @OperationsPerInvocation(PAGE)
  public void sweep(Blackhole sink) {
    int from = cursor;
    for (int i = 0; i < PAGE; i++) {
      sink.consume(clock.status(histories.get((from + i) % histories.size()), NOW));
    }
    cursor = (from + PAGE) % histories.size();
  }

  private static BusinessCalendar tehran() {
    BusinessCalendar.Builder b = BusinessCalendar.builder("tehran-office", ZoneId.of("Asia/Tehran"))
        .hours(WorkingHours.of("08:00", "16:00"), SATURDAY, SUNDAY, MONDAY, TUESDAY, WEDNESDAY)
        .hours(WorkingHours.of("08:00", "12:00"), THURSDAY);
    for (int year = 2025; year <= 2028; year++) {
      for (int month = 1; month <= 12; month++) {
        b.holiday(LocalDate.of(year, month, 11)); // one a month, as many as Iran's official ones
      }
    }
    return b.build();
  }

  private static BusinessCalendar berlin() {
    return BusinessCalendar.builder("berlin-office", ZoneId.of("Europe/Berlin"))
        .hoursExcept(WorkingHours.of("09:00", "17:00"), SATURDAY, SUNDAY)
        .holiday(LocalDate.of(2026, 12, 25)).holiday(LocalDate.of(2026, 12, 26))
        .holiday(LocalDate.of(2027, 1, 1))
        .build();
  }

  private static BusinessCalendar newYorkNights() {
    return BusinessCalendar.builder("ny-nights", ZoneId.of("America/New_York"))
        .hours(WorkingHours.of("22:00", "06:00"), SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY)
        .build();
  }
}
