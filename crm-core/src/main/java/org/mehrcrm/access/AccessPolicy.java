package org.mehrcrm.access;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.AccessDeniedException;

/**
 * Decides whether an actor may do something; an extension point for the host's own rules.
 *
 * <p>Example: a policy that lets only the account's owner change a key account is a small class
 * implementing {@link #permits}. The library ships {@link #allowAll()} (the default) and
 * {@link RoleBasedAccessPolicy}.
 *
 * <h2>Specification for implementors</h2>
 * {@link #permits} must be thread-safe, side-effect free and fast: it runs on every call.
 */
@FunctionalInterface
public interface AccessPolicy {

  /**
   * Tells whether the actor holds the permission.
   *
   * @param actor the acting user or system
   * @param permission what the call needs
   * @return true to allow
   */
  boolean permits(Actor actor, Permission permission);

  /**
   * Throws unless the actor holds the permission.
   *
   * @param actor the acting user or system
   * @param permission what the call needs
   * @throws AccessDeniedException if the policy refuses
   */
  default void check(Actor actor, Permission permission) {
    requireNonNull(actor, "actor");
    requireNonNull(permission, "permission");
    if (!permits(actor, permission)) {
      throw new AccessDeniedException(actor.id(), permission.toString());
    }
  }

  /**
   * Returns the policy that allows everything: the default for embedded use where the host
   * already checks access.
   *
   * @return the allow-all policy
   */
  static AccessPolicy allowAll() {
    return (actor, permission) -> {
      requireNonNull(actor, "actor");
      requireNonNull(permission, "permission");
      return true;
    };
  }
}
