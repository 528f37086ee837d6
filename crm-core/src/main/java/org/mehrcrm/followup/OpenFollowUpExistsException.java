package org.mehrcrm.followup;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.CrmException;

/**
 * Thrown by {@link FollowUpRepository#save} when a second open task would exist for the same
 * customer and purpose; {@link FollowUpService} catches it and returns the open task instead.
 *
 * <p>Example: {@code new OpenFollowUpExistsException(FollowUpId.of("T-1"))} reads
 * {@code "follow-up T-1: already open for this customer and purpose"}. Nothing was written.
 */
public final class OpenFollowUpExistsException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String openTask;

  /**
   * Creates the exception.
   *
   * @param openTask the task already open
   */
  public OpenFollowUpExistsException(FollowUpId openTask) {
    super("follow-up " + requireNonNull(openTask, "openTask") + ": already open for this customer and purpose");
    this.openTask = openTask.value();
  }

  /**
   * Returns the task already open.
   *
   * @return its id
   */
  public FollowUpId openTask() {
    return FollowUpId.of(openTask);
  }
}
