package org.mehrcrm.satisfaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.Ids;

/**
 * The answers to one invitation.
 *
 * <p>Made by {@link SurveyInvitation#answer}; {@code score} is the answer to the survey's score
 * question. Immutable and thread-safe.
 *
 * @param invitationId the invitation answered
 * @param surveyId the survey
 * @param customerId the invited customer
 * @param respondentId who answered
 * @param answers canonical answers by question code
 * @param score the score question's answer, or {@code null} if there is none
 * @param submittedAt when
 */
public record SurveyResponse(InvitationId invitationId, SurveyId surveyId, CustomerId customerId,
    String respondentId, Map<String, String> answers, @Nullable Integer score, Instant submittedAt) {

  /**
   * Copies the answers.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if the respondent is not a valid identifier
   */
  public SurveyResponse {
    requireNonNull(invitationId, "invitationId");
    requireNonNull(surveyId, "surveyId");
    requireNonNull(customerId, "customerId");
    requireNonNull(respondentId, "respondentId");
    Ids.requireValid(respondentId, "respondentId");
    answers = Map.copyOf(requireNonNull(answers, "answers"));
    requireNonNull(submittedAt, "submittedAt");
  }
}
