package org.mehrcrm.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.examples.demo.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm demo}: runs {@link Demo}, the story of a small firm's customers, in memory. */
@Command(
    name = "demo",
    description = {
        "Embeds Mehr CRM with in-memory storage, registers people and organisations written in "
            + "several scripts, takes some through the lifecycle, searches by name and prints "
            + "every profile.",
        "With --at the output is the same on every run."})
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--at", paramLabel = "INSTANT",
      description = "Starts the story's clock at this moment, e.g. 2026-11-23T10:00:00Z, "
          + "for reproducible output. Default: now.")
  @Nullable Instant at;

  @Override
  public Integer call() {
    Clock base = at != null ? Clock.fixed(at, ZoneOffset.UTC) : Clock.systemUTC();
    new Demo(base, spec.commandLine().getOut()).run();
    return 0;
  }
}
