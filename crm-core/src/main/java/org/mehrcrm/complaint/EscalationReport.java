package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What one escalation run did: the actions taken or deferred and the cases newly overdue.
 *
 * <p>Example: {@code EscalationReport r = escalations.runDue(clock.instant()); r.overdue().size();}
 * Running again at the same moment finds nothing new. Immutable and thread-safe.
 *
 * @param at the moment of the run
 * @param examined how many open cases were evaluated
 * @param outcomes the actions, in case order then rule order
 * @param overdue the newly breached targets
 */
public record EscalationReport(Instant at, int examined, List<EscalationOutcome> outcomes,
    List<OverdueCase> overdue) {

  /** Copies the lists. */
  public EscalationReport {
    requireNonNull(at, "at");
    outcomes = List.copyOf(outcomes);
    overdue = List.copyOf(overdue);
  }
}
