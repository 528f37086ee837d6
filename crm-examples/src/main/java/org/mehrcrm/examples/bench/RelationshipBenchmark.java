package org.mehrcrm.examples.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.mehrcrm.Crm;
import org.mehrcrm.access.Actor;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.followup.FollowUp;
import org.mehrcrm.followup.FollowUpId;
import org.mehrcrm.followup.FollowUpRepository;
import org.mehrcrm.followup.Origin;
import org.mehrcrm.followup.Priority;
import org.mehrcrm.followup.ReminderRule;
import org.mehrcrm.followup.ReminderRun;
import org.mehrcrm.interaction.Direction;
import org.mehrcrm.interaction.Interaction;
import org.mehrcrm.interaction.InteractionId;
import org.mehrcrm.interaction.InteractionRepository;
import org.mehrcrm.interaction.Outcome;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.overview.CustomerOverview;
import org.mehrcrm.overview.OverviewService;
import org.mehrcrm.overview.TimelinePage;
import org.mehrcrm.purchase.OrderReference;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.purchase.PurchaseRepository;
import org.mehrcrm.spi.memory.InMemoryStorageProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reminder rules over a million customers and the 360° view of a customer with 10,000
 * timeline entries (issue 3), each next to a hand-written baseline over plain {@code java.util}
 * maps measured in the same run.
 *
 * <p>Run: {@code java -Xmx6g -cp crm-examples/target/crm.jar org.openjdk.jmh.Main RelationshipBenchmark -f 1 -wi 3 -i 5}.
 * <ul>
 *   <li>{@code runDueFirst}: {@code Reminders.runDue} with {@code prospectSilence(14)} over
 *       1,000,000 prospects of {@link SampleCustomers}, each with one interaction: 90% within the
 *       last 13 days, 10% 15 to 44 days ago, so the run opens 100,000 tasks. Single shot; before
 *       each shot the previous shot's tasks are cancelled and the rule gets a new id, so every
 *       shot starts with no open task and no recorded firing, as the first run of a rule does.
 *   <li>{@code runDueAgain}: the same rule run again at the same moment after it has opened its
 *       100,000 tasks: it creates nothing (what a scheduler that ticks often pays per tick).
 *   <li>{@code baselineFirst} / {@code baselineAgain}: a loop over the same prospect ids in id
 *       order, their last contact from a {@link HashMap}, putting the 100,000 due ones into a
 *       {@link HashMap} of firings (first) or finding each already there (again).
 *   <li>{@code overview} / {@code timelineFirstPage}: {@code OverviewService.overview} and the
 *       first 50-entry page of {@code timeline} of one customer with 7,000 interactions, 2,990
 *       purchases and 10 lifecycle entries (10,000 in all) and two open tasks, among 10,000
 *       other customers with five interactions and a purchase each.
 *   <li>{@code baselineTimeline}: the first 50 values of the descending view of a
 *       {@link ConcurrentSkipListMap} of 10,000 entries, copied into a list.
 * </ul>
 * The stores are filled through the in-memory provider's repositories directly (no service, no
 * events), in parallel, once per fork.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class RelationshipBenchmark {
  /** The moment every reminder run evaluates. */
  static final Instant NOW = Instant.parse("2027-03-01T06:00:00Z");
  /** How many prospects the reminder benchmarks watch. */
  static final int CUSTOMERS = 1_000_000;
  /** The silence after which a prospect is due. */
  static final int SILENCE_DAYS = 14;
  /** The customers due: every tenth. */
  static final int DUE = CUSTOMERS / 10;
  /** The entries on the timeline of the viewed customer. */
  static final int TIMELINE = 10_000;
  /** The size of a timeline page. */
  static final int PAGE = 50;

  /** Creates the benchmark; its state lives in the nested state classes. */
  public RelationshipBenchmark() {}

  // ---------------------------------------------------------------- reminders

  /**
   * A million prospects in the in-memory provider, each with one interaction; 10% silent for
   * more than {@value #SILENCE_DAYS} days at {@link #NOW}.
   *
   * <p>Example: {@code crowd.crm(rule).reminders().runDue(NOW)}. Filled once per fork.
   */
  @State(Scope.Benchmark)
  public static class Crowd {
    InMemoryStorageProvider provider = new InMemoryStorageProvider();

    /** Creates an empty crowd; JMH calls {@link #fill()} before measuring. */
    public Crowd() {}

    /** Saves the customers and their interactions, once per trial. */
    @Setup(Level.Trial)
    public void fill() {
      long start = System.nanoTime();
      provider = new InMemoryStorageProvider();
      CustomerRepository customers = provider.customers();
      InteractionRepository interactions = provider.interactions();
      IdGenerator interactionIds = IdGenerator.timeOrdered(Clock.fixed(NOW, ZoneOffset.UTC));
      IntStream.range(0, CUSTOMERS).parallel().forEach(n -> {
        CustomerId id = SampleCustomers.id(n);
        customers.save(SampleCustomers.person(n, id, SampleCustomers.registeredAt(n)));
        interactions.append(call(InteractionId.of(interactionIds.nextId()), id, lastContact(n), n));
      });
      System.out.printf("%n%,d customers and their interactions loaded in %.1f s%n", CUSTOMERS,
          (System.nanoTime() - start) / 1e9);
    }

    /** Returns a CRM over the crowd, reminding with the given rule at {@link #NOW}. */
    Crm crm(ReminderRule rule) {
      return Crm.builder().storage(provider).clock(Clock.fixed(NOW, ZoneOffset.UTC))
          .reminderRules(List.of(rule)).build();
    }
  }

  /** Returns when customer {@code n} was last contacted: 1 to 13 days ago, every tenth 15 to 44. */
  static Instant lastContact(int n) {
    Duration ago = n % 10 == 0
        ? Duration.ofDays(SILENCE_DAYS + 1 + n % 30) : Duration.ofDays(1 + n % 13);
    return NOW.minus(ago).minusSeconds(n % 86_400);
  }

  private static Interaction call(InteractionId id, CustomerId customer, Instant at, int n) {
    return Interaction.builder(id, customer, Channel.PHONE, Direction.OUTBOUND, Purpose.SALES, at)
        .duration(Duration.ofMinutes(3 + n % 10))
        .subject("Offer")
        .outcome(Outcome.REACHED)
        .agent("agent-" + n % 50)
        .build();
  }

  /**
   * A rule that has never fired, for each single shot of {@code runDueFirst}.
   *
   * <p>Example: {@code fresh.crm.reminders().runDue(NOW)}. Before each shot the rule gets a new
   * id (firings are kept for ever, keyed by rule); after it, the tasks it opened are cancelled,
   * so the next shot finds no open task either.
   */
  @State(Scope.Benchmark)
  public static class FreshRule {
    private int shot;
    Crm crm = Crm.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).storage(new InMemoryStorageProvider()).build();
    List<ReminderRun> runs = new ArrayList<>();

    /** Creates the state; JMH calls {@link #nextRule(Crowd)} before each shot. */
    public FreshRule() {}

    /**
     * Wires a CRM with a rule of a new id.
     *
     * @param crowd the customers
     */
    @Setup(Level.Iteration)
    public void nextRule(Crowd crowd) {
      ReminderRule.NoContact base = ReminderRule.prospectSilence(SILENCE_DAYS);
      ReminderRule.NoContact rule = new ReminderRule.NoContact(base.id() + "-" + ++shot, base.audience(),
          base.silence(), base.purpose(), base.title(), base.dueIn(), base.priority());
      crm = crowd.crm(rule);
      runs = new ArrayList<>();
    }

    /**
     * Checks the shot opened the expected tasks, then cancels them.
     *
     * @param crowd the customers
     */
    @TearDown(Level.Iteration)
    public void cancelTasks(Crowd crowd) {
      FollowUpRepository followUps = crowd.provider.followUps();
      for (ReminderRun run : runs) {
        if (run.created().size() != DUE) {
          throw new IllegalStateException("expected " + DUE + " tasks, the run opened " + run.created().size());
        }
        for (FollowUpId id : run.created()) {
          FollowUp task = followUps.findById(id).orElseThrow();
          followUps.save(task.cancel("bench", NOW));
        }
      }
    }
  }

  /**
   * A CRM whose rule has already opened its 100,000 tasks at {@link #NOW}.
   *
   * <p>Example: {@code again.crm.reminders().runDue(NOW)} creates nothing.
   */
  @State(Scope.Benchmark)
  public static class FiredRule {
    Crm crm = Crm.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).storage(new InMemoryStorageProvider()).build();

    /** Creates the state; JMH calls {@link #fireOnce(Crowd)} before measuring. */
    public FiredRule() {}

    /**
     * Runs the rule once and checks that a second run creates nothing.
     *
     * @param crowd the customers
     */
    @Setup(Level.Trial)
    public void fireOnce(Crowd crowd) {
      crm = crowd.crm(ReminderRule.prospectSilence(SILENCE_DAYS));
      int created = crm.reminders().runDue(NOW).created().size();
      ReminderRun again = crm.reminders().runDue(NOW);
      if (created != DUE || !again.created().isEmpty() || again.alreadyHandled() != DUE) {
        throw new IllegalStateException("first run opened " + created + ", second " + again.created().size()
            + " with " + again.alreadyHandled() + " already handled");
      }
    }
  }

  /**
   * The baseline's data: the prospect ids in id order and their last contacts in a
   * {@link HashMap}.
   *
   * <p>Example: {@code baseline.lastContact.get(baseline.ids[0])}.
   */
  @State(Scope.Benchmark)
  public static class Plain {
    String[] ids = new String[0];
    HashMap<String, Instant> lastContact = new HashMap<>();
    HashMap<String, Instant> fired = new HashMap<>();

    /** Creates empty maps; JMH calls {@link #fill()} before measuring. */
    public Plain() {}

    /** Fills the maps with the crowd's ids and last contacts, once per trial. */
    @Setup(Level.Trial)
    public void fill() {
      ids = new String[CUSTOMERS];
      lastContact = new HashMap<>();
      String[] byNumber = new String[CUSTOMERS];
      IntStream.range(0, CUSTOMERS).parallel().forEach(n -> byNumber[n] = SampleCustomers.id(n).value());
      for (int n = 0; n < CUSTOMERS; n++) {
        lastContact.put(byNumber[n], lastContact(n));
      }
      ids = byNumber.clone();
      Arrays.sort(ids);
    }

    /** Empties the firings: each {@code baselineFirst} shot starts from none. */
    @Setup(Level.Iteration)
    public void clearFirings() {
      fired = new HashMap<>();
    }
  }

  /**
   * The baseline firings, filled once: {@code baselineAgain} finds every due customer there.
   *
   * <p>Example: {@code firedPlain.fired.containsKey(id)}.
   */
  @State(Scope.Benchmark)
  public static class PlainFired {
    HashMap<String, Instant> fired = new HashMap<>();

    /** Creates an empty map; JMH calls {@link #fireOnce(Plain)} before measuring. */
    public PlainFired() {}

    /**
     * Fires once into the map.
     *
     * @param plain the baseline's data
     */
    @Setup(Level.Trial)
    public void fireOnce(Plain plain) {
      fired = new HashMap<>();
      if (fire(plain, fired) != DUE) {
        throw new IllegalStateException("the baseline did not find the due customers");
      }
    }
  }

  /** The baseline loop: the due customers not fired yet go into {@code fired}; returns how many. */
  static int fire(Plain plain, HashMap<String, Instant> fired) {
    Instant threshold = NOW.minus(Duration.ofDays(SILENCE_DAYS));
    int created = 0;
    for (String id : plain.ids) {
      Instant since = plain.lastContact.get(id);
      if (!since.isAfter(threshold) && fired.putIfAbsent(id, since) == null) {
        created++;
      }
    }
    return created;
  }

  /**
   * The first run of the rule: opens 100,000 tasks among 1,000,000 prospects.
   *
   * @param crowd the customers
   * @param fresh a rule that has not fired
   * @return the run
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public ReminderRun runDueFirst(Crowd crowd, FreshRule fresh) {
    ReminderRun run = fresh.crm.reminders().runDue(NOW);
    fresh.runs.add(run);
    return run;
  }

  /**
   * The same rule again at the same moment: it opens nothing.
   *
   * @param crowd the customers
   * @param fired the rule, fired once
   * @return the run
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  public ReminderRun runDueAgain(Crowd crowd, FiredRule fired) {
    return fired.crm.reminders().runDue(NOW);
  }

  /**
   * The baseline for {@link #runDueFirst}.
   *
   * @param plain the maps, with no firing
   * @return how many firings were put
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public int baselineFirst(Plain plain) {
    return fire(plain, plain.fired);
  }

  /**
   * The baseline for {@link #runDueAgain}.
   *
   * @param plain the maps
   * @param fired the firings, all there
   * @return how many firings were put: none
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  public int baselineAgain(Plain plain, PlainFired fired) {
    return fire(plain, fired.fired);
  }

  // ---------------------------------------------------------------- the 360° view

  /**
   * One customer with 10,000 timeline entries among 10,000 others, and the baseline's skip list.
   *
   * <p>Example: {@code view.overview.timeline(view.actor, view.customer, null, 50)}. Filled once
   * per fork.
   */
  @State(Scope.Benchmark)
  public static class Viewed {
    private static final int OTHERS = 10_000;
    private static final int INTERACTIONS = 7_000;
    private static final LifecycleStage[] MOVES = {LifecycleStage.ACTIVE, LifecycleStage.AT_RISK,
        LifecycleStage.ACTIVE, LifecycleStage.AT_RISK, LifecycleStage.LAPSED, LifecycleStage.WON_BACK,
        LifecycleStage.ACTIVE, LifecycleStage.AT_RISK, LifecycleStage.ACTIVE};

    OverviewService overview = Crm.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).storage(new InMemoryStorageProvider())
        .build().overview();
    Actor actor = Actor.of("agent-7", "agent");
    CustomerId customer = SampleCustomers.id(0);
    ConcurrentSkipListMap<Instant, Object> baseline = new ConcurrentSkipListMap<>();

    /** Creates the state; JMH calls {@link #fill()} before measuring. */
    public Viewed() {}

    /** Saves the customers, their interactions, purchases and tasks, once per trial. */
    @Setup(Level.Trial)
    public void fill() {
      InMemoryStorageProvider provider = new InMemoryStorageProvider();
      CustomerRepository customers = provider.customers();
      InteractionRepository interactions = provider.interactions();
      PurchaseRepository purchases = provider.purchases();
      IdGenerator ids = IdGenerator.timeOrdered(Clock.fixed(NOW, ZoneOffset.UTC));
      Money amount = Money.of("49.90", "EUR");
      IntStream.range(1, OTHERS + 1).parallel().forEach(n -> {
        CustomerId id = SampleCustomers.id(n);
        customers.save(SampleCustomers.person(n, id, SampleCustomers.registeredAt(n)));
        for (int k = 0; k < 5; k++) {
          interactions.append(call(InteractionId.of(ids.nextId()), id, lastContact(n).minus(Duration.ofDays(7L * k)), n));
        }
        purchases.record(Purchase.of(OrderReference.of("order-" + n), id, lastContact(n), amount));
      });

      // The viewed customer: 10,000 entries over the three years after registering, newest at NOW.
      Instant registered = SampleCustomers.registeredAt(0);
      Duration step = Duration.between(registered, NOW).dividedBy(TIMELINE);
      Customer c = SampleCustomers.person(0, customer, registered);
      for (int m = 0; m < MOVES.length; m++) {
        c = c.moveTo(MOVES[m], null, "", "bench", registered.plus(step.multipliedBy(1L + m * 1000L)));
      }
      customers.save(c);
      int purchaseCount = TIMELINE - INTERACTIONS - c.lifecycleHistory().size();
      int called = 0;
      int bought = 0;
      for (int k = 0; k < INTERACTIONS + purchaseCount; k++) {
        Instant at = NOW.minus(step.multipliedBy(k));
        if (k % 10 >= 7 && bought < purchaseCount || called == INTERACTIONS) {
          purchases.record(Purchase.of(OrderReference.of("order-0-" + k), customer, at, amount));
          bought++;
        } else {
          interactions.append(call(InteractionId.of(ids.nextId()), customer, at, k));
          called++;
        }
      }
      FollowUpRepository followUps = provider.followUps();
      followUps.save(FollowUp.open(FollowUpId.of(ids.nextId()), customer, Purpose.SALES, "Renewal offer",
          NOW.plus(Duration.ofDays(2)), Priority.HIGH, "agent-7", Origin.manual(), NOW));
      followUps.save(FollowUp.open(FollowUpId.of(ids.nextId()), customer, Purpose.of("service"), "Delivery question",
          NOW.plus(Duration.ofDays(1)), Priority.NORMAL, "agent-7", Origin.manual(), NOW));
      overview = Crm.builder().storage(provider).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().overview();

      int entries = 0;
      for (TimelinePage page = overview.timeline(actor, customer, null, 500); ;
          page = overview.timeline(actor, customer, page.nextCursor(), 500)) {
        entries += page.entries().size();
        if (page.nextCursor() == null) {
          break;
        }
      }
      if (entries != TIMELINE) {
        throw new IllegalStateException("the timeline holds " + entries + " entries, not " + TIMELINE);
      }

      baseline = new ConcurrentSkipListMap<>();
      for (int k = 0; k < TIMELINE; k++) {
        baseline.put(NOW.minus(step.multipliedBy(k)), new Object());
      }
    }
  }

  /**
   * The customer's 360° view.
   *
   * @param view the customer
   * @return the view
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public CustomerOverview overview(Viewed view) {
    return view.overview.overview(view.actor, view.customer);
  }

  /**
   * The first page of the customer's timeline: the newest {@value #PAGE} entries.
   *
   * @param view the customer
   * @return the page
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public TimelinePage timelineFirstPage(Viewed view) {
    return view.overview.timeline(view.actor, view.customer, null, PAGE);
  }

  /**
   * The baseline for the view and the timeline: the newest {@value #PAGE} of 10,000 entries.
   *
   * @param view the skip list
   * @return the entries
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public List<Object> baselineTimeline(Viewed view) {
    List<Object> page = new ArrayList<>(PAGE);
    Iterator<Object> newest = view.baseline.descendingMap().values().iterator();
    while (page.size() < PAGE && newest.hasNext()) {
      page.add(newest.next());
    }
    return page;
  }
}
