package org.mehrcrm.examples.cli;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.CrmException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into one line on standard error, with a stack trace only for {@code --verbose}. */
final class Failures {
  static final String VERBOSE = "--verbose";

  private Failures() {}

  /** Handles invalid usage: an unknown option, a bad value, a missing parameter. */
  static int onInvalidUsage(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    cmd.getErr().println("crm: " + oneLine(ex.getMessage())
        + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
    if (Arrays.asList(args).contains(VERBOSE)) {
      ex.printStackTrace(cmd.getErr());
    }
    cmd.getErr().flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Handles a command that failed while running. */
  static int onFailure(Exception ex, CommandLine cmd, ParseResult parsed) {
    cmd.getErr().println("crm: " + describe(ex));
    if (isVerbose(parsed)) {
      ex.printStackTrace(cmd.getErr());
    }
    cmd.getErr().flush();
    return cmd.getCommandSpec().exitCodeOnExecutionException();
  }

  /** Tells whether {@code --verbose} was given on any command of the parsed line. */
  static boolean isVerbose(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(VERBOSE)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the reason in one line: a library exception's own message, else type and message. */
  static String describe(Throwable ex) {
    String message = ex.getMessage();
    if (ex instanceof CrmException && message != null) {
      return oneLine(message);
    }
    if (message == null || message.isBlank()) {
      // Some exceptions (JMH's among them) say what went wrong only in toString().
      String text = ex.toString();
      return text.equals(ex.getClass().getName()) ? ex.getClass().getSimpleName() : oneLine(text);
    }
    return ex.getClass().getSimpleName() + ": " + oneLine(message);
  }

  private static String oneLine(@Nullable String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
