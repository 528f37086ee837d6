package org.mehrcrm.satisfaction;

/**
 * What a survey invitation follows.
 *
 * <p>Example: a CSAT survey {@link #CASE_CLOSED}, the after-purchase questionnaire {@link #PURCHASE}.
 */
public enum InvitationTrigger {
  /** A complaint or service case was closed. */
  CASE_CLOSED,
  /** The customer bought something. */
  PURCHASE
}
