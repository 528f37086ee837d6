package org.mehrcrm.complaint;

/**
 * The service-time commitments a policy can set for a complaint.
 *
 * <p>Example: {@code status.target(SlaTarget.RESOLVE).due()}.
 */
public enum SlaTarget {
  /** Acknowledge receipt: runs while the case is {@link ComplaintStatus#RECEIVED}. */
  ACKNOWLEDGE,
  /** First response: runs until the first update to the customer or the response. */
  FIRST_RESPONSE,
  /** Resolution: runs while the case is active, until a response is given. */
  RESOLVE,
  /** Keep the customer updated: after the first response, restarts with each update. */
  UPDATE
}
