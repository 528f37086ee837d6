package org.mehrcrm.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mehrcrm.value.BgNbd;
import org.mehrcrm.value.GammaGamma;
import org.mehrcrm.value.LifetimeValue;
import org.mehrcrm.value.ModelFit;
import org.mehrcrm.value.PurchaseHistories;
import org.mehrcrm.value.SpendHistories;
import org.mehrcrm.value.ValueHorizon;
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
 * Fitting BG/NBD and Gamma-Gamma on the CDNOW customers, as published and replicated 424 times
 * (999,368 customers: the same maximum, 424 times the work), and scoring a million customers.
 *
 * <p>Run: {@code java -cp crm-examples/target/crm.jar org.openjdk.jmh.Main CustomerValue -f 1 -wi 3 -i 5},
 * then right after, on the same machine, {@code python3 ../shared/tools/clv_reference.py} and
 * {@code python3 ../shared/tools/clv_reference.py --tile 424 --repeat 3} for the scipy baseline.
 * The data is read from {@code shared/data/clv}, found by walking up from the working directory.
 * The replicated customers are copies, not weights: every fit evaluates the likelihood of each of
 * them. A fit includes the standard errors (8 more gradient evaluations), which the scipy
 * figures leave out. Scoring computes, per customer, P(alive), the purchases expected in 52 weeks,
 * the expected spend and the CLV over 12 monthly periods discounted at 1% a month. Mode: average
 * time per operation, in milliseconds; one scoring operation scores all customers.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class CustomerValueBenchmark {

  /** How many times the 2,357 CDNOW customers are replicated. */
  @Param({"1", "424"})
  public int tile;

  private PurchaseHistories histories = PurchaseHistories.of(new double[] {0}, new double[] {0}, new double[] {1});
  private SpendHistories spend = SpendHistories.of(new double[] {1}, new double[] {1});
  private double[] x = new double[0];
  private double[] tx = new double[0];
  private double[] age = new double[0];
  private double[] meanSpend = new double[0];
  private LifetimeValue value = LifetimeValue.of(BgNbd.standard().withParameters(1, 1, 1, 1),
      GammaGamma.model().withParameters(1, 2, 1), ValueHorizon.of(1, 1, 0), 1);

  /** Creates the benchmark with placeholders; JMH calls {@link #load()} before measuring. */
  public CustomerValueBenchmark() {}

  /** Reads and replicates the CDNOW summary, once per trial. */
  @Setup(Level.Trial)
  public void load() {
    List<String> lines;
    try {
      lines = Files.readAllLines(dataFile("lifetimes/cdnow_customers_summary_with_transactions.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int n = lines.size() - 1;
    int total = n * tile;
    x = new double[total];
    tx = new double[total];
    age = new double[total];
    meanSpend = new double[total];
    int repeaters = 0;
    for (int i = 0; i < n; i++) {
      String[] f = lines.get(i + 1).strip().split(",");
      for (int k = 0; k < tile; k++) {
        int j = k * n + i;
        x[j] = Double.parseDouble(f[1]);
        tx[j] = Double.parseDouble(f[2]);
        age[j] = Double.parseDouble(f[3]);
        meanSpend[j] = Double.parseDouble(f[4]);
        if (x[j] > 0) {
          repeaters++;
        }
      }
    }
    double[] fx = new double[repeaters];
    double[] fm = new double[repeaters];
    for (int j = 0, r = 0; j < total; j++) {
      if (x[j] > 0) {
        fx[r] = x[j];
        fm[r++] = meanSpend[j];
      }
    }
    histories = PurchaseHistories.of(x, tx, age);
    spend = SpendHistories.of(fx, fm);
    value = LifetimeValue.of(BgNbd.standard().withParameters(0.243, 4.414, 0.793, 2.426),
        GammaGamma.model().withParameters(6.25, 3.74, 15.44), ValueHorizon.of(12, 52.0 / 12, 0.01), 0.3);
  }

  private static Path dataFile(String relative) {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve("clv");
      if (Files.isDirectory(candidate)) {
        return candidate.resolve(relative);
      }
    }
    throw new IllegalStateException("shared/data/clv not found in " + start + " or above");
  }

  /**
   * Fits BG/NBD with standard errors.
   *
   * @return the fit
   */
  @Benchmark
  public ModelFit fitBgNbd() {
    return BgNbd.standard().fit(histories).summary();
  }

  /**
   * Fits Gamma-Gamma on the repeat buyers, with standard errors.
   *
   * @return the fit
   */
  @Benchmark
  public ModelFit fitGammaGamma() {
    return GammaGamma.model().fit(spend).summary();
  }

  /**
   * Scores every customer: P(alive), expected purchases and spend, discounted CLV.
   *
   * @return the sum of the scores, so that none is optimised away
   */
  @Benchmark
  public double scoreCustomers() {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      var s = value.score(x[i], tx[i], age[i], meanSpend[i]);
      sum += s.probabilityAlive() + s.expectedPurchases() + s.clv();
    }
    return sum;
  }
}
