package org.mehrcrm.interaction;

import org.mehrcrm.access.Permission;

/**
 * The permissions {@link InteractionService} and {@link ContactPlanner} check, for configuring an
 * access policy.
 *
 * <p>Example: {@code RoleBasedAccessPolicy.builder().grant("agent", "interaction:record", "interaction:read")}.
 */
public final class InteractionPermissions {
  /** Record and correct interactions. */
  public static final Permission RECORD = Permission.of("interaction", "record");
  /** Read the interaction history, contact frequency and plans. */
  public static final Permission READ = Permission.of("interaction", "read");

  private InteractionPermissions() {}
}
