package org.mehrcrm.satisfaction;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * When to invite customers to a survey: after which trigger, how long after, what share of them,
 * and for how long the invitation stays open.
 *
 * <p>Example: a CSAT survey to 30% of closed cases, sent a day after closing, open for a week:
 * <pre>{@code
 * InvitationPolicy p = new InvitationPolicy(SurveyId.of("csat"), InvitationTrigger.CASE_CLOSED,
 *     Duration.ofDays(1), 30, Duration.ofDays(7), 42L);
 * }</pre>
 * Sampling is deterministic: whether a subject is sampled depends only on the seed and the
 * subject, so a rerun or a test invites exactly the same cases. Immutable and thread-safe.
 *
 * @param surveyId the survey
 * @param trigger what invitations follow
 * @param delay how long after the trigger to send, not negative
 * @param samplePercent the share of subjects invited, 1 to 100
 * @param validFor how long an invitation stays open after sending, positive
 * @param seed the sampling seed
 */
public record InvitationPolicy(SurveyId surveyId, InvitationTrigger trigger, Duration delay,
    int samplePercent, Duration validFor, long seed) {

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the delay is negative, the share is outside 1–100 or the
   *     validity is not positive
   */
  public InvitationPolicy {
    requireNonNull(surveyId, "surveyId");
    requireNonNull(trigger, "trigger");
    requireNonNull(delay, "delay");
    requireNonNull(validFor, "validFor");
    if (delay.isNegative()) {
      throw new InvalidFieldException("delay", "must not be negative");
    }
    if (samplePercent < 1 || samplePercent > 100) {
      throw new InvalidFieldException("samplePercent", "must be between 1 and 100");
    }
    if (validFor.isNegative() || validFor.isZero()) {
      throw new InvalidFieldException("validFor", "must be positive");
    }
  }

  /**
   * Tells whether a subject falls into the sample.
   *
   * @param subject the case id or purchase reference
   * @return true if it is invited
   */
  public boolean samples(String subject) {
    requireNonNull(subject, "subject");
    long h = 0xcbf29ce484222325L ^ seed;
    for (int i = 0; i < subject.length(); i++) {
      h = (h ^ subject.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return Long.remainderUnsigned(h, 100) < samplePercent;
  }

  /**
   * Makes the invitation for a subject, if it is sampled.
   *
   * @param id the new invitation's id
   * @param customerId who is invited
   * @param subject the case id or purchase reference
   * @param agentId the handling agent, or null
   * @param category the category code, or null
   * @param segment the customer's segment, or null
   * @param triggeredAt when the case closed or the purchase happened
   * @return the invitation, or empty if the subject is not sampled
   */
  public Optional<SurveyInvitation> invite(InvitationId id, CustomerId customerId, String subject,
      @Nullable String agentId, @Nullable String category, @Nullable String segment, Instant triggeredAt) {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(triggeredAt, "triggeredAt");
    if (!samples(subject)) {
      return Optional.empty();
    }
    Instant send = triggeredAt.plus(delay);
    return Optional.of(new SurveyInvitation(id, surveyId, customerId, trigger, subject, agentId,
        category, segment, send, send.plus(validFor)));
  }
}
