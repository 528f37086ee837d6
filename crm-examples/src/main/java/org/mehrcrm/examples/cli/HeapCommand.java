package org.mehrcrm.examples.cli;

import java.util.concurrent.Callable;
import org.mehrcrm.examples.bench.HeapPerCustomer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crm heap}: measures the heap per customer in the in-memory provider. */
@Command(
    name = "heap",
    description = {
        "Measures the heap a typical customer occupies in the in-memory storage provider, "
            + "indexes included, and shows what dominates.",
        "Give the JVM room: java -Xmx4g -jar crm.jar heap"})
final class HeapCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-n", "--customers"}, paramLabel = "N", defaultValue = "1000000",
      description = "How many customers to load for the used-heap measurement. Default: ${DEFAULT-VALUE}.")
  int customers;

  @Option(names = "--jol-sample", paramLabel = "N", defaultValue = "20000",
      description = "How many customers JOL walks object by object. Default: ${DEFAULT-VALUE}.")
  int jolSample;

  @Override
  public Integer call() {
    if (customers < 1 || jolSample < 1) {
      throw new ParameterException(spec.commandLine(), "--customers and --jol-sample must be at least 1");
    }
    HeapPerCustomer.measure(customers, jolSample, spec.commandLine().getOut());
    return 0;
  }
}
