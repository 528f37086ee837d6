package org.mehrcrm.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.value.GammaGamma;
import org.mehrcrm.value.ParetoClassification;
import org.mehrcrm.value.PurchaseHistories;
import org.mehrcrm.value.PurchaseModel;
import org.mehrcrm.value.PurchasePredictor;
import org.mehrcrm.value.RfmScore;
import org.mehrcrm.value.RfmScoring;
import org.mehrcrm.value.SpendPredictor;
import org.mehrcrm.value.ValueClass;
import org.mehrcrm.value.ValueHorizon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crm clv score}: fits the models and writes a CSV line of predictions per customer. */
@Command(
    name = "score",
    description = {
        "Fits a purchase model (and Gamma-Gamma when the input has spend) and writes per customer: "
            + "P(alive), expected purchases and spend over the horizon, CLV, RFM score and segment, and "
            + "Pareto class (by CLV, or by expected purchases without spend).",
        "Example: crm clv score --input cdnow_customers_summary_with_transactions.csv --horizon 52 "
            + "--periods 12 --discount 0.01 --margin 0.3"})
final class ClvScoreCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "bg-nbd",
      converter = ClvCommand.Model.Converter.class,
      description = "bg-nbd, mbg-nbd, pareto-nbd or bg-bb (default: ${DEFAULT-VALUE}).")
  ClvCommand.Model model = ClvCommand.Model.BG_NBD;

  @Mixin
  ClvCommand.InputOptions input = new ClvCommand.InputOptions();

  @Option(names = "--horizon", paramLabel = "TIME", defaultValue = "52",
      description = "How far ahead, in the data's time unit (default: ${DEFAULT-VALUE}).")
  double horizon;

  @Option(names = "--periods", paramLabel = "N", defaultValue = "12",
      description = "Discounting periods in the horizon (default: ${DEFAULT-VALUE}).")
  int periods;

  @Option(names = "--discount", paramLabel = "RATE", defaultValue = "0.01",
      description = "Discount rate per period (default: ${DEFAULT-VALUE}).")
  double discount;

  @Option(names = "--margin", paramLabel = "SHARE", defaultValue = "1",
      description = "Share of spend that is margin, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double margin;

  @Option(names = "--bins", paramLabel = "N", defaultValue = "5",
      description = "RFM levels per dimension, 2 to 10 (default: ${DEFAULT-VALUE}).")
  int bins;

  @Option(names = "--output", paramLabel = "FILE", description = "Where to write the CSV (default: standard output).")
  @Nullable Path output;

  @Override
  public Integer call() {
    PurchaseModel purchaseModel = model.purchaseModel();
    if (purchaseModel == null) {
      throw new ParameterException(spec.commandLine(), "--model must be a purchase model: bg-nbd, mbg-nbd, "
          + "pareto-nbd or bg-bb (Gamma-Gamma is fitted along when the input has spend)");
    }
    if (!(margin >= 0 && margin <= 1)) {
      throw new ParameterException(spec.commandLine(), "--margin must lie between 0 and 1");
    }
    if (periods < 1 || !(horizon > 0)) {
      throw new ParameterException(spec.commandLine(), "--horizon must be positive and --periods at least 1");
    }
    ValueHorizon valueHorizon = ValueHorizon.of(periods, horizon / periods, discount);
    ClvInput.Summary summary = input.summary(spec, model == ClvCommand.Model.BG_BB);
    PurchaseHistories h = summary.histories();
    PurchasePredictor purchases = purchaseModel.fit(h).predictor();
    double[] meanSpend = summary.meanSpend();
    SpendPredictor spend = meanSpend == null ? null : GammaGamma.model().fit(summary.spend()).predictor();
    double[] x = h.frequency();
    double[] tx = h.recency();
    double[] t = h.age();
    int n = x.length;
    double[] alive = new double[n];
    double[] expected = new double[n];
    double[] perPurchase = new double[n];
    double[] clv = new double[n];
    double[] since = new double[n];
    double[] monetary = new double[n];
    Map<CustomerId, Double> ranking = new HashMap<>();
    for (int i = 0; i < n; i++) {
      alive[i] = purchases.probabilityAlive(x[i], tx[i], t[i]);
      expected[i] = purchases.expectedPurchases(horizon, x[i], tx[i], t[i]);
      since[i] = t[i] - tx[i];
      if (spend != null && meanSpend != null) {
        perPurchase[i] = spend.expectedSpend(x[i], meanSpend[i]);
        clv[i] = margin * perPurchase[i] * purchases.discountedPurchases(x[i], tx[i], t[i], valueHorizon);
        monetary[i] = meanSpend[i];
      }
      ranking.put(CustomerId.of(summary.ids().get(i)), spend != null ? clv[i] : expected[i]);
    }
    List<RfmScore> rfm = RfmScoring.withBins(bins).score(since, x, monetary);
    Map<CustomerId, ValueClass> classes = ParetoClassification.standard().classify(ranking);
    try (Writer w = output == null ? null : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      PrintWriter out = w == null ? spec.commandLine().getOut() : new PrintWriter(w);
      out.println("customer,frequency,recency,age,p_alive,expected_purchases,expected_spend,clv,rfm,rfm_segment,"
          + "pareto_class");
      for (int i = 0; i < n; i++) {
        String id = summary.ids().get(i);
        out.println(String.join(",", id, num(x[i]), num(tx[i]), num(t[i]), num(alive[i]), num(expected[i]),
            spend == null ? "" : num(perPurchase[i]), spend == null ? "" : num(clv[i]), rfm.get(i).toString(),
            rfm.get(i).segment().name().toLowerCase(Locale.ROOT), classes.get(CustomerId.of(id)).name()));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6g", v);
  }
}
