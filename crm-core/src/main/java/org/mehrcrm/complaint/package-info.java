/**
 * Complaints handled along ISO 10002, with service-time commitments (SLAs) and escalation.
 *
 * <p>The aggregate is {@link org.mehrcrm.complaint.Complaint}: received with a
 * {@link org.mehrcrm.complaint.ComplaintIntake} (channel, host-defined
 * {@link org.mehrcrm.complaint.ComplaintCategory}, description, remedy sought, custom attributes),
 * moved through the {@link org.mehrcrm.complaint.ComplaintStatus} stages (illegal moves throw
 * {@link org.mehrcrm.complaint.IllegalTransitionException}), assigned with recorded
 * {@link org.mehrcrm.complaint.HandOff}s, answered with {@link org.mehrcrm.complaint.Remedy}s, and
 * closed, reopened or withdrawn. Its {@link org.mehrcrm.complaint.ComplaintEvent}s are also its
 * history.
 *
 * <p>Service-time commitments: versioned {@link org.mehrcrm.complaint.SlaPolicy} objects choose
 * {@link org.mehrcrm.complaint.SlaTargets} by priority, category, channel and segment; the
 * {@link org.mehrcrm.complaint.SlaClock} turns a case's history into an
 * {@link org.mehrcrm.complaint.SlaStatus} on a
 * {@link org.mehrcrm.complaint.calendar.BusinessCalendar}; {@link org.mehrcrm.complaint.EscalationRule}s
 * run from the host's scheduler through {@link org.mehrcrm.complaint.Escalations#runDue}.
 * Storage is behind {@link org.mehrcrm.complaint.ComplaintRepository}.
 */
@NullMarked
package org.mehrcrm.complaint;

import org.jspecify.annotations.NullMarked;
