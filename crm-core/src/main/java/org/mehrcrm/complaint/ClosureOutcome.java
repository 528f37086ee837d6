package org.mehrcrm.complaint;

/**
 * How the customer took the response when the case closed.
 *
 * <p>Example: {@code complaint.close(ClosureOutcome.DECLINED, "external-dispute-body", actor, at)}.
 */
public enum ClosureOutcome {
  /** The customer accepted the decision and remedy. */
  ACCEPTED,
  /** The customer declined; their next step is recorded. */
  DECLINED
}
