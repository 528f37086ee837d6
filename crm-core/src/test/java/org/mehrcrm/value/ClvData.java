package org.mehrcrm.value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The published CLV data sets in {@code shared/data/clv}, found by walking up from the working directory. */
final class ClvData {
  private ClvData() {}

  /** Returns {@code shared/data/clv/<relative>}, or fails with a message saying where it looked. */
  static Path file(String relative) {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve("clv");
      if (Files.isDirectory(candidate)) {
        return candidate.resolve(relative);
      }
    }
    throw new IllegalStateException("the CLV data directory shared/data/clv was not found in " + start
        + " or any directory above it; the value tests need the published data sets there");
  }

  /** Reads a CSV with a header into columns by name. */
  static Table csv(String relative) {
    try {
      List<String> lines = Files.readAllLines(file(relative));
      String[] header = lines.get(0).strip().split(",");
      List<double[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        rows.add(Arrays.stream(line.strip().split(",")).mapToDouble(Double::parseDouble).toArray());
      }
      return new Table(Arrays.asList(header), rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Columns of numbers with a header. */
  record Table(List<String> header, List<double[]> rows) {
    double[] column(String name) {
      int index = header.indexOf(name);
      if (index < 0) {
        throw new IllegalArgumentException("no column " + name + " in " + header);
      }
      return rows.stream().mapToDouble(row -> row[index]).toArray();
    }
  }

  /** The 2,357 CDNOW customers over the 39-week calibration, rounded to 2 decimals (lifetimes). */
  static PurchaseHistories cdnow() {
    Table t = csv("lifetimes/cdnow_customers_summary.csv");
    return PurchaseHistories.of(t.column("frequency"), t.column("recency"), t.column("T"));
  }

  /** The same customers with unrounded recency and age (BTYD). */
  static PurchaseHistories cdnowExact() {
    Table t = csv("btyd/cdnowSummary_cbs.csv");
    return PurchaseHistories.of(t.column("x"), t.column("t.x"), t.column("T.cal"));
  }

  /** The 946 CDNOW repeat buyers with the mean of their repeat purchases. */
  static SpendHistories cdnowSpend() {
    Table t = csv("lifetimes/cdnow_customers_summary_with_transactions.csv");
    double[] x = t.column("x");
    double[] z = t.column("zbar");
    return SpendHistories.of(Arrays.stream(x).filter(v -> v > 0).toArray(),
        java.util.stream.IntStream.range(0, x.length).filter(i -> x[i] > 0).mapToDouble(i -> z[i]).toArray());
  }

  /** The 946 CDNOW repeat buyers with their unrounded mean repeat spend (BTYD's m.x). */
  static SpendHistories cdnowSpendExact() {
    Table t = csv("btyd/cdnowSummary_cbs.csv");
    double[] x = t.column("x");
    double[] m = t.column("m.x");
    return SpendHistories.of(Arrays.stream(x).filter(v -> v > 0).toArray(),
        java.util.stream.IntStream.range(0, x.length).filter(i -> x[i] > 0).mapToDouble(i -> m[i]).toArray());
  }

  /** The donations data, compressed: 22 rows, 11,104 donors, 6 opportunities. */
  static PurchaseHistories donations() {
    Table t = csv("lifetimes/donations.csv");
    return PurchaseHistories.weighted(t.column("frequency"), t.column("recency"), t.column("periods"),
        t.column("weights"));
  }
}
