package org.mehrcrm.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command, {@code crm}: holds the options every subcommand shares. */
@Command(
    name = "crm",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = CrmCommand.Version.class,
    sortOptions = false,
    synopsisSubcommandLabel = "COMMAND",
    description = "Mehr CRM from the command line: a demo of the embedded library, input checks, "
        + "customer-value models and benchmarks.",
    subcommands = {DemoCommand.class, CheckCommand.class, ClvCommand.class, BenchCommand.class, HeapCommand.class,
        HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the command failed; the reason is printed on one line",
        "2:invalid usage"})
final class CrmCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = Failures.VERBOSE, scope = ScopeType.INHERIT,
      description = "Prints stack traces with errors and logs at debug level.")
  boolean verbose;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command");
  }

  /** The version: the project's, read from a resource filtered by Maven, and the JVM's. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = CrmCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
          "crm " + p.getProperty("version", "unknown") + " (Mehr CRM)",
          "Java " + System.getProperty("java.version") + ", " + System.getProperty("java.vm.name")
              + " " + System.getProperty("java.vm.version") + ", " + System.getProperty("java.vendor")
      };
    }
  }
}
