package org.mehrcrm.examples.bench;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.customer.EmailAddress;
import org.mehrcrm.spi.memory.InMemoryStorageProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lookups in the in-memory storage provider holding a million typical customers, next to the
 * same lookups in a plain {@link ConcurrentHashMap}, measured in the same run.
 *
 * <p>Run: {@code java -cp crm-examples/target/crm.jar org.openjdk.jmh.Main InMemoryLookup -f 1 -wi 3 -i 5}.
 * The trial setup saves the customers of {@link SampleCustomers} straight into the provider's
 * {@link CustomerRepository} (no service, no events) and fills the baseline maps with the same
 * customers. Each call looks up the next of 2<sup>20</sup> keys drawn at random from all
 * customers; the keys are fresh objects, equal to but not identical with the stored ones, as they
 * would be when read from a request. Mode: average time per lookup, in nanoseconds. A control map
 * keyed by {@link CustomerId} shows how much of the gap to the baseline the typed id explains.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class InMemoryLookupBenchmark {
  private static final int KEYS = 1 << 20;
  private static final int MASK = KEYS - 1;

  /** How many customers the provider holds. */
  @Param("1000000")
  public int customers;

  private CustomerRepository repository;
  private ConcurrentHashMap<String, Object> baselineById;
  private ConcurrentHashMap<String, Object> baselineByEmail;
  private ConcurrentHashMap<CustomerId, Object> controlByTypedId;
  private CustomerId[] ids;
  private String[] idStrings;
  private EmailAddress[] emails;
  private String[] emailStrings;

  /** Creates the benchmark with empty placeholders; JMH calls {@link #load()} before measuring. */
  public InMemoryLookupBenchmark() {
    repository = new InMemoryStorageProvider().customers();
    baselineById = new ConcurrentHashMap<>();
    baselineByEmail = new ConcurrentHashMap<>();
    controlByTypedId = new ConcurrentHashMap<>();
    ids = new CustomerId[0];
    idStrings = new String[0];
    emails = new EmailAddress[0];
    emailStrings = new String[0];
  }

  /** Loads the customers and draws the keys, once per trial. */
  @Setup(Level.Trial)
  public void load() {
    CustomerId[] all = new CustomerId[customers];
    for (int n = 0; n < customers; n++) {
      all[n] = SampleCustomers.id(n);
    }
    repository = new InMemoryStorageProvider().customers();
    baselineById = new ConcurrentHashMap<>(customers);
    baselineByEmail = new ConcurrentHashMap<>(customers);
    controlByTypedId = new ConcurrentHashMap<>(customers);
    CustomerRepository target = repository;
    IntStream.range(0, customers).parallel().forEach(n -> {
      Customer saved = target.save(SampleCustomers.person(n, all[n], SampleCustomers.registeredAt(n)));
      baselineById.put(saved.id().value(), saved);
      baselineByEmail.put(SampleCustomers.email(n).value(), saved);
      controlByTypedId.put(saved.id(), saved);
    });

    Random random = new Random(7);
    ids = new CustomerId[KEYS];
    idStrings = new String[KEYS];
    emails = new EmailAddress[KEYS];
    emailStrings = new String[KEYS];
    for (int k = 0; k < KEYS; k++) {
      int n = random.nextInt(customers);
      ids[k] = CustomerId.of(copy(all[n].value()));
      idStrings[k] = copy(all[n].value());
      emails[k] = SampleCustomers.email(n);
      emailStrings[k] = SampleCustomers.email(n).value();
    }
    if (repository.findById(ids[0]).isEmpty() || repository.findByContact(emails[0]).size() != 1) {
      throw new IllegalStateException("the provider does not find a customer it stored");
    }
  }

  /** Returns an equal string with its own character array, as a key read from a request has. */
  private static String copy(String s) {
    return new String(s.toCharArray());
  }

  /**
   * Where each thread is in the key arrays.
   *
   * <p>Example: {@code ids[cursor.next()]}. One per thread; not thread-safe.
   */
  @State(Scope.Thread)
  public static class Cursor {
    private int position;

    /**
     * Returns the next key index, wrapping around.
     *
     * @return an index into the key arrays
     */
    public int next() {
      position = (position + 1) & MASK;
      return position;
    }
  }

  /**
   * Looks a customer up by id through {@link CustomerRepository#findById}.
   *
   * @param cursor the thread's position
   * @return the customer found
   */
  @Benchmark
  public Optional<Customer> findById(Cursor cursor) {
    return repository.findById(ids[cursor.next()]);
  }

  /**
   * Looks a customer up by e-mail address through {@link CustomerRepository#findByContact}.
   *
   * @param cursor the thread's position
   * @return the customers found
   */
  @Benchmark
  public List<Customer> findByEmail(Cursor cursor) {
    return repository.findByContact(emails[cursor.next()]);
  }

  /**
   * The baseline for {@link #findById}: a {@link ConcurrentHashMap} from id to customer.
   *
   * @param cursor the thread's position
   * @return the customer found
   */
  @Benchmark
  public Object baselineMapById(Cursor cursor) {
    return baselineById.get(idStrings[cursor.next()]);
  }

  /**
   * The baseline for {@link #findByEmail}: a {@link ConcurrentHashMap} from address to customer.
   *
   * @param cursor the thread's position
   * @return the customer found
   */
  @Benchmark
  public Object baselineMapByEmail(Cursor cursor) {
    return baselineByEmail.get(emailStrings[cursor.next()]);
  }

  /**
   * A control between {@link #baselineMapById} and {@link #findById}: a
   * {@link ConcurrentHashMap} keyed by the typed {@link CustomerId}, to tell the cost of the id
   * record (one more object to reach on each side of the comparison) from that of the provider.
   *
   * @param cursor the thread's position
   * @return the customer found
   */
  @Benchmark
  public Object controlMapByTypedId(Cursor cursor) {
    return controlByTypedId.get(ids[cursor.next()]);
  }
}
