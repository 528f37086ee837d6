package org.mehrcrm.satisfaction;

import org.mehrcrm.access.Permission;

/**
 * The permissions {@link SatisfactionService} checks.
 *
 * <p>Example: {@code RoleBasedAccessPolicy.builder().grant("system", "survey:invite").grant("customer", "survey:answer")}.
 */
public final class SatisfactionPermissions {
  /** Create invitations. */
  public static final Permission INVITE = Permission.of("survey", "invite");
  /** Answer an invitation. */
  public static final Permission ANSWER = Permission.of("survey", "answer");
  /** Read invitations and responses. */
  public static final Permission READ = Permission.of("survey", "read");

  private SatisfactionPermissions() {}
}
