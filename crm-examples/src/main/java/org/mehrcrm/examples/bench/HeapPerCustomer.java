package org.mehrcrm.examples.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.ref.Reference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.spi.StorageProvider;
import org.mehrcrm.spi.memory.InMemoryStorageProvider;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the heap a typical customer occupies in the in-memory storage provider, indexes
 * included.
 *
 * <p>Run: {@code java -Xmx4g -cp crm-examples/target/crm.jar org.mehrcrm.examples.bench.HeapPerCustomer 1000000}.
 * It loads {@code N} customers of {@link SampleCustomers} into a fresh provider and divides the
 * growth of the used heap, taken after full collections, by {@code N}: once with names that
 * repeat as real ones do, once with every name distinct (the name index's worst case). Then it
 * shows what dominates: JOL's exact walk of a provider holding a smaller sample, by class, and
 * the objects one more customer adds. Example:
 * <pre>{@code
 * HeapPerCustomer.Result r = HeapPerCustomer.measure(1_000_000, 20_000, out);
 * r.bytesPerCustomer();  // compare with TARGET_BYTES
 * }</pre>
 */
public final class HeapPerCustomer {
  /** The budget per customer that {@code docs/performance.md} checks against. */
  public static final long TARGET_BYTES = 1024;

  private HeapPerCustomer() {}

  /**
   * What {@link #measure} found.
   *
   * @param customers how many customers were loaded for the used-heap measurements
   * @param bytesPerCustomer used heap per customer, names repeating as in real data
   * @param bytesPerCustomerWithDistinctNames used heap per customer, every name distinct
   * @param jolSample how many customers the JOL walk covered
   * @param jolBytesPerCustomer the provider's exact size per customer in that walk
   * @param marginalCustomerBytes what one more customer adds to a customer's object graph: the
   *     objects it does not share with another customer
   */
  public record Result(int customers, long bytesPerCustomer, long bytesPerCustomerWithDistinctNames,
      int jolSample, long jolBytesPerCustomer, long marginalCustomerBytes) {}

  /** Makes sample customer {@code n}. */
  @FunctionalInterface
  private interface Sample {
    Customer make(int n, CustomerId id, Instant at);
  }

  /**
   * Measures and prints a report.
   *
   * @param args the number of customers, default 1,000,000, and the JOL sample, default 20,000
   */
  public static void main(String[] args) {
    int customers = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    int sample = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 20_000;
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, UTF_8), true);
    measure(customers, sample, out);
  }

  /**
   * Loads customers, measures and prints a report.
   *
   * @param customers how many customers to load for the used-heap measurements, at least 1
   * @param jolSample how many to load for the JOL walk, at least 2
   * @param out where the report goes
   * @return the figures
   */
  public static Result measure(int customers, int jolSample, PrintWriter out) {
    if (customers < 1 || jolSample < 2) {
      throw new IllegalArgumentException("customers must be at least 1, jolSample at least 2");
    }
    out.printf(Locale.ROOT, "Heap per customer in the in-memory provider (Java %s, max heap %,d MiB)%n",
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    out.flush();

    // Warm up: load classes, phone metadata and caches, so that only customers are counted.
    load(new InMemoryStorageProvider(), Math.min(customers, 10_000), SampleCustomers::person);
    load(new InMemoryStorageProvider(), Math.min(customers, 10_000), SampleCustomers::personWithDistinctName);

    long perCustomer = usedHeapPerCustomer(customers, SampleCustomers::person,
        "names repeating as in real data", out);
    long perDistinct = usedHeapPerCustomer(customers, SampleCustomers::personWithDistinctName,
        "every name distinct", out);

    // JOL reads record fields only through its "magic" offsets on JDK 17; without an agent it
    // computes sizes from the class layouts, which is exact on HotSpot.
    System.setProperty("jol.magicFieldOffset", "true");
    System.setProperty("jol.skipDynamicAttach", "true");
    System.setProperty("jol.skipInstallAttach", "true");
    StorageProvider small = new InMemoryStorageProvider();
    CustomerId[] ids = load(small, jolSample, SampleCustomers::person);
    GraphLayout whole = GraphLayout.parseInstance(small);
    long jolPerCustomer = whole.totalSize() / jolSample;
    out.printf(Locale.ROOT, "%nJOL walk of a provider holding %,d customers: %,d bytes in %,d objects"
        + " = %,d bytes per customer%n", jolSample, whole.totalSize(), whole.totalCount(), jolPerCustomer);
    printByClass(whole, jolSample, out);

    Customer first = small.customers().findById(ids[0]).orElseThrow();
    Customer second = small.customers().findById(ids[1]).orElseThrow();
    GraphLayout own = GraphLayout.parseInstance(first, second).subtract(GraphLayout.parseInstance(first));
    out.printf(Locale.ROOT, "%nOne customer's own objects (those it shares with no other customer):"
        + " %,d bytes in %,d objects%n", own.totalSize(), own.totalCount());
    printByClass(own, 1, out);
    out.flush();
    return new Result(customers, perCustomer, perDistinct, jolSample, jolPerCustomer, own.totalSize());
  }

  /** Loads customers into a fresh provider; returns the growth of the used heap per customer. */
  private static long usedHeapPerCustomer(int customers, Sample sample, String label, PrintWriter out) {
    long before = usedAfterGc();
    StorageProvider provider = new InMemoryStorageProvider();
    load(provider, customers, sample);
    long after = usedAfterGc();
    Reference.reachabilityFence(provider);
    long perCustomer = (after - before) / customers;
    out.printf(Locale.ROOT, "%nUsed heap after full GC, %s:%n  %,d bytes before, %,d after loading"
        + " %,d customers%n  = %,d bytes per customer (target: at most %,d)%n",
        label, before, after, customers, perCustomer, TARGET_BYTES);
    out.flush();
    return perCustomer;
  }

  private static void printByClass(GraphLayout layout, int per, PrintWriter out) {
    List<Class<?>> classes = new ArrayList<>(layout.getClasses());
    classes.sort(Comparator.comparingLong((Class<?> c) -> layout.getClassSizes().count(c)).reversed()
        .thenComparing(Class::getName));
    boolean perCustomer = per > 1;
    out.printf(Locale.ROOT, "  %12s %12s  %s%n", perCustomer ? "objects/cust" : "objects",
        perCustomer ? "bytes/cust" : "bytes", "class");
    int shown = 0;
    for (Class<?> c : classes) {
      long bytes = layout.getClassSizes().count(c);
      if (shown == 20 || bytes * 100 < layout.totalSize()) {
        break;
      }
      out.printf(Locale.ROOT, perCustomer ? "  %12.2f %12.1f  %s%n" : "  %12.0f %12.0f  %s%n",
          layout.getClassCounts().count(c) / (double) per, bytes / (double) per, c.getName());
      shown++;
    }
  }

  /** Saves customers 0 to {@code count - 1}; returns the first two ids. */
  private static CustomerId[] load(StorageProvider provider, int count, Sample sample) {
    CustomerRepository repository = provider.customers();
    for (int n = 0; n < count; n++) {
      repository.save(sample.make(n, SampleCustomers.id(n), SampleCustomers.registeredAt(n)));
    }
    return new CustomerId[] {SampleCustomers.id(0), SampleCustomers.id(Math.min(1, count - 1))};
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 8; i++) {
      System.gc();
      long now = rt.totalMemory() - rt.freeMemory();
      if (Math.abs(used - now) < 64 * 1024) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
