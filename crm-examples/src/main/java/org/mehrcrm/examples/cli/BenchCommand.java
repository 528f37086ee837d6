package org.mehrcrm.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code crm bench}: runs the JMH benchmarks packed in {@code crm.jar}, with JMH's own options. */
@Command(
    name = "bench",
    customSynopsis = "crm bench [-hV] [--verbose] [JMH-ARGUMENT...]",
    description = {
        "Runs the JMH benchmarks in this jar; takes minutes and forks a JVM with -Xmx4g.",
        "The arguments are JMH's own, for example:",
        "  crm bench InMemoryLookup -f 1 -wi 3 -i 5",
        "JMH lists its options with: crm bench -- -h"})
final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Unmatched
  List<String> jmhArguments = new ArrayList<>();

  @Override
  public Integer call() throws RunnerException {
    CommandLineOptions options;
    try {
      options = new CommandLineOptions(jmhArguments.toArray(String[]::new));
    } catch (CommandLineOptionException e) {
      throw new ParameterException(spec.commandLine(), "JMH: " + e.getMessage(), e);
    }
    Runner runner = new Runner(options);
    try {
      if (options.shouldHelp()) {
        options.showHelp();
      } else if (options.shouldList()) {
        runner.list();
      } else if (options.shouldListWithParams()) {
        runner.listWithParams(options);
      } else if (options.shouldListProfilers()) {
        options.listProfilers();
      } else if (options.shouldListResultFormats()) {
        options.listResultFormats();
      } else {
        runner.run();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }
}
