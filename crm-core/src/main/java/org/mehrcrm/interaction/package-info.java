/**
 * Interactions: the history of contacts between the firm and its customers, across channels.
 *
 * <p>An {@link org.mehrcrm.interaction.Interaction} is a fact: a
 * {@link org.mehrcrm.customer.Channel} (shipped or host-declared), a
 * {@link org.mehrcrm.interaction.Direction}, a {@link org.mehrcrm.customer.Purpose}, when and how
 * long, subject, summary, {@link org.mehrcrm.interaction.Outcome}, the agent, and optional links
 * to a complaint, a purchase or a host document. Interactions are appended, never changed; a
 * mistake is put right by a correction that supersedes the original, which stays readable for
 * the audit trail but no longer counts. Storage is behind
 * {@link org.mehrcrm.interaction.InteractionRepository}.
 *
 * <p>{@link org.mehrcrm.interaction.InteractionService} records contacts for an actor, refusing
 * an outbound one without the customer's consent for its channel and purpose
 * ({@link org.mehrcrm.interaction.ConsentMissingException}), and answers
 * {@link org.mehrcrm.interaction.ContactFrequency} and the gap since the last contact.
 * {@link org.mehrcrm.interaction.ContactPlanner} answers how to reach a customer for a purpose
 * now, under the host's {@link org.mehrcrm.interaction.ContactRules} (quiet hours in the
 * customer's time zone, a frequency cap), as a {@link org.mehrcrm.interaction.ContactPlan} that
 * says why each channel was passed over. The planner lives here rather than in {@code followup}
 * because it reads only customers and interactions. Changes raise
 * {@link org.mehrcrm.interaction.InteractionEvent}s.
 */
@NullMarked
package org.mehrcrm.interaction;

import org.jspecify.annotations.NullMarked;
