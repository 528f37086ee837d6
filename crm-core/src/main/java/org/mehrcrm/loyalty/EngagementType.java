package org.mehrcrm.loyalty;

/**
 * Something a member does, other than buying, that a programme may reward.
 *
 * <p>Example: {@code EarningRules.perEngagement(EngagementType.REVIEW, 50)}.
 *
 * @since 0.1
 */
public enum EngagementType {
  /** The member joined the programme. */
  SIGN_UP,
  /** A person the member referred became a customer. */
  REFERRAL,
  /** The member wrote a product review. */
  REVIEW,
  /** The member answered a survey. */
  SURVEY_ANSWERED,
  /** The member donated. */
  DONATION
}
