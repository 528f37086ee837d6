package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.CrmException;

/**
 * Thrown when a command would move a complaint along a path the stage table does not allow.
 *
 * <p>Example: closing a case that was only acknowledged reads
 * {@code "complaint C-1: cannot move from ACKNOWLEDGED to CLOSED"}. Nothing was changed.
 */
public final class IllegalTransitionException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final ComplaintId complaintId;
  private final ComplaintStatus from;
  private final ComplaintStatus to;

  /**
   * Creates the exception.
   *
   * @param complaintId the case
   * @param from its status
   * @param to the status the command wanted
   */
  public IllegalTransitionException(ComplaintId complaintId, ComplaintStatus from, ComplaintStatus to) {
    super("complaint " + requireNonNull(complaintId, "complaintId") + ": cannot move from "
        + requireNonNull(from, "from") + " to " + requireNonNull(to, "to"));
    this.complaintId = complaintId;
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the case.
   *
   * @return the complaint's id
   */
  public ComplaintId complaintId() {
    return complaintId;
  }

  /**
   * Returns the status the case was in.
   *
   * @return the current status
   */
  public ComplaintStatus from() {
    return from;
  }

  /**
   * Returns the status the command asked for.
   *
   * @return the refused status
   */
  public ComplaintStatus to() {
    return to;
  }
}
