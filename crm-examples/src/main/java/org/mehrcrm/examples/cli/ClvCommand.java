package org.mehrcrm.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.value.BgBb;
import org.mehrcrm.value.BgNbd;
import org.mehrcrm.value.ParetoNbd;
import org.mehrcrm.value.PurchaseModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crm clv}: fits customer-value models and scores customers from files. */
@Command(
    name = "clv",
    synopsisSubcommandLabel = "COMMAND",
    description = {
        "Customer lifetime value: fits BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma and BG/BB by maximum "
            + "likelihood and scores customers.",
        "Example: crm clv fit --model bg-nbd --input cdnow_customers_summary.csv"},
    subcommands = {ClvFitCommand.class, ClvScoreCommand.class, HelpCommand.class})
final class ClvCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: give fit or score");
  }

  /** The models by their command-line names. */
  enum Model {
    BG_NBD("bg-nbd"), MBG_NBD("mbg-nbd"), PARETO_NBD("pareto-nbd"), GAMMA_GAMMA("gamma-gamma"), BG_BB("bg-bb");

    final String cliName;

    Model(String cliName) {
      this.cliName = cliName;
    }

    @Nullable PurchaseModel purchaseModel() {
      return switch (this) {
        case BG_NBD -> BgNbd.standard();
        case MBG_NBD -> BgNbd.modified();
        case PARETO_NBD -> ParetoNbd.model();
        case BG_BB -> BgBb.model();
        case GAMMA_GAMMA -> null;
      };
    }

    @Override
    public String toString() {
      return cliName;
    }

    /** Reads {@code bg-nbd} and friends. */
    static final class Converter implements ITypeConverter<Model> {
      @Override
      public Model convert(String value) {
        for (Model m : values()) {
          if (m.cliName.equals(value.toLowerCase(Locale.ROOT))) {
            return m;
          }
        }
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a model; choose one of bg-nbd, mbg-nbd, pareto-nbd, gamma-gamma, bg-bb");
      }
    }
  }

  /** The options both subcommands share: where the data is and how to read it. */
  static final class InputOptions {
    @Option(names = "--input", required = true, paramLabel = "FILE",
        description = "A per-customer summary (x,t_x,T[,zbar]; frequency,recency,T[,monetary_value]; "
            + "x,t.x,T.cal[,m.x]; frequency,recency,periods,weights) or a transaction log "
            + "(customer,date[,amount]) with --calibration-end.")
    Path input = Path.of("");

    @Option(names = "--calibration-end", paramLabel = "DATE",
        description = "For a transaction log: the last day of the calibration period, e.g. 1997-09-30.")
    @Nullable LocalDate calibrationEnd;

    @Option(names = "--time-unit", paramLabel = "UNIT", defaultValue = "weeks",
        description = "For a transaction log: days, weeks, months or years (default: ${DEFAULT-VALUE}).")
    String timeUnit = "weeks";

    @Option(names = "--columns", paramLabel = "NAMES", split = ",",
        description = "Column names of a file without header, e.g. customer,sample,date,cds,amount.")
    @Nullable List<String> columns;

    ClvInput.Summary summary(CommandSpec spec, boolean discrete) {
      ClvInput in = ClvInput.read(input, columns);
      if (in.isTransactionLog()) {
        LocalDate end = calibrationEnd;
        if (end == null) {
          throw new ParameterException(spec.commandLine(), "A transaction log needs --calibration-end");
        }
        ClvInput.Unit unit;
        try {
          unit = ClvInput.Unit.valueOf(timeUnit.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(),
              "Invalid value for option '--time-unit': '" + timeUnit + "'; choose days, weeks, months or years");
        }
        return in.transactions(end, unit, discrete);
      }
      return in.summary();
    }
  }
}
