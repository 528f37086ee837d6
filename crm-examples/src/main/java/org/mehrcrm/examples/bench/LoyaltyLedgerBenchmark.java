package org.mehrcrm.examples.bench;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.loyalty.EarningRules;
import org.mehrcrm.loyalty.ExpiryPolicy;
import org.mehrcrm.loyalty.IdempotencyKey;
import org.mehrcrm.loyalty.InsufficientPointsException;
import org.mehrcrm.loyalty.LedgerCommand;
import org.mehrcrm.loyalty.LoyaltyAccount;
import org.mehrcrm.loyalty.MembershipId;
import org.mehrcrm.loyalty.PointCurrency;
import org.mehrcrm.loyalty.Posting;
import org.mehrcrm.loyalty.PostingHistory;
import org.mehrcrm.loyalty.PostingId;
import org.mehrcrm.loyalty.Programme;
import org.mehrcrm.loyalty.ProgrammeId;
import org.mehrcrm.loyalty.Purchase;
import org.mehrcrm.loyalty.SourceRef;
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

/**
 * The loyalty ledger under a million mixed commands (earn, redeem, expiry run) over 10,000
 * member accounts, and balance reads, next to plain baselines measured in the same run.
 *
 * <p>Run: {@code java -cp crm-examples/target/crm.jar org.openjdk.jmh.Main LoyaltyLedger -f 1 -wi 3 -i 5}.
 * The trial setup draws the command sequence once (seeded): 60 % purchases of EUR 1–200 (1 point
 * per euro), 30 % redemptions of 1–150 points (issued only if the member's available balance
 * covers them, as a till would check), 10 % expiry runs; one simulated minute passes between
 * commands, so lots (3-month expiry, 7-day pending period) expire along the way. Each invocation
 * starts from freshly enrolled accounts held in a {@link HashMap}, with each account's postings
 * appended to a list and indexed by key and source (what a repository does), and applies all
 * commands through {@link LoyaltyAccount#handle} / {@link LoyaltyAccount#expire} — the domain
 * path, with idempotency lookups, lot selection and invariant checks, but no storage adapter.
 * Mode: single shot, reported per command, in nanoseconds.
 * <ul>
 *   <li>{@link #ledger}: the domain path;</li>
 *   <li>{@link #baselineLongArray}: the same sequence as additions to a {@code long[]} of balances;</li>
 *   <li>{@link #baselineHashMap}: the same as updates of a {@code HashMap<MembershipId, long[]>}.</li>
 * </ul>
 * {@link #balanceRead} and {@link #baselineBalanceRead} compare reading a balance from the account
 * map with reading it from a {@code HashMap<MembershipId, long[]>} (average time per read).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class LoyaltyLedgerBenchmark {
  private static final int COMMANDS = 1_000_000;
  private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
  private static final ProgrammeId CLUB = ProgrammeId.of("club");

  /** How many member accounts the commands are spread over. */
  @Param("10000")
  public int members;

  private final Programme programme = Programme.builder(CLUB, "Bench Club", ZoneId.of("Europe/Berlin"),
          PointCurrency.of("PTS", "Points", Money.of("0.01", "EUR")))
      .rules(Instant.EPOCH, List.of(EarningRules.perAmountSpent(Money.of("1", "EUR"), 1, RoundingMode.DOWN)))
      .expiry(ExpiryPolicy.after(Period.ofMonths(3)))
      .pendingPeriod(Duration.ofDays(7))
      .build();
  private MembershipId[] ids = new MembershipId[0];
  private CustomerId[] customers = new CustomerId[0];
  private int[] member = new int[0];
  private LedgerCommand[] commands = new LedgerCommand[0];
  private long[] points = new long[0];
  private Instant[] times = new Instant[0];
  private Map<MembershipId, LoyaltyAccount> filled = new HashMap<>();
  private Map<MembershipId, long[]> filledBaseline = new HashMap<>();
  private int[] readOrder = new int[0];

  /** Creates the benchmark; JMH calls {@link #draw()} before measuring. */
  public LoyaltyLedgerBenchmark() {
  }

  /** Draws the command sequence, and fills the maps the read benchmarks use, once per trial. */
  @Setup(Level.Trial)
  public void draw() {
    ids = new MembershipId[members];
    customers = new CustomerId[members];
    for (int m = 0; m < members; m++) {
      ids[m] = MembershipId.of("M-" + m);
      customers[m] = CustomerId.of("C-" + m);
    }
    Random random = new Random(42);
    member = new int[COMMANDS];
    commands = new LedgerCommand[COMMANDS];
    points = new long[COMMANDS];
    times = new Instant[COMMANDS];
    for (int i = 0; i < COMMANDS; i++) {
      int m = random.nextInt(members);
      member[i] = m;
      times[i] = T0.plusSeconds(60L * i);
      int roll = random.nextInt(10);
      if (roll < 6) {
        long cents = 100 + random.nextInt(19_900);
        points[i] = cents / 100;
        Money total = Money.of(java.math.BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance("EUR"));
        commands[i] = new LedgerCommand.Earn(IdempotencyKey.of("e" + i),
            Purchase.of(customers[m], SourceRef.of("order-" + i), times[i], total, List.of()));
      } else if (roll < 9) {
        points[i] = -(1 + random.nextInt(150));
        commands[i] = new LedgerCommand.Redeem(IdempotencyKey.of("r" + i), -points[i], "voucher", null);
      } else {
        points[i] = 0;
        commands[i] = null; // an expiry run
      }
    }
    Map<MembershipId, Ledger> ledgers = enrolAll();
    long[] outcome = runLedger(ledgers);
    filled = new HashMap<>();
    filledBaseline = new HashMap<>();
    long postings = 0;
    for (Map.Entry<MembershipId, Ledger> e : ledgers.entrySet()) {
      filled.put(e.getKey(), e.getValue().account);
      filledBaseline.put(e.getKey(), new long[] {e.getValue().account.balance()});
      postings += e.getValue().postings.size();
    }
    readOrder = new int[1 << 20];
    for (int k = 0; k < readOrder.length; k++) {
      readOrder[k] = random.nextInt(members);
    }
    System.out.printf("%n[loyalty bench] %d commands made %d postings; %d redemptions refused; total balance %d%n",
        COMMANDS, postings, outcome[1], outcome[0]);
  }

  private Map<MembershipId, Ledger> enrolAll() {
    Map<MembershipId, Ledger> ledgers = new HashMap<>(members * 2);
    for (int m = 0; m < members; m++) {
      LoyaltyAccount enrolled = LoyaltyAccount.enrol(ids[m], programme, customers[m], T0);
      ledgers.put(ids[m], new Ledger(LoyaltyAccount.restore(enrolled.snapshot())));
    }
    return ledgers;
  }

  /**
   * Freshly enrolled accounts for one single-shot invocation of {@link #ledger}.
   *
   * <p>Example: {@code fresh.ledgers.get(id)}. One per thread; not thread-safe.
   */
  @State(Scope.Thread)
  public static class Fresh {
    private Map<MembershipId, Ledger> ledgers = new HashMap<>();

    /**
     * Enrols every member afresh before each invocation.
     *
     * @param bench the benchmark holding the members
     */
    @Setup(Level.Invocation)
    public void enrol(LoyaltyLedgerBenchmark bench) {
      ledgers = bench.enrolAll();
    }
  }

  /**
   * Applies the million commands through the domain.
   *
   * @param fresh the freshly enrolled accounts
   * @return the total balance and the refused redemptions
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(COMMANDS)
  public long[] ledger(Fresh fresh) {
    return runLedger(fresh.ledgers);
  }

  private long[] runLedger(Map<MembershipId, Ledger> ledgers) {
    long refused = 0;
    for (int i = 0; i < COMMANDS; i++) {
      Ledger ledger = ledgers.get(ids[member[i]]);
      LoyaltyAccount account = ledger.account;
      LedgerCommand command = commands[i];
      if (command == null) {
        ledger.save(account.expire(programme, times[i]));
      } else if (points[i] < 0 && account.available() < -points[i]) {
        refused++;
      } else {
        try {
          ledger.save(account.handle(command, programme, ledger, "till", times[i]));
        } catch (InsufficientPointsException e) {
          refused++; // points expired at this very moment
        }
      }
    }
    long total = 0;
    for (Ledger l : ledgers.values()) {
      total += l.account.balance();
    }
    return new long[] {total, refused};
  }

  /**
   * The baseline for {@link #ledger}: the same amounts added to a {@code long[]} of balances.
   *
   * @return the balances
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(COMMANDS)
  public long[] baselineLongArray() {
    long[] balances = new long[members];
    for (int i = 0; i < COMMANDS; i++) {
      long p = points[i];
      int m = member[i];
      if (p >= 0 || balances[m] >= -p) {
        balances[m] += p;
      }
    }
    return balances;
  }

  /**
   * The baseline for {@link #ledger}: the same amounts applied to a {@code HashMap} of balances by
   * membership id.
   *
   * @return the balances
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(COMMANDS)
  public Map<MembershipId, long[]> baselineHashMap() {
    Map<MembershipId, long[]> balances = new HashMap<>(members * 2);
    for (int m = 0; m < members; m++) {
      balances.put(ids[m], new long[1]);
    }
    for (int i = 0; i < COMMANDS; i++) {
      long p = points[i];
      long[] balance = balances.get(ids[member[i]]);
      if (p >= 0 || balance[0] >= -p) {
        balance[0] += p;
      }
    }
    return balances;
  }

  /**
   * Where each thread is in the read order.
   *
   * <p>Example: {@code readOrder[cursor.next()]}. One per thread; not thread-safe.
   */
  @State(Scope.Thread)
  public static class Cursor {
    private int position;

    /**
     * Returns the next index, wrapping around.
     *
     * @return an index into the read order
     */
    public int next() {
      position = (position + 1) & ((1 << 20) - 1);
      return position;
    }
  }

  /**
   * Reads a balance from the account map filled by the trial setup.
   *
   * @param cursor the thread's position
   * @return the balance
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public long balanceRead(Cursor cursor) {
    return filled.get(ids[readOrder[cursor.next()]]).balance();
  }

  /**
   * The baseline for {@link #balanceRead}: the same read from a {@code HashMap<MembershipId, long[]>}.
   *
   * @param cursor the thread's position
   * @return the balance
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public long baselineBalanceRead(Cursor cursor) {
    return filledBaseline.get(ids[readOrder[cursor.next()]])[0];
  }

  /** One account with its postings, indexed the way a repository indexes them. */
  static final class Ledger implements PostingHistory {
    private LoyaltyAccount account;
    private final ArrayList<Posting> postings = new ArrayList<>();
    private final Map<IdempotencyKey, List<Posting>> byKey = new HashMap<>();
    private final Map<SourceRef, List<Posting>> bySource = new HashMap<>();
    private final Map<PostingId, List<Posting>> corrections = new HashMap<>();

    Ledger(LoyaltyAccount account) {
      this.account = account;
    }

    void save(LoyaltyAccount changed) {
      if (changed == account) {
        return;
      }
      for (Posting p : changed.pendingPostings()) {
        postings.add(p);
        byKey.computeIfAbsent(p.key(), k -> new ArrayList<>(1)).add(p);
        if (p.source() != null) {
          bySource.computeIfAbsent(p.source(), k -> new ArrayList<>(1)).add(p);
        }
        if (p.reverses() != null) {
          corrections.computeIfAbsent(p.reverses(), k -> new ArrayList<>(1)).add(p);
        }
      }
      account = LoyaltyAccount.restore(changed.snapshot().withVersion(changed.version() + 1));
    }

    @Override
    public List<Posting> byKey(IdempotencyKey key) {
      return byKey.getOrDefault(key, List.of());
    }

    @Override
    public Optional<Posting> byId(PostingId id) {
      long n = id.sequence();
      return n <= postings.size() ? Optional.of(postings.get((int) n - 1)) : Optional.empty();
    }

    @Override
    public List<Posting> correctionsOf(PostingId id) {
      return corrections.getOrDefault(id, List.of());
    }

    @Override
    public List<Posting> bySource(SourceRef source) {
      return bySource.getOrDefault(source, List.of());
    }
  }
}
