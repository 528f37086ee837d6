package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.mehrcrm.complaint.calendar.BusinessCalendar;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;
import org.mehrcrm.kernel.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the escalation rules over all open cases when the host's scheduler calls
 * {@link #runDue(Instant)}; the library starts no threads.
 *
 * <p>Example, from the host's own scheduler every five minutes:
 * <pre>{@code
 * Escalations escalations = new Escalations(repository, unitOfWork, slaClock, List.of(
 *     EscalationRule.onWarning("warn-owner", SlaTarget.RESOLVE, new EscalationAction.Notify("owner")),
 *     EscalationRule.onBreach("raise-late", SlaTarget.RESOLVE, new EscalationAction.RaisePriority())));
 * EscalationReport report = escalations.runDue(clock.instant());
 * }</pre>
 * For each open case the run evaluates the {@link SlaClock}; records each newly breached target
 * once per round ({@link ComplaintEvent.SlaBreached}, reported as an {@link OverdueCase} for
 * follow-up tasks); and applies each triggered rule that has not acted in the current round,
 * recording {@link ComplaintEvent.Escalated}. The run is idempotent: a second run at the same
 * moment changes nothing. A notification outside the case's business hours is deferred (nothing
 * recorded) unless its rule allows any hour. A case changed concurrently is skipped and picked
 * up by the next run. Thread-safe; runs should not overlap (they would only repeat work).
 */
public final class Escalations {
  private static final Logger LOG = LoggerFactory.getLogger(Escalations.class);
  private static final int PAGE = 500;

  private final ComplaintRepository repository;
  private final UnitOfWork unitOfWork;
  private final SlaClock sla;
  private final List<EscalationRule> rules;

  /**
   * Creates the runner.
   *
   * @param repository where cases are kept
   * @param unitOfWork the transaction and event machinery
   * @param sla the service-time clock
   * @param rules the rules, applied in order
   * @throws InvalidFieldException if two rules share an id
   */
  public Escalations(ComplaintRepository repository, UnitOfWork unitOfWork, SlaClock sla,
      List<EscalationRule> rules) {
    this.repository = requireNonNull(repository, "repository");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.sla = requireNonNull(sla, "sla");
    this.rules = List.copyOf(requireNonNull(rules, "rules"));
    Set<String> seen = new HashSet<>();
    for (EscalationRule r : this.rules) {
      if (!seen.add(r.id())) {
        throw new InvalidFieldException("rules", "must not repeat an id (" + r.id() + ")");
      }
    }
  }

  /**
   * Evaluates every open case at a moment and acts on what is due.
   *
   * @param now the moment, from the host's clock
   * @return what was done
   */
  public EscalationReport runDue(Instant now) {
    requireNonNull(now, "now");
    List<EscalationOutcome> outcomes = new ArrayList<>();
    List<OverdueCase> overdue = new ArrayList<>();
    int examined = 0;
    Page<Complaint> page = repository.findOpen(PageRequest.first(PAGE));
    while (true) {
      for (Complaint c : page.items()) {
        examined++;
        runOne(c, now, outcomes, overdue);
      }
      if (!page.hasNext()) {
        break;
      }
      page = repository.findOpen(page.next());
    }
    return new EscalationReport(now, examined, outcomes, overdue);
  }

  private void runOne(Complaint original, Instant now, List<EscalationOutcome> outcomes,
      List<OverdueCase> overdue) {
    if (original.history().get(original.history().size() - 1).occurredAt().isAfter(now)) {
      return; // changed after this run's moment: the next run sees it
    }
    SlaStatus status = sla.status(original, now);
    BusinessCalendar calendar = sla.catalog().calendarOf(original.policy());
    Complaint c = original;
    List<OverdueCase> newOverdue = new ArrayList<>();
    List<EscalationOutcome> newOutcomes = new ArrayList<>();
    for (SlaTargetStatus t : status.targets()) {
      if (t.isBreached() && !c.hasBreachRecorded(t.kind())) {
        c = c.recordBreach(t.kind(), requireNonNull(t.breachedAt()), now);
        newOverdue.add(new OverdueCase(c.id(), c.customerId(), c.assignee().orElse(null), t.kind(),
            requireNonNull(t.breachedAt())));
      }
    }
    for (EscalationRule rule : rules) {
      SlaTargetStatus t = status.target(rule.target()).orElse(null);
      if (t == null || !rule.isTriggeredBy(t) || c.hasEscalated(rule.id())) {
        continue;
      }
      EscalationAction action = rule.action();
      if (action instanceof EscalationAction.Notify && !rule.notifyOutsideBusinessHours()
          && !calendar.isOpen(now)) {
        newOutcomes.add(new EscalationOutcome(c.id(), rule.id(), action, rule.target(),
            c.assignee().orElse(null), true, now));
        continue;
      }
      c = apply(c, rule, now);
      newOutcomes.add(new EscalationOutcome(c.id(), rule.id(), action, rule.target(),
          c.assignee().orElse(null), false, now));
    }
    if (c.pendingEvents().isEmpty()) {
      outcomes.addAll(newOutcomes);
      return;
    }
    Complaint changed = c;
    try {
      unitOfWork.run(() -> {
        Complaint saved = repository.save(changed);
        unitOfWork.record(changed.pendingEvents());
        return saved;
      });
      outcomes.addAll(newOutcomes);
      overdue.addAll(newOverdue);
    } catch (ConcurrentUpdateException e) {
      LOG.debug("complaint {} changed during the escalation run; the next run handles it", c.id());
    }
  }

  private static Complaint apply(Complaint c, EscalationRule rule, Instant now) {
    EscalationAction action = rule.action();
    Complaint out = c;
    if (action instanceof EscalationAction.Reassign r && !r.to().equals(c.assignee().orElse(null))) {
      out = out.assign(r.to(), "escalation rule " + rule.id(), "system", now);
    } else if (action instanceof EscalationAction.RaisePriority) {
      out = out.changePriority(out.priority().raised(), "system", now);
    }
    int level = action instanceof EscalationAction.RaiseLevel l
        ? Math.max(l.level(), out.escalationLevel()) : out.escalationLevel();
    return out.escalate(rule.id(), level, now);
  }
}
