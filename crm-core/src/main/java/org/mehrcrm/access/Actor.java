package org.mehrcrm.access;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * Whoever performs a service call: a person signed in to the host, or a system job.
 *
 * <p>Example: {@code Actor.of("agent-17", "sales")}. The identifier is the host's user id; the
 * roles are what a {@link RoleBasedAccessPolicy} maps to permissions. Immutable and thread-safe.
 *
 * @param id the host's identifier of the actor
 * @param roles the actor's roles, each non-blank
 */
public record Actor(String id, Set<String> roles) {

  /**
   * Validates and copies the parts.
   *
   * @throws InvalidFieldException if the id is not a valid identifier or a role is blank
   */
  public Actor {
    Ids.requireValid(id, "actor.id");
    roles = Set.copyOf(requireNonNull(roles, "roles"));
    for (String role : roles) {
      if (role.isBlank()) {
        throw new InvalidFieldException("actor.roles", "must not contain a blank role");
      }
    }
  }

  /**
   * Returns an actor with the given roles; a role given twice counts once.
   *
   * @param id the host's identifier of the actor
   * @param roles the roles
   * @return the actor
   */
  public static Actor of(String id, String... roles) {
    return new Actor(id, new LinkedHashSet<>(Arrays.asList(roles)));
  }

  /**
   * Returns the actor for the library's own scheduled work (reminders, expiry), with role
   * {@code "system"}.
   *
   * @return the system actor
   */
  public static Actor system() {
    return new Actor("system", Set.of("system"));
  }

  /**
   * Tells whether the actor has a role.
   *
   * @param role the role
   * @return true if the actor has it
   */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
