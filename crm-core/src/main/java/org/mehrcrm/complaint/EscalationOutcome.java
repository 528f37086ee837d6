package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One action an escalation run took, or deferred, on one case; notifications are for the host
 * to send.
 *
 * <p>Example: {@code if (o.action() instanceof EscalationAction.Notify n && !o.deferred()) mail(n.recipient(), o.complaintId());}
 * Immutable and thread-safe.
 *
 * @param complaintId the case
 * @param ruleId the rule
 * @param action what was done
 * @param target the target that triggered it
 * @param owner the case's assignee after the action, or {@code null}
 * @param deferred true for a notification held back until business hours (nothing recorded)
 * @param at when the run happened
 */
public record EscalationOutcome(ComplaintId complaintId, String ruleId, EscalationAction action,
    SlaTarget target, @Nullable String owner, boolean deferred, Instant at) {

  /** Checks for nulls. */
  public EscalationOutcome {
    requireNonNull(complaintId, "complaintId");
    requireNonNull(ruleId, "ruleId");
    requireNonNull(action, "action");
    requireNonNull(target, "target");
    requireNonNull(at, "at");
  }
}
