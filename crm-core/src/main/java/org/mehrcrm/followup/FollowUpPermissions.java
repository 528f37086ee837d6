package org.mehrcrm.followup;

import org.mehrcrm.access.Permission;

/**
 * The permissions {@link FollowUpService} checks, for configuring an access policy.
 *
 * <p>Example: {@code RoleBasedAccessPolicy.builder().grant("agent", "followup:read", "followup:work")}.
 */
public final class FollowUpPermissions {
  /** Read tasks and work lists. */
  public static final Permission READ = Permission.of("followup", "read");
  /** Create tasks. */
  public static final Permission CREATE = Permission.of("followup", "create");
  /** Claim, release and complete tasks and add notes. */
  public static final Permission WORK = Permission.of("followup", "work");
  /** Cancel, reschedule and reassign tasks. */
  public static final Permission MANAGE = Permission.of("followup", "manage");

  private FollowUpPermissions() {}
}
