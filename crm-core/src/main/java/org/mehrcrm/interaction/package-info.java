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
 */
@NullMarked
package org.mehrcrm.interaction;

import org.jspecify.annotations.NullMarked;
