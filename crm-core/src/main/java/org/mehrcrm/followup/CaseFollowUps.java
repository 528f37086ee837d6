package org.mehrcrm.followup;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.complaint.EscalationReport;
import org.mehrcrm.complaint.OverdueCase;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.EventListener;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.UnitOfWork;
import org.mehrcrm.satisfaction.SatisfactionEvent;

/**
 * Turns what the complaint and satisfaction features flag into follow-up tasks: an overdue case
 * becomes a task for its owner, and a low survey score a task to call the customer back.
 *
 * <p>Example, after the host's scheduler ran the escalations:
 * <pre>{@code
 * List<FollowUpId> opened = caseFollowUps.openFor(escalations.runDue(now));
 * }</pre>
 * and as an {@link EventListener} it reacts to {@link SatisfactionEvent.FollowUpRequested}.
 * <b>Idempotent:</b> each case's breach of a target, and each low-scored invitation, fires once
 * ({@link RuleFiring} keyed by {@value #OVERDUE_RULE} or {@value #LOW_SCORE_RULE}, the customer
 * and the case and target or the invitation), recorded in the same unit of work as the task. A
 * customer who already has an open task for the purpose gets no second one while it is open; the
 * firing is then left unrecorded, so a later run opens the task once the open one is closed. This is the library's
 * own scheduled work, so no actor is checked. Thread-safe.
 */
public final class CaseFollowUps implements EventListener {
  /** The rule id of tasks for overdue complaint cases. */
  public static final String OVERDUE_RULE = "complaint-overdue";
  /** The rule id of tasks for low satisfaction scores. */
  public static final String LOW_SCORE_RULE = "low-satisfaction";
  /** The purpose of tasks for overdue complaint cases. */
  public static final Purpose COMPLAINT = Purpose.of("complaint");
  /** The purpose of tasks for low satisfaction scores. */
  public static final Purpose FEEDBACK = Purpose.of("feedback");

  private final FollowUpRepository followUps;
  private final UnitOfWork unitOfWork;
  private final IdGenerator ids;
  private final Clock clock;

  /**
   * Creates the bridge.
   *
   * @param followUps where tasks and firings are kept
   * @param unitOfWork the unit of work that saves a task with its firing and events
   * @param ids the generator of task ids
   * @param clock the clock that dates the tasks
   */
  public CaseFollowUps(FollowUpRepository followUps, UnitOfWork unitOfWork, IdGenerator ids, Clock clock) {
    this.followUps = requireNonNull(followUps, "followUps");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.ids = requireNonNull(ids, "ids");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Opens a task, due at once, for each overdue case of an escalation run, owned by the case's
   * assignee (the shared pool if it has none).
   *
   * @param report what the escalation run found
   * @return the tasks opened by this call, in the report's order
   */
  public List<FollowUpId> openFor(EscalationReport report) {
    requireNonNull(report, "report");
    List<FollowUpId> opened = new ArrayList<>();
    for (OverdueCase overdue : report.overdue()) {
      open(OVERDUE_RULE, overdue.customerId(), overdue.complaintId().value() + ":" + overdue.target(), COMPLAINT,
          "Overdue complaint " + overdue.complaintId() + ": " + overdue.target() + " target missed",
          overdue.breachedAt(), Priority.HIGH, overdue.owner(), report.at()).ifPresent(opened::add);
    }
    return opened;
  }

  /**
   * Opens a task to call back a customer whose survey answer asked for one; ignores other events.
   *
   * @param event a delivered domain event
   */
  @Override
  public void onEvent(DomainEvent event) {
    if (event instanceof SatisfactionEvent.FollowUpRequested low) {
      Instant now = clock.instant();
      open(LOW_SCORE_RULE, low.customerId(), low.invitationId().value(), FEEDBACK,
          "Call back: scored " + low.score() + " on " + low.subject(), now, Priority.HIGH, null, now);
    }
  }

  private Optional<FollowUpId> open(String ruleId, CustomerId customer, String period, Purpose purpose, String title,
      Instant due, Priority priority, @Nullable String owner, Instant now) {
    RuleFiring key = new RuleFiring(ruleId, customer, period);
    if (followUps.hasFired(key)) {
      return Optional.empty();
    }
    FollowUp task = FollowUp.open(FollowUpId.of(ids.nextId()), customer, purpose, title, due, priority, owner,
        Origin.rule(ruleId), now);
    try {
      return unitOfWork.run(() -> {
        // An open task covers this for now; the firing stays unrecorded, so once that task is
        // closed the next run opens one for this breach or score.
        if (followUps.findOpen(customer, purpose).isPresent() || !followUps.markFired(key)) {
          return Optional.<FollowUpId>empty();
        }
        followUps.save(task);
        unitOfWork.record(task.pendingEvents());
        return Optional.of(task.id());
      });
    } catch (OpenFollowUpExistsException e) {
      return Optional.empty(); // opened concurrently: the open task covers this one
    }
  }
}
