package org.mehrcrm.satisfaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * An invitation to answer a survey about one case or purchase, valid from when it is sent until
 * it expires.
 *
 * <p>Made by {@link InvitationPolicy#invite}; answered with {@link #answer}. It carries what
 * scores are grouped by: the handling agent, the category and the customer's segment.
 * Immutable and thread-safe.
 *
 * @param id the invitation's id
 * @param surveyId the survey
 * @param customerId who is invited
 * @param trigger what it follows
 * @param subject the case id or purchase reference it is about
 * @param agentId the agent who handled the case, or {@code null}; they may not answer it
 * @param category the case's or product's category code, or {@code null}
 * @param segment the customer's segment or tier code, or {@code null}
 * @param sendAt when it is to be sent (the trigger plus the policy's delay)
 * @param expiresAt when it stops accepting answers, after {@code sendAt}
 */
public record SurveyInvitation(InvitationId id, SurveyId surveyId, CustomerId customerId,
    InvitationTrigger trigger, String subject, @Nullable String agentId, @Nullable String category,
    @Nullable String segment, Instant sendAt, Instant expiresAt) {

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the subject or agent is not a valid identifier, or the
   *     expiry is not after sending
   */
  public SurveyInvitation {
    requireNonNull(id, "id");
    requireNonNull(surveyId, "surveyId");
    requireNonNull(customerId, "customerId");
    requireNonNull(trigger, "trigger");
    requireNonNull(subject, "subject");
    requireNonNull(sendAt, "sendAt");
    requireNonNull(expiresAt, "expiresAt");
    Ids.requireValid(subject, "subject");
    if (agentId != null) {
      Ids.requireValid(agentId, "agentId");
    }
    if (!expiresAt.isAfter(sendAt)) {
      throw new InvalidFieldException("expiresAt", "must be after sendAt");
    }
  }

  /**
   * Tells whether the invitation accepts answers at a moment.
   *
   * @param at the moment
   * @return true from sending until expiry (exclusive)
   */
  public boolean isOpenAt(Instant at) {
    requireNonNull(at, "at");
    return !at.isBefore(sendAt) && at.isBefore(expiresAt);
  }

  /**
   * Answers the invitation.
   *
   * @param survey the survey it names
   * @param respondentId who answers: the customer, or someone on their behalf
   * @param answers the answers as text, by question code
   * @param at when
   * @return the response, with the score if the survey has one
   * @throws InvalidFieldException if the survey is another one, the respondent is the agent who
   *     handled the case, the invitation is not open at {@code at}, or an answer is invalid
   */
  public SurveyResponse answer(Survey survey, String respondentId, Map<String, String> answers, Instant at) {
    requireNonNull(survey, "survey");
    requireNonNull(respondentId, "respondentId");
    requireNonNull(answers, "answers");
    requireNonNull(at, "at");
    if (!survey.id().equals(surveyId)) {
      throw new InvalidFieldException("survey", "must be the invitation's survey (" + surveyId + ")");
    }
    if (respondentId.equals(agentId)) {
      throw new InvalidFieldException("respondent", "must not be the agent who handled the case");
    }
    if (at.isBefore(sendAt)) {
      throw new InvalidFieldException("at", "must not be before the invitation is sent");
    }
    if (!at.isBefore(expiresAt)) {
      throw new InvalidFieldException("at", "must be before the invitation expires (" + expiresAt + ")");
    }
    Map<String, String> canonical = survey.validate(answers);
    Integer score = survey.score(canonical).isPresent() ? survey.score(canonical).getAsInt() : null;
    return new SurveyResponse(id, surveyId, customerId, respondentId, canonical, score, at);
  }
}
