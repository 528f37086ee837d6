package org.mehrcrm.loyalty;

import org.mehrcrm.access.Permission;

/**
 * The permissions {@link LoyaltyService} checks, for configuring an access policy.
 *
 * <p>Example: {@code RoleBasedAccessPolicy.builder().grant("till", "loyalty:read", "loyalty:earn", "loyalty:redeem")}.
 *
 * @since 0.1
 */
public final class LoyaltyPermissions {
  /** Read accounts, statements, previews and tier outlooks. */
  public static final Permission READ = Permission.of("loyalty", "read");
  /** Enrol customers. */
  public static final Permission ENROL = Permission.of("loyalty", "enrol");
  /** Award points for purchases and engagements, and reverse them for returns. */
  public static final Permission EARN = Permission.of("loyalty", "earn");
  /** Redeem points and rewards, and cancel redemptions. */
  public static final Permission REDEEM = Permission.of("loyalty", "redeem");
  /** Adjust balances by hand. */
  public static final Permission ADJUST = Permission.of("loyalty", "adjust");
  /** Run the scheduled expiry and tier review. */
  public static final Permission RUN = Permission.of("loyalty", "run");
  /** Create programmes and change their rules. */
  public static final Permission CONFIGURE = Permission.of("loyalty", "configure");

  private LoyaltyPermissions() {}
}
