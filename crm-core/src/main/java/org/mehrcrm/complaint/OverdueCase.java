package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;

/**
 * A case whose target was newly found breached by an escalation run: the input for a follow-up
 * task for its owner. Reported once per target and handling round (the breach is recorded as
 * {@link ComplaintEvent.SlaBreached} in the same unit of work).
 *
 * <p>Example: {@code report.overdue().forEach(o -> followUps.create(o.owner(), o.complaintId(), o.breachedAt()))}.
 * Immutable and thread-safe.
 *
 * @param complaintId the case
 * @param customerId its customer
 * @param owner its assignee, or {@code null} if unassigned
 * @param target the breached target
 * @param breachedAt when the target was missed
 */
public record OverdueCase(ComplaintId complaintId, CustomerId customerId, @Nullable String owner,
    SlaTarget target, Instant breachedAt) {

  /** Checks for nulls. */
  public OverdueCase {
    requireNonNull(complaintId, "complaintId");
    requireNonNull(customerId, "customerId");
    requireNonNull(target, "target");
    requireNonNull(breachedAt, "breachedAt");
  }
}
