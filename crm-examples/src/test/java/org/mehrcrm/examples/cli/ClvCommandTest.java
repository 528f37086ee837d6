package org.mehrcrm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("crm clv")
class ClvCommandTest {

  /** Returns {@code shared/data/clv/<relative>}, found by walking up from the working directory. */
  static String data(String relative) {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve("clv");
      if (Files.isDirectory(candidate)) {
        return candidate.resolve(relative).toString();
      }
    }
    throw new IllegalStateException("shared/data/clv not found in " + start + " or above; the clv tests need it");
  }

  private static double json(String out, String name) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":(-?[0-9.eE+-]+)").matcher(out);
    assertThat(m.find()).as("%s in %s", name, out).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  @DisplayName("fit prints the BG/NBD estimates with standard errors, log-likelihood and convergence")
  void fitPrintsEstimates() {
    Run run = Run.of("clv", "fit", "--model", "bg-nbd", "--input", data("lifetimes/cdnow_customers_summary.csv"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("model           bg-nbd");
    assertThat(lines.get(1)).isEqualTo("customers       2357");
    assertThat(lines.get(3)).startsWith("r                   0.2425");
    assertThat(lines.get(7)).startsWith("log-likelihood  -9582.42");
    assertThat(lines.get(8)).startsWith("converged       yes, ");
  }

  @Test
  @DisplayName("--json prints one object with the parameters under their published names")
  void fitPrintsJson() {
    Run run = Run.of("clv", "fit", "--model", "gamma-gamma", "--input", data("btyd/cdnowSummary_cbs.csv"), "--json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.out()).startsWith("{\"model\":\"gamma-gamma\",\"p\":").endsWith("}\n");
    assertThat(json(run.out(), "p")).isCloseTo(6.25, within(0.005));
    assertThat(json(run.out(), "q")).isCloseTo(3.74, within(0.005));
    assertThat(json(run.out(), "gamma")).isCloseTo(15.44, within(0.005));
    assertThat(json(run.out(), "customers")).isEqualTo(946);
  }

  @Test
  @DisplayName("fit reads compressed BG/BB data with weights")
  void fitReadsCompressedBgBbData() {
    Run run = Run.of("clv", "fit", "--model", "bg-bb", "--input", data("lifetimes/donations.csv"), "--json");
    assertThat(run.exitCode()).isZero();
    assertThat(json(run.out(), "alpha")).isCloseTo(1.204, within(0.0005));
    assertThat(json(run.out(), "delta")).isCloseTo(2.783, within(0.0005));
    assertThat(json(run.out(), "log_likelihood")).isCloseTo(-33225.6, within(0.05));
    assertThat(json(run.out(), "customers")).isEqualTo(11104);
  }

  @Test
  @DisplayName("a transaction log summarised at the calibration end gives BTYD's Pareto/NBD fit")
  void fitReadsATransactionLog() {
    Run run = Run.of("clv", "fit", "--model", "pareto-nbd", "--input", data("btyd/cdnowElog.csv"),
        "--calibration-end", "1997-09-30", "--json");
    assertThat(run.exitCode()).isZero();
    assertThat(json(run.out(), "r")).isCloseTo(0.553, within(0.0005));
    assertThat(json(run.out(), "beta")).isCloseTo(11.669, within(0.0005));
    assertThat(json(run.out(), "log_likelihood")).isCloseTo(-9595.0, within(0.05));
  }

  @Test
  @DisplayName("a whitespace-separated log without header is read with --columns")
  void fitReadsAHeaderlessLog() {
    Run run = Run.of("clv", "fit", "--model", "bg-nbd", "--input", data("lifetimes/CDNOW_sample.txt"),
        "--columns", "customer,sample,date,cds,amount", "--calibration-end", "1997-09-30", "--json");
    assertThat(run.exitCode()).isZero();
    assertThat(json(run.out(), "r")).isCloseTo(0.243, within(0.0005));
    assertThat(json(run.out(), "customers")).isEqualTo(2357);
  }

  @Test
  @DisplayName("an annual event log is counted in whole years for BG/BB")
  void fitReadsAnAnnualLogForBgBb() {
    Run run = Run.of("clv", "fit", "--model", "bg-bb", "--input", data("btyd/discreteSimElog.csv"),
        "--calibration-end", "1976-12-31", "--time-unit", "years", "--json");
    assertThat(run.exitCode()).isZero();
    assertThat(json(run.out(), "customers")).isEqualTo(10000);
    for (String name : new String[] {"alpha", "beta", "gamma", "delta"}) {
      assertThat(json(run.out(), name)).isPositive().isFinite();
    }
  }

  @Test
  @DisplayName("a transaction log without calibration end is a usage error")
  void transactionLogNeedsCalibrationEnd() {
    Run run = Run.of("clv", "fit", "--model", "bg-nbd", "--input", data("btyd/cdnowElog.csv"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "crm: A transaction log needs --calibration-end (see 'crm clv fit --help')");
  }

  @Test
  @DisplayName("an unknown model is a usage error naming the choices")
  void unknownModel() {
    Run run = Run.of("clv", "fit", "--model", "pnbd", "--input", data("lifetimes/donations.csv"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString()
        .contains("'pnbd' is not a model; choose one of bg-nbd, mbg-nbd, pareto-nbd, gamma-gamma, bg-bb");
  }

  @Test
  @DisplayName("a bad number names the row and column on one line")
  void badNumber(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "x,t_x,T\n1,2,3\n2,abc,5\n");
    Run run = Run.of("clv", "fit", "--model", "bg-nbd", "--input", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("crm: input row 2 column t_x: must be a number, not 'abc'");
  }

  @Test
  @DisplayName("score writes one CSV line per customer with P(alive), expectations, CLV, RFM and Pareto class")
  void scoreWritesCsv() {
    Run run = Run.of("clv", "score", "--input", data("lifetimes/cdnow_customers_summary_with_transactions.csv"),
        "--horizon", "39", "--periods", "9", "--margin", "0.3");
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2358);
    assertThat(lines.get(0)).isEqualTo("customer,frequency,recency,age,p_alive,expected_purchases,expected_spend,clv,"
        + "rfm,rfm_segment,pareto_class");
    String[] first = lines.get(1).split(",");
    assertThat(first[0]).isEqualTo("1");
    assertThat(Double.parseDouble(first[4])).isCloseTo(0.7266, within(0.00005));
    assertThat(Double.parseDouble(first[5])).isCloseTo(1.226, within(0.0005));
    assertThat(Double.parseDouble(first[6])).isCloseTo(24.66, within(0.01));
    assertThat(Double.parseDouble(first[7])).isPositive().isLessThan(0.3 * 24.66 * 1.226);
    assertThat(first[10]).isIn("A", "B", "C");
    assertThat(lines.stream().skip(1).filter(l -> l.endsWith(",A")).count()).isBetween(200L, 1500L);
  }

  @Test
  @DisplayName("score --output writes the CSV to a file")
  void scoreWritesToAFile(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("scores.csv");
    Run run = Run.of("clv", "score", "--model", "bg-bb", "--input", data("lifetimes/donations.csv"), "--horizon", "5",
        "--periods", "5", "--output", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(23);
    assertThat(lines.get(1)).startsWith("1,0,0,6,");
  }
}
