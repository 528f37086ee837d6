package org.mehrcrm.followup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.mehrcrm.kernel.CrmException;

/**
 * Thrown when an agent acts on a follow-up task another agent holds under a live lease.
 *
 * <p>Example: {@code new FollowUpClaimedException(FollowUpId.of("T-1"), "agent-2", leaseUntil)}
 * reads {@code "follow-up T-1: claimed by agent-2 until 2026-04-17T10:15:00Z"}. Wait for the
 * lease to expire, or ask the holder. Nothing was changed.
 */
public final class FollowUpClaimedException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String taskId;
  private final String holder;
  private final Instant leaseUntil;

  /**
   * Creates the exception.
   *
   * @param taskId the task
   * @param holder the agent holding the lease
   * @param leaseUntil when the lease expires
   */
  public FollowUpClaimedException(FollowUpId taskId, String holder, Instant leaseUntil) {
    super("follow-up " + requireNonNull(taskId, "taskId") + ": claimed by "
        + requireNonNull(holder, "holder") + " until " + requireNonNull(leaseUntil, "leaseUntil"));
    this.taskId = taskId.value();
    this.holder = holder;
    this.leaseUntil = leaseUntil;
  }

  /**
   * Returns the task.
   *
   * @return its id
   */
  public FollowUpId taskId() {
    return FollowUpId.of(taskId);
  }

  /**
   * Returns the agent holding the lease.
   *
   * @return the agent's actor id
   */
  public String holder() {
    return holder;
  }

  /**
   * Returns when the lease expires.
   *
   * @return the moment
   */
  public Instant leaseUntil() {
    return leaseUntil;
  }
}
