package org.mehrcrm.complaint;

/**
 * Whether a service-time target's clock is counting.
 *
 * <p>Example: a case waiting on the customer has its resolution target {@link #PAUSED}.
 */
public enum SlaPhase {
  /** Not counting yet: the update target before the first response. */
  NOT_STARTED,
  /** Counting business time. */
  RUNNING,
  /** Waiting on the customer: not counting, and the due time moves with the wait. */
  PAUSED,
  /** Done: the target was reached (met or late), or the case left active handling. */
  STOPPED
}
