package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The complete stored state of a complaint, for storage adapters and serialisation.
 *
 * <p>An adapter writes {@link Complaint#snapshot()} and reads back with
 * {@link Complaint#restore(ComplaintSnapshot)}. The constructor replays the history and checks
 * that every move was allowed and that status, priority, assignments, escalation level and policy
 * agree with it, so a corrupt row fails loudly instead of becoming a case. Immutable and
 * thread-safe.
 *
 * @param id the case's identifier
 * @param version the stored version; 0 for a case never saved
 * @param intake what was recorded on receipt (attributes in canonical form)
 * @param status the current status, as the history's stage changes leave it
 * @param resumeTo the status to return to while {@code WAITING_ON_CUSTOMER}, else {@code null}
 * @param priority the current priority
 * @param assessment the latest assessment, or {@code null}
 * @param assignments every assignment, oldest first, one per {@code Assigned} event
 * @param escalationLevel the highest escalation level reached, 0 if never escalated
 * @param decision the latest decision text, or {@code null}
 * @param remedies the remedies of the latest response
 * @param outcome how the case last closed, or {@code null}
 * @param nextStep the customer's next step after declining, or {@code null}
 * @param attributes current custom attribute values, by name
 * @param policy the service-level policy version in force
 * @param history every event, oldest first, starting with the one {@code Received}
 */
public record ComplaintSnapshot(ComplaintId id, long version, ComplaintIntake intake,
    ComplaintStatus status, @Nullable ComplaintStatus resumeTo, Priority priority,
    @Nullable Assessment assessment, List<HandOff> assignments, int escalationLevel,
    @Nullable String decision, List<Remedy> remedies, @Nullable ClosureOutcome outcome,
    @Nullable String nextStep, Map<String, String> attributes, SlaPolicyRef policy,
    List<ComplaintEvent> history) {

  /**
   * Copies the collections and checks the invariants.
   *
   * @throws InvalidFieldException naming the first broken invariant
   */
  public ComplaintSnapshot {
    requireNonNull(id, "id");
    requireNonNull(intake, "intake");
    requireNonNull(status, "status");
    requireNonNull(priority, "priority");
    requireNonNull(policy, "policy");
    assignments = List.copyOf(assignments);
    remedies = List.copyOf(remedies);
    attributes = Map.copyOf(attributes);
    history = List.copyOf(history);
    if (version < 0) {
      throw new InvalidFieldException("version", "must not be negative");
    }
    if (decision != null) {
      decision = Texts.requireText(decision, "decision", 10_000);
    }
    if (nextStep != null) {
      nextStep = Texts.requireText(nextStep, "nextStep", 500);
    }
    if (outcome == ClosureOutcome.DECLINED && nextStep == null) {
      throw new InvalidFieldException("nextStep", "must be recorded when the customer declined");
    }
    replay(id, intake, status, resumeTo, priority, assignments, escalationLevel, policy, outcome, history);
  }

  /**
   * Returns this snapshot with another version; adapters call it when saving.
   *
   * @param newVersion the version
   * @return the snapshot at that version
   */
  public ComplaintSnapshot withVersion(long newVersion) {
    return new ComplaintSnapshot(id, newVersion, intake, status, resumeTo, priority, assessment,
        assignments, escalationLevel, decision, remedies, outcome, nextStep, attributes, policy, history);
  }

  private static void replay(ComplaintId id, ComplaintIntake intake, ComplaintStatus status,
      @Nullable ComplaintStatus resumeTo, Priority priority, List<HandOff> assignments,
      int escalationLevel, SlaPolicyRef policy, @Nullable ClosureOutcome outcome,
      List<ComplaintEvent> history) {
    if (history.isEmpty() || !(history.get(0) instanceof ComplaintEvent.Received r)) {
      throw new InvalidFieldException("history", "must start with Received");
    }
    if (!r.customerId().equals(intake.customerId()) || !r.channel().equals(intake.channel())
        || !r.category().equals(intake.category()) || !Objects.equals(r.segment(), intake.segment())
        || r.priority() != intake.priority()) {
      throw new InvalidFieldException("history", "must start with the intake's Received");
    }
    ComplaintStatus cur = ComplaintStatus.RECEIVED;
    ComplaintStatus resume = null;
    Priority prio = r.priority();
    String assignee = null;
    int assigned = 0;
    int level = 0;
    SlaPolicyRef pol = r.policy();
    ClosureOutcome closed = null;
    Instant last = r.occurredAt();
    for (int i = 0; i < history.size(); i++) {
      ComplaintEvent e = history.get(i);
      if (!e.complaintId().equals(id)) {
        throw new InvalidFieldException("history", "must hold only this case's events");
      }
      if (e.occurredAt().isBefore(last)) {
        throw new InvalidFieldException("history", "must be in time order");
      }
      last = e.occurredAt();
      if (i == 0) {
        continue;
      }
      if (e instanceof ComplaintEvent.Received) {
        throw new InvalidFieldException("history", "must hold one Received");
      } else if (e instanceof ComplaintEvent.StageChanged s) {
        boolean ok = s.from() == cur && cur.canMoveTo(s.to())
            && (cur != ComplaintStatus.WAITING_ON_CUSTOMER || s.to() == resume
                || s.to() == ComplaintStatus.WITHDRAWN);
        if (!ok) {
          throw new InvalidFieldException("history", "must hold only allowed moves (" + s.from() + " to " + s.to() + ")");
        }
        resume = s.to() == ComplaintStatus.WAITING_ON_CUSTOMER ? cur : null;
        cur = s.to();
      } else if (e instanceof ComplaintEvent.Assigned a) {
        if (!Objects.equals(a.from(), assignee) || assigned >= assignments.size()
            || !Objects.equals(assignments.get(assigned).from(), a.from())
            || !assignments.get(assigned).to().equals(a.to())
            || !assignments.get(assigned).at().equals(a.occurredAt())) {
          throw new InvalidFieldException("assignments", "must match the history's assignments");
        }
        assignee = a.to();
        assigned++;
      } else if (e instanceof ComplaintEvent.PriorityChanged p) {
        if (p.from() != prio) {
          throw new InvalidFieldException("history", "must chain priority changes");
        }
        prio = p.to();
      } else if (e instanceof ComplaintEvent.Escalated x) {
        if (x.level() < level) {
          throw new InvalidFieldException("history", "must never lower the escalation level");
        }
        level = x.level();
      } else if (e instanceof ComplaintEvent.SlaPolicyChanged c) {
        if (!c.from().equals(pol)) {
          throw new InvalidFieldException("history", "must chain policy changes");
        }
        pol = c.to();
      } else if (e instanceof ComplaintEvent.Closed c) {
        closed = c.outcome();
      }
    }
    if (cur != status || resume != resumeTo) {
      throw new InvalidFieldException("status", "must equal the status the history leaves");
    }
    if (prio != priority) {
      throw new InvalidFieldException("priority", "must equal the priority the history leaves");
    }
    if (assigned != assignments.size()) {
      throw new InvalidFieldException("assignments", "must match the history's assignments");
    }
    if (level != escalationLevel) {
      throw new InvalidFieldException("escalationLevel", "must equal the level the history leaves");
    }
    if (!pol.equals(policy)) {
      throw new InvalidFieldException("policy", "must equal the policy the history leaves");
    }
    if (closed != outcome) {
      throw new InvalidFieldException("outcome", "must equal the last closing's outcome");
    }
  }
}
