package org.mehrcrm.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random complaint commands for state-machine properties: a command and a pause before it. */
final class ComplaintCommands {

  /**
   * One command.
   *
   * @param name for reports
   * @param apply the command
   * @param gap business-agnostic real time before it
   */
  record Command(String name, BiFunction<Complaint, Instant, Complaint> apply, Duration gap) {
    @Override
    public String toString() {
      return name + " after " + gap;
    }
  }

  private ComplaintCommands() {}

  static Arbitrary<Command> commands() {
    Arbitrary<String> names = Arbitraries.of("acknowledge", "assess", "investigate", "wait", "answer",
        "respond", "close-accepted", "close-declined", "reopen", "withdraw", "assign", "update",
        "priority-up", "priority-down", "escalate");
    Arbitrary<Duration> gaps = Arbitraries.longs().between(0, 3 * 24 * 60).map(Duration::ofMinutes);
    return Combinators.combine(names, gaps).as((name, gap) -> new Command(name, of(name), gap));
  }

  private static BiFunction<Complaint, Instant, Complaint> of(String name) {
    return switch (name) {
      case "acknowledge" -> (c, at) -> c.acknowledge("agent-1", at);
      case "assess" -> (c, at) -> c.assess(TestComplaints.assessment(), "agent-1", at);
      case "investigate" -> (c, at) -> c.investigate("agent-1", at);
      case "wait" -> (c, at) -> c.waitOnCustomer("agent-1", at);
      case "answer" -> (c, at) -> c.customerAnswered("agent-1", at);
      case "respond" -> (c, at) -> c.respond("decision", List.of(new Remedy.GoodwillPoints(100)), "agent-1", at);
      case "close-accepted" -> (c, at) -> c.close(ClosureOutcome.ACCEPTED, null, "agent-1", at);
      case "close-declined" -> (c, at) -> c.close(ClosureOutcome.DECLINED, "ombudsman", "agent-1", at);
      case "reopen" -> (c, at) -> c.reopen(Duration.ofDays(14), "agent-1", at);
      case "withdraw" -> (c, at) -> c.withdraw("agent-1", at);
      case "assign" -> (c, at) -> c.assign(c.assignee().filter("agent-1"::equals).isPresent() ? "agent-2" : "agent-1",
          "rota", "lead", at);
      case "update" -> (c, at) -> c.updateCustomer("agent-1", at);
      case "priority-up" -> (c, at) -> c.changePriority(c.priority().raised(), "lead", at);
      case "priority-down" -> (c, at) -> c.changePriority(Priority.LOW, "lead", at);
      case "escalate" -> (c, at) -> c.escalate("rule", c.escalationLevel() + 1, at);
      default -> throw new IllegalArgumentException(name);
    };
  }
}
