/**
 * Satisfaction monitoring after ISO 10004: surveys, invitations, responses and scores.
 *
 * <p>A {@link org.mehrcrm.satisfaction.Survey} holds {@link org.mehrcrm.satisfaction.Question}s of
 * the {@link org.mehrcrm.satisfaction.QuestionKind}s; {@link org.mehrcrm.satisfaction.SurveyTemplates}
 * ships NPS, CSAT, CES and an after-purchase questionnaire. An
 * {@link org.mehrcrm.satisfaction.InvitationPolicy} decides, reproducibly, which closed cases or
 * purchases get a {@link org.mehrcrm.satisfaction.SurveyInvitation} (delay, sampling, expiry);
 * answering one yields a {@link org.mehrcrm.satisfaction.SurveyResponse}, and a low score raises
 * {@link org.mehrcrm.satisfaction.SatisfactionEvent.FollowUpRequested}.
 * {@link org.mehrcrm.satisfaction.Scores} computes NPS, CSAT and CES with response rate and a 95%
 * confidence interval for any grouping. Storage is behind
 * {@link org.mehrcrm.satisfaction.SurveyRepository}; the application service is
 * {@link org.mehrcrm.satisfaction.SatisfactionService}.
 */
@NullMarked
package org.mehrcrm.satisfaction;

import org.jspecify.annotations.NullMarked;
