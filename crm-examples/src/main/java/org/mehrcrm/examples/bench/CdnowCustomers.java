package org.mehrcrm.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The 2,357 CDNOW customers of the published BG/NBD fit, replicated a number of times, as
 * columns: frequency, recency, age (weeks) and mean repeat spend.
 *
 * <p>Example: {@code CdnowCustomers.replicated(424)} holds 999,368 customers. Read from
 * {@code shared/data/clv/lifetimes/cdnow_customers_summary_with_transactions.csv}, found by walking
 * up from the working directory. The copies are real rows, not weights. Not thread-safe: the
 * arrays are the benchmarks' own.
 */
final class CdnowCustomers {
  final double[] frequency;
  final double[] recency;
  final double[] age;
  final double[] meanSpend;

  private CdnowCustomers(int size) {
    frequency = new double[size];
    recency = new double[size];
    age = new double[size];
    meanSpend = new double[size];
  }

  /** Reads the sample and replicates it {@code tile} times. */
  static CdnowCustomers replicated(int tile) {
    List<String> lines;
    try {
      lines = Files.readAllLines(dataFile("lifetimes/cdnow_customers_summary_with_transactions.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int n = lines.size() - 1;
    CdnowCustomers c = new CdnowCustomers(n * tile);
    for (int i = 0; i < n; i++) {
      String[] f = lines.get(i + 1).strip().split(",");
      for (int k = 0; k < tile; k++) {
        int j = k * n + i;
        c.frequency[j] = Double.parseDouble(f[1]);
        c.recency[j] = Double.parseDouble(f[2]);
        c.age[j] = Double.parseDouble(f[3]);
        c.meanSpend[j] = Double.parseDouble(f[4]);
      }
    }
    return c;
  }

  /** Returns the customers with repeat purchases: their frequency and mean spend. */
  double[][] repeatBuyers() {
    int count = 0;
    for (double x : frequency) {
      if (x > 0) {
        count++;
      }
    }
    double[][] out = new double[2][count];
    for (int j = 0, r = 0; j < frequency.length; j++) {
      if (frequency[j] > 0) {
        out[0][r] = frequency[j];
        out[1][r++] = meanSpend[j];
      }
    }
    return out;
  }

  private static Path dataFile(String relative) {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve("clv");
      if (Files.isDirectory(candidate)) {
        return candidate.resolve(relative);
      }
    }
    throw new IllegalStateException("shared/data/clv not found in " + start + " or above; the value benchmarks need it");
  }
}
