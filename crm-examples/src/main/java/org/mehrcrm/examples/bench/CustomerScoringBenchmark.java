package org.mehrcrm.examples.bench;

import java.util.concurrent.TimeUnit;
import org.mehrcrm.value.BgNbd;
import org.mehrcrm.value.GammaGamma;
import org.mehrcrm.value.LifetimeValue;
import org.mehrcrm.value.ValueHorizon;
import org.mehrcrm.value.ValueScore;
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
 * Scoring a million customers (the CDNOW sample replicated 424 times) on one thread: per customer
 * P(alive), the purchases expected in the next 52 weeks, the expected spend (Gamma-Gamma) and
 * the CLV over those 52 weeks in {@code periods} equal periods discounted at 1% each.
 *
 * <p>Run: {@code java -cp crm-examples/target/crm.jar org.openjdk.jmh.Main CustomerScoring -f 1 -wi 3 -i 5}.
 * With {@code periods = 1} the CLV needs one conditional expectation per customer; with 12
 * (monthly discounting, as lifetimes does) it needs twelve, which BG/NBD evaluates in one pass.
 * Mode: average time to score all 999,368 customers, in milliseconds; customers per second =
 * 999,368 / time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class CustomerScoringBenchmark {

  /** The discounting periods in the 52-week horizon. */
  @Param({"1", "12"})
  public int periods;

  private double[] x = new double[0];
  private double[] tx = new double[0];
  private double[] age = new double[0];
  private double[] meanSpend = new double[0];
  private LifetimeValue value = LifetimeValue.of(BgNbd.standard().withParameters(1, 1, 1, 1),
      GammaGamma.model().withParameters(1, 2, 1), ValueHorizon.of(1, 1, 0), 1);

  /** Creates the benchmark with placeholders; JMH calls {@link #load()} before measuring. */
  public CustomerScoringBenchmark() {}

  /** Reads the customers and sets the models at the published CDNOW estimates, once per trial. */
  @Setup(Level.Trial)
  public void load() {
    CdnowCustomers c = CdnowCustomers.replicated(424);
    x = c.frequency;
    tx = c.recency;
    age = c.age;
    meanSpend = c.meanSpend;
    value = LifetimeValue.of(BgNbd.standard().withParameters(0.243, 4.414, 0.793, 2.426),
        GammaGamma.model().withParameters(6.25, 3.74, 15.44), ValueHorizon.of(periods, 52.0 / periods, 0.01), 0.3);
  }

  /**
   * Scores every customer.
   *
   * @return the sum of the scores, so that none is optimised away
   */
  @Benchmark
  public double scoreCustomers() {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      ValueScore s = value.score(x[i], tx[i], age[i], meanSpend[i]);
      sum += s.probabilityAlive() + s.expectedPurchases() + s.expectedSpend() + s.clv();
    }
    return sum;
  }
}
