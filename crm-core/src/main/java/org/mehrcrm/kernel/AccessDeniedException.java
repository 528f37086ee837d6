package org.mehrcrm.kernel;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when the access policy does not allow an actor to do something.
 *
 * <p>Example: {@code new AccessDeniedException("agent-17", "customer:register")} reads
 * {@code "actor agent-17: may not customer:register"}. Nothing was changed.
 */
public final class AccessDeniedException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String actorId;
  private final String permission;

  /**
   * Creates the exception.
   *
   * @param actorId the identifier of the actor that was refused
   * @param permission the permission it lacks, as {@code feature:action}
   */
  public AccessDeniedException(String actorId, String permission) {
    super("actor " + requireNonNull(actorId, "actorId") + ": may not "
        + requireNonNull(permission, "permission"));
    this.actorId = actorId;
    this.permission = permission;
  }

  /**
   * Returns the identifier of the refused actor.
   *
   * @return the actor's identifier
   */
  public String actorId() {
    return actorId;
  }

  /**
   * Returns the permission that was missing.
   *
   * @return the permission as {@code feature:action}
   */
  public String permission() {
    return permission;
  }
}
