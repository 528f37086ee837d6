package org.mehrcrm.examples.bench;

import java.util.concurrent.TimeUnit;
import org.mehrcrm.value.BgNbd;
import org.mehrcrm.value.GammaGamma;
import org.mehrcrm.value.ModelFit;
import org.mehrcrm.value.PurchaseHistories;
import org.mehrcrm.value.SpendHistories;
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
 * (999,368 customers: the same maximum, 424 times the work).
 *
 * <p>Run: {@code java -cp crm-examples/target/crm.jar org.openjdk.jmh.Main CustomerValueFit -f 1 -wi 3 -i 5},
 * then right after, on the same machine, the scipy baseline: {@code python3
 * ../shared/tools/clv_reference.py} and {@code python3 ../shared/tools/clv_reference.py --tile 424
 * --repeat 3} (see {@code docs/performance.md} for Gamma-Gamma at 424). The replicated customers
 * are copies, not weights: every evaluation goes through each of them. A fit includes its
 * standard errors (8 more gradient evaluations for BG/NBD, 6 for Gamma-Gamma), which the scipy
 * figures leave out. Mode: average time per fit, in milliseconds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class CustomerValueFitBenchmark {

  /** How many times the 2,357 CDNOW customers are replicated. */
  @Param({"1", "424"})
  public int tile;

  private PurchaseHistories histories = PurchaseHistories.of(new double[] {0}, new double[] {0}, new double[] {1});
  private SpendHistories spend = SpendHistories.of(new double[] {1}, new double[] {1});

  /** Creates the benchmark with placeholders; JMH calls {@link #load()} before measuring. */
  public CustomerValueFitBenchmark() {}

  /** Reads and replicates the CDNOW summary, once per trial. */
  @Setup(Level.Trial)
  public void load() {
    CdnowCustomers c = CdnowCustomers.replicated(tile);
    histories = PurchaseHistories.of(c.frequency, c.recency, c.age);
    double[][] buyers = c.repeatBuyers();
    spend = SpendHistories.of(buyers[0], buyers[1]);
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
}
