/**
 * Follow-ups: tasks that make sure nothing about a customer is forgotten, and the reminder rules
 * that create them.
 *
 * <p>A {@link org.mehrcrm.followup.FollowUp} has a customer, a purpose, a due moment, a
 * {@link org.mehrcrm.followup.Priority}, an owner, a {@link org.mehrcrm.followup.FollowUpState},
 * {@link org.mehrcrm.followup.Note}s and an {@link org.mehrcrm.followup.Origin}. Claims are
 * leases that expire; at most one task is open per customer and purpose. Storage, including the
 * {@link org.mehrcrm.followup.RuleFiring}s that keep reminder rules idempotent, is behind
 * {@link org.mehrcrm.followup.FollowUpRepository}; escalation asks the host's
 * {@link org.mehrcrm.followup.OrgChart}. {@link org.mehrcrm.followup.FollowUpService} creates and
 * works tasks for an actor; {@link org.mehrcrm.followup.Reminders#runDue} evaluates the
 * {@link org.mehrcrm.followup.ReminderRule}s when the host's scheduler calls it (no thread of our
 * own) and reports a {@link org.mehrcrm.followup.ReminderRun}. Changes raise
 * {@link org.mehrcrm.followup.FollowUpEvent}s.
 *
 * <p>The feature depends on {@code customer} (who to watch), {@code interaction} (last contacts)
 * and {@code purchase} (donations and first purchases), never the reverse.
 */
@NullMarked
package org.mehrcrm.followup;

import org.jspecify.annotations.NullMarked;
