package org.mehrcrm.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a complaint stands: the ISO 10002 stages, plus waiting on the customer, reopened and
 * withdrawn.
 *
 * <p>The allowed moves:
 * <pre>
 * RECEIVED            → ACKNOWLEDGED, WITHDRAWN
 * ACKNOWLEDGED        → ASSESSED, WAITING_ON_CUSTOMER, WITHDRAWN
 * ASSESSED            → INVESTIGATING, WAITING_ON_CUSTOMER, WITHDRAWN
 * INVESTIGATING       → RESPONDED, WAITING_ON_CUSTOMER, WITHDRAWN
 * WAITING_ON_CUSTOMER → the stage it came from, WITHDRAWN
 * RESPONDED           → CLOSED, INVESTIGATING, WAITING_ON_CUSTOMER, WITHDRAWN
 * CLOSED              → REOPENED
 * REOPENED            → ASSESSED, INVESTIGATING, WAITING_ON_CUSTOMER, WITHDRAWN
 * WITHDRAWN           → (none)
 * </pre>
 * Example: {@code ComplaintStatus.RECEIVED.canMoveTo(ComplaintStatus.CLOSED)} is false.
 */
public enum ComplaintStatus {
  /** Filed: channel, category, description and the remedy sought are recorded. */
  RECEIVED,
  /** The customer was told the complaint arrived. */
  ACKNOWLEDGED,
  /** Severity, urgency and impact were rated. */
  ASSESSED,
  /** The facts are being investigated. */
  INVESTIGATING,
  /** Handling is paused until the customer answers; service-time clocks stop. */
  WAITING_ON_CUSTOMER,
  /** A decision and a remedy were offered to the customer. */
  RESPONDED,
  /** The customer accepted, or declined with their next step recorded. */
  CLOSED,
  /** A closed complaint was opened again within the reopen window. */
  REOPENED,
  /** The customer withdrew the complaint. */
  WITHDRAWN;

  /**
   * Returns the statuses this one may move to.
   *
   * @return the allowed next statuses
   */
  public Set<ComplaintStatus> nextStatuses() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(ACKNOWLEDGED, WITHDRAWN);
      case ACKNOWLEDGED -> EnumSet.of(ASSESSED, WAITING_ON_CUSTOMER, WITHDRAWN);
      case ASSESSED, INVESTIGATING -> EnumSet.of(this == ASSESSED ? INVESTIGATING : RESPONDED,
          WAITING_ON_CUSTOMER, WITHDRAWN);
      case WAITING_ON_CUSTOMER -> EnumSet.of(ACKNOWLEDGED, ASSESSED, INVESTIGATING, RESPONDED,
          REOPENED, WITHDRAWN);
      case RESPONDED -> EnumSet.of(CLOSED, INVESTIGATING, WAITING_ON_CUSTOMER, WITHDRAWN);
      case CLOSED -> EnumSet.of(REOPENED);
      case REOPENED -> EnumSet.of(ASSESSED, INVESTIGATING, WAITING_ON_CUSTOMER, WITHDRAWN);
      case WITHDRAWN -> EnumSet.noneOf(ComplaintStatus.class);
    };
  }

  /**
   * Tells whether a move is in the table.
   *
   * @param next the status to move to
   * @return true if allowed
   */
  public boolean canMoveTo(ComplaintStatus next) {
    return nextStatuses().contains(next);
  }

  /**
   * Tells whether the case is still being handled: neither closed nor withdrawn.
   *
   * @return true for an open case
   */
  public boolean isOpen() {
    return this != CLOSED && this != WITHDRAWN;
  }

  /**
   * Tells whether the team is working on the case in this status, so that resolution time runs:
   * received, acknowledged, assessed, investigating or reopened.
   *
   * @return true if the resolution clock runs
   */
  public boolean isActive() {
    return this == RECEIVED || this == ACKNOWLEDGED || this == ASSESSED || this == INVESTIGATING
        || this == REOPENED;
  }
}
