package org.mehrcrm.satisfaction;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.kernel.UnitOfWork;

/**
 * The application service for satisfaction surveys: invites after a closed case or a purchase,
 * takes answers, and asks for a follow-up on a low score.
 *
 * <p>Example:
 * <pre>{@code
 * Optional<SurveyInvitation> inv = surveys.invite(Actor.system(), csatAfterCases, customerId,
 *     complaint.id().value(), complaint.assignee().orElse(null), "billing", null, closedAt);
 * SurveyResponse r = surveys.answer(customerActor, inv.orElseThrow().id(), Map.of("satisfied", "2"));
 * // a FollowUpRequested event was recorded with the answer
 * }</pre>
 * Thread-safe.
 */
public final class SatisfactionService {
  private final SurveyRepository repository;
  private final UnitOfWork unitOfWork;
  private final AccessPolicy policy;
  private final Clock clock;
  private final IdGenerator ids;
  private final Map<SurveyId, Survey> surveys;

  /**
   * Creates the service.
   *
   * @param repository where invitations and responses are kept
   * @param unitOfWork the transaction and event machinery
   * @param policy the access policy
   * @param clock the clock that dates answers
   * @param ids the generator for invitation ids
   * @param surveys the survey definitions, with distinct ids
   * @throws InvalidFieldException if two surveys share an id
   */
  public SatisfactionService(SurveyRepository repository, UnitOfWork unitOfWork, AccessPolicy policy,
      Clock clock, IdGenerator ids, List<Survey> surveys) {
    this.repository = requireNonNull(repository, "repository");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
    Map<SurveyId, Survey> map = new HashMap<>();
    for (Survey s : requireNonNull(surveys, "surveys")) {
      if (map.put(s.id(), s) != null) {
        throw new InvalidFieldException("surveys", "must not repeat an id (" + s.id() + ")");
      }
    }
    this.surveys = Map.copyOf(map);
  }

  /**
   * Invites a customer about a closed case or a purchase, if the policy samples it; inviting
   * twice about the same subject returns the first invitation.
   *
   * @param actor who invites (usually the system)
   * @param invitationPolicy the survey, delay, sampling and validity
   * @param customerId who to invite
   * @param subject the case id or purchase reference
   * @param agentId the agent who handled the case, or null
   * @param category the category code, or null
   * @param segment the customer's segment, or null
   * @param triggeredAt when the case closed or the purchase happened
   * @return the invitation, or empty if the subject is not sampled
   * @throws AccessDeniedException without {@code survey:invite}
   * @throws NotFoundException if the policy names an unknown survey
   */
  public Optional<SurveyInvitation> invite(Actor actor, InvitationPolicy invitationPolicy,
      CustomerId customerId, String subject, @Nullable String agentId, @Nullable String category,
      @Nullable String segment, Instant triggeredAt) {
    policy.check(requireNonNull(actor, "actor"), SatisfactionPermissions.INVITE);
    requireNonNull(invitationPolicy, "invitationPolicy");
    survey(invitationPolicy.surveyId());
    Optional<SurveyInvitation> existing = repository.findInvitation(invitationPolicy.surveyId(),
        requireNonNull(subject, "subject"));
    if (existing.isPresent()) {
      return existing;
    }
    Optional<SurveyInvitation> invitation = invitationPolicy.invite(InvitationId.of(ids.nextId()),
        customerId, subject, agentId, category, segment, triggeredAt);
    invitation.ifPresent(inv -> unitOfWork.run(() -> {
      repository.saveInvitation(inv);
      unitOfWork.record(List.of(new SatisfactionEvent.Invited(inv.id(), inv.surveyId(),
          inv.customerId(), inv.sendAt(), clock.instant())));
      return inv;
    }));
    return invitation;
  }

  /**
   * Answers an invitation; a low score records {@link SatisfactionEvent.FollowUpRequested}.
   *
   * @param respondent who answers
   * @param invitationId the invitation
   * @param answers the answers as text, by question code
   * @return the stored response
   * @throws AccessDeniedException without {@code survey:answer}
   * @throws NotFoundException if there is no such invitation
   * @throws InvalidFieldException if the respondent handled the case, the invitation is closed or
   *     already answered, or an answer is invalid
   */
  public SurveyResponse answer(Actor respondent, InvitationId invitationId, Map<String, String> answers) {
    policy.check(requireNonNull(respondent, "respondent"), SatisfactionPermissions.ANSWER);
    requireNonNull(invitationId, "invitationId");
    requireNonNull(answers, "answers");
    SurveyInvitation inv = repository.findInvitation(invitationId)
        .orElseThrow(() -> new NotFoundException("invitation", invitationId.value()));
    if (repository.findResponse(invitationId).isPresent()) {
      throw new InvalidFieldException("invitation", "must not be answered twice");
    }
    Survey survey = survey(inv.surveyId());
    Instant at = clock.instant();
    SurveyResponse response = inv.answer(survey, respondent.id(), answers, at);
    List<SatisfactionEvent> events = new ArrayList<>();
    events.add(new SatisfactionEvent.Answered(inv.id(), inv.surveyId(), inv.customerId(), response.score(), at));
    Integer score = response.score();
    if (score != null && survey.needsFollowUp(score)) {
      events.add(new SatisfactionEvent.FollowUpRequested(inv.id(), inv.customerId(), inv.subject(),
          inv.agentId(), score, at));
    }
    return unitOfWork.run(() -> {
      repository.saveResponse(response);
      unitOfWork.record(events);
      return response;
    });
  }

  /**
   * Returns a survey definition.
   *
   * @param id the survey
   * @return the survey
   * @throws NotFoundException if there is no such survey
   */
  public Survey survey(SurveyId id) {
    Survey s = surveys.get(requireNonNull(id, "id"));
    if (s == null) {
      throw new NotFoundException("survey", id.value());
    }
    return s;
  }
}
