package org.mehrcrm.purchase;

import org.mehrcrm.access.Permission;

/**
 * The permissions {@link PurchaseService} checks, for configuring an access policy.
 *
 * <p>Example: {@code RoleBasedAccessPolicy.builder().grant("erp", "purchase:record")}.
 */
public final class PurchasePermissions {
  /** Report purchases and returns. */
  public static final Permission RECORD = Permission.of("purchase", "record");
  /** Read purchases and returns. */
  public static final Permission READ = Permission.of("purchase", "read");

  private PurchasePermissions() {}
}
