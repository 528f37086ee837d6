package org.mehrcrm.satisfaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.DomainEvent;

/**
 * What happens in satisfaction monitoring; events carry ids and scores, never answers' text.
 *
 * <p>Example: {@code if (e instanceof SatisfactionEvent.FollowUpRequested f) followUps.open(f.customerId(), f.subject());}
 */
public sealed interface SatisfactionEvent extends DomainEvent {

  /**
   * Returns the invitation the event is about.
   *
   * @return the invitation id
   */
  InvitationId invitationId();

  @Override
  default String aggregateId() {
    return invitationId().value();
  }

  /**
   * A customer was invited; the host sends the invitation at {@code sendAt}.
   *
   * @param invitationId the invitation
   * @param surveyId the survey
   * @param customerId who
   * @param sendAt when to send it
   * @param occurredAt when
   */
  record Invited(InvitationId invitationId, SurveyId surveyId, CustomerId customerId, Instant sendAt,
      Instant occurredAt) implements SatisfactionEvent {
    /** Checks for nulls. */
    public Invited {
      requireNonNull(invitationId, "invitationId");
      requireNonNull(surveyId, "surveyId");
      requireNonNull(customerId, "customerId");
      requireNonNull(sendAt, "sendAt");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A survey was answered.
   *
   * @param invitationId the invitation
   * @param surveyId the survey
   * @param customerId who was invited
   * @param score the score, or {@code null}
   * @param occurredAt when
   */
  record Answered(InvitationId invitationId, SurveyId surveyId, CustomerId customerId,
      @Nullable Integer score, Instant occurredAt) implements SatisfactionEvent {
    /** Checks for nulls. */
    public Answered {
      requireNonNull(invitationId, "invitationId");
      requireNonNull(surveyId, "surveyId");
      requireNonNull(customerId, "customerId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A low score asks for a follow-up with the customer (the follow-up feature opens a task).
   *
   * @param invitationId the invitation
   * @param customerId who to follow up with
   * @param subject the case or purchase the survey was about
   * @param agentId the handling agent, or {@code null}
   * @param score the low score
   * @param occurredAt when
   */
  record FollowUpRequested(InvitationId invitationId, CustomerId customerId, String subject,
      @Nullable String agentId, int score, Instant occurredAt) implements SatisfactionEvent {
    /** Checks for nulls. */
    public FollowUpRequested {
      requireNonNull(invitationId, "invitationId");
      requireNonNull(customerId, "customerId");
      requireNonNull(subject, "subject");
      requireNonNull(occurredAt, "occurredAt");
    }
  }
}
