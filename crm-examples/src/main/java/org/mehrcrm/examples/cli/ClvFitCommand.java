package org.mehrcrm.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mehrcrm.value.Estimate;
import org.mehrcrm.value.GammaGamma;
import org.mehrcrm.value.ModelFit;
import org.mehrcrm.value.PurchaseModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm clv fit}: fits one model and prints its estimates, standard errors and log-likelihood. */
@Command(
    name = "fit",
    description = {
        "Fits a model by maximum likelihood and prints the parameters, their standard errors, the "
            + "log-likelihood and the convergence.",
        "Example: crm clv fit --model bg-nbd --input cdnow_customers_summary.csv --json"})
final class ClvFitCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "MODEL", converter = ClvCommand.Model.Converter.class,
      description = "bg-nbd, mbg-nbd, pareto-nbd, gamma-gamma or bg-bb.")
  ClvCommand.Model model = ClvCommand.Model.BG_NBD;

  @Mixin
  ClvCommand.InputOptions input = new ClvCommand.InputOptions();

  @Option(names = "--json", description = "Prints one JSON object with the parameters under their published names.")
  boolean json;

  @Override
  public Integer call() {
    ClvInput.Summary summary = input.summary(spec, model == ClvCommand.Model.BG_BB);
    PurchaseModel purchases = model.purchaseModel();
    ModelFit fit = purchases == null
        ? GammaGamma.model().fit(summary.spend()).summary()
        : purchases.fit(summary.histories()).summary();
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? json(fit) : text(fit));
    out.flush();
    return 0;
  }

  static String text(ModelFit fit) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "model           %s%n", fit.model()));
    s.append(String.format(Locale.ROOT, "customers       %s%n", number(fit.customers())));
    s.append(String.format(Locale.ROOT, "%-15s %12s %12s%n", "parameter", "estimate", "std. error"));
    for (Estimate e : fit.estimates()) {
      s.append(String.format(Locale.ROOT, "%-15s %12.6f %12.6f%n", e.name(), e.value(), e.standardError()));
    }
    s.append(String.format(Locale.ROOT, "log-likelihood  %.4f%n", fit.logLikelihood()));
    s.append(String.format(Locale.ROOT, "converged       yes, %d iterations, largest gradient component %.1e%n",
        fit.iterations(), fit.gradientNorm()));
    return s.toString();
  }

  static String json(ModelFit fit) {
    StringBuilder s = new StringBuilder("{\"model\":\"").append(fit.model()).append('"');
    for (Estimate e : fit.estimates()) {
      s.append(",\"").append(e.name()).append("\":").append(e.value());
    }
    s.append(",\"standard_errors\":{");
    for (int i = 0; i < fit.estimates().size(); i++) {
      Estimate e = fit.estimates().get(i);
      s.append(i == 0 ? "" : ",").append('"').append(e.name()).append("\":").append(e.standardError());
    }
    s.append("},\"log_likelihood\":").append(fit.logLikelihood())
        .append(",\"customers\":").append(number(fit.customers()))
        .append(",\"converged\":true,\"iterations\":").append(fit.iterations())
        .append(",\"gradient_norm\":").append(fit.gradientNorm())
        .append("}\n");
    return s.toString();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
