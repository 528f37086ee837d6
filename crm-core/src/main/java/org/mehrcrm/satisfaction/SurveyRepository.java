package org.mehrcrm.satisfaction;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.mehrcrm.kernel.ConcurrentUpdateException;

/**
 * The port where survey invitations and responses are kept; implemented by storage adapters.
 *
 * <p>Example: {@code repository.findResponse(invitationId).isPresent()} tells whether it was answered.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Thread-safety:</b> every method may be called from many threads at once.</li>
 *   <li><b>Write once:</b> invitations and responses are never changed. {@link #saveInvitation}
 *       fails with {@link ConcurrentUpdateException} (kind {@code "invitation"}) if the id, or the
 *       pair of survey and subject, is already stored; {@link #saveResponse} fails the same way
 *       (kind {@code "response"}) if the invitation already has a response. A failed save writes
 *       nothing, so a duplicate answer can never overwrite the first.</li>
 *   <li><b>Lookups</b> return what the last committed save stored and never {@code null}.</li>
 *   <li><b>Streams</b> are lazy, ordered by invitation id, and closed by the caller;
 *       periods are half-open {@code [from, to)}.</li>
 *   <li><b>Atomicity:</b> inside the provider's transaction boundary, saves commit or roll back
 *       with the transaction.</li>
 * </ul>
 */
public interface SurveyRepository {

  /**
   * Finds an invitation.
   *
   * @param id the id
   * @return the invitation, or empty
   */
  Optional<SurveyInvitation> findInvitation(InvitationId id);

  /**
   * Finds the invitation to a survey about a subject.
   *
   * @param surveyId the survey
   * @param subject the case id or purchase reference
   * @return the invitation, or empty
   */
  Optional<SurveyInvitation> findInvitation(SurveyId surveyId, String subject);

  /**
   * Finds the response to an invitation.
   *
   * @param id the invitation
   * @return the response, or empty if not answered
   */
  Optional<SurveyResponse> findResponse(InvitationId id);

  /**
   * Streams the invitations to a survey sent in a period.
   *
   * @param surveyId the survey
   * @param from the start of the period ({@code sendAt}), inclusive
   * @param to the end, exclusive
   * @return a lazy stream the caller must close
   */
  Stream<SurveyInvitation> streamInvitations(SurveyId surveyId, Instant from, Instant to);

  /**
   * Streams the responses to the invitations of a survey sent in a period.
   *
   * @param surveyId the survey
   * @param from the start of the period (the invitation's {@code sendAt}), inclusive
   * @param to the end, exclusive
   * @return a lazy stream the caller must close
   */
  Stream<SurveyResponse> streamResponses(SurveyId surveyId, Instant from, Instant to);

  /**
   * Stores a new invitation.
   *
   * @param invitation the invitation
   * @throws ConcurrentUpdateException if it, or one for the same survey and subject, is stored
   */
  void saveInvitation(SurveyInvitation invitation);

  /**
   * Stores a response.
   *
   * @param response the response
   * @throws ConcurrentUpdateException if the invitation already has one
   */
  void saveResponse(SurveyResponse response);
}
