package org.mehrcrm.complaint;

import org.mehrcrm.access.Permission;

/**
 * The permissions {@link ComplaintService} checks, for configuring an access policy.
 *
 * <p>Example: {@code RoleBasedAccessPolicy.builder().grant("agent", "complaint:read", "complaint:handle")}.
 */
public final class ComplaintPermissions {
  /** Read cases and their service-time status. */
  public static final Permission READ = Permission.of("complaint", "read");
  /** File new complaints. */
  public static final Permission FILE = Permission.of("complaint", "file");
  /** Move cases through the stages, update customers, respond, close, reopen. */
  public static final Permission HANDLE = Permission.of("complaint", "handle");
  /** Assign and hand off cases. */
  public static final Permission ASSIGN = Permission.of("complaint", "assign");
  /** Change priority, policy version and custom attributes. */
  public static final Permission MANAGE = Permission.of("complaint", "manage");

  private ComplaintPermissions() {}
}
