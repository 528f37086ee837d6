package org.mehrcrm.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The entry point of {@code crm.jar}: {@code java -jar crm-examples/target/crm.jar demo}.
 *
 * <p>Sets standard output and error to UTF-8, runs the command and exits with its code (0 on
 * success, 1 when the command failed, 2 for invalid usage). Tests and hosts use
 * {@link #newCommandLine(PrintWriter, PrintWriter)} instead, which never exits the JVM.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the {@code crm} tool and exits the JVM with the command's exit code.
   *
   * @param args the command line, e.g. {@code demo --at 2026-11-23T10:00:00Z}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
    System.setOut(out);
    System.setErr(err);
    CommandLine cmd = newCommandLine(writer(out), writer(err));
    cmd.setExecutionStrategy(parsed -> {
      if (Failures.isVerbose(parsed)) {
        // Read by slf4j-simple when the first logger is made, which happens after parsing.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    System.exit(cmd.execute(args));
  }

  /**
   * Returns the {@code crm} command line, writing to the given writers; call
   * {@link CommandLine#execute(String...)} on it to run a command.
   *
   * @param out where commands write their results
   * @param err where errors go, one line each
   * @return the configured command line
   */
  public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new CrmCommand());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler(Failures::onInvalidUsage);
    cmd.setExecutionExceptionHandler(Failures::onFailure);
    return cmd;
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, UTF_8), true);
  }
}
