package org.mehrcrm.access;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An access policy that maps roles to permissions per feature and action.
 *
 * <p>Example:
 * <pre>{@code
 * AccessPolicy policy = RoleBasedAccessPolicy.builder()
 *     .grant("admin", "*:*")
 *     .grant("sales", "customer:read", "customer:register", "customer:update")
 *     .grant("auditor", "customer:read")
 *     .build();
 * }</pre>
 * An actor is allowed if any of its roles holds a permission covering the request. Immutable and
 * thread-safe.
 */
public final class RoleBasedAccessPolicy implements AccessPolicy {
  private final Map<String, List<Permission>> grants;

  private RoleBasedAccessPolicy(Map<String, List<Permission>> grants) {
    this.grants = grants;
  }

  /**
   * Returns a builder with no grants.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean permits(Actor actor, Permission permission) {
    requireNonNull(actor, "actor");
    requireNonNull(permission, "permission");
    for (String role : actor.roles()) {
      for (Permission held : grants.getOrDefault(role, List.of())) {
        if (held.covers(permission)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the permissions granted to a role.
   *
   * @param role the role
   * @return the permissions, empty for an unknown role
   */
  public Set<Permission> permissionsOf(String role) {
    return Set.copyOf(grants.getOrDefault(requireNonNull(role, "role"), List.of()));
  }

  /** Collects grants; not thread-safe. */
  public static final class Builder {
    private final Map<String, Set<Permission>> grants = new HashMap<>();

    private Builder() {}

    /**
     * Grants permissions to a role.
     *
     * @param role the role
     * @param permissions permissions in {@code feature:action} form, wildcards allowed
     * @return this builder
     * @throws org.mehrcrm.kernel.InvalidFieldException if a permission is malformed
     */
    public Builder grant(String role, String... permissions) {
      requireNonNull(role, "role");
      Set<Permission> set = grants.computeIfAbsent(role, r -> new LinkedHashSet<>());
      for (String p : permissions) {
        set.add(Permission.parse(p));
      }
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the immutable policy
     */
    public RoleBasedAccessPolicy build() {
      Map<String, List<Permission>> copy = new HashMap<>();
      grants.forEach((role, set) -> copy.put(role, List.copyOf(set)));
      return new RoleBasedAccessPolicy(Map.copyOf(copy));
    }
  }
}
