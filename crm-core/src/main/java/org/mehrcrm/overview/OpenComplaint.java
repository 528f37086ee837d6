package org.mehrcrm.overview;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.complaint.ComplaintCategory;
import org.mehrcrm.complaint.ComplaintId;
import org.mehrcrm.complaint.ComplaintStatus;
import org.mehrcrm.complaint.Priority;

/**
 * An open complaint case as the 360° view lists it: enough to see what is pending, by id so that
 * the view holds no other aggregate.
 *
 * <p>Example: {@code view.openComplaints().ifPresent(list -> list.forEach(c -> show(c.id(), c.status())))}.
 * Immutable and thread-safe.
 *
 * @param id the case
 * @param category its category
 * @param status its stage
 * @param priority its priority
 * @param receivedAt when it was received
 * @param assignee who handles it, or {@code null} if unassigned
 */
public record OpenComplaint(ComplaintId id, ComplaintCategory category, ComplaintStatus status, Priority priority,
    Instant receivedAt, @Nullable String assignee) {
  /** Checks for nulls. */
  public OpenComplaint {
    requireNonNull(id, "id");
    requireNonNull(category, "category");
    requireNonNull(status, "status");
    requireNonNull(priority, "priority");
    requireNonNull(receivedAt, "receivedAt");
  }
}
