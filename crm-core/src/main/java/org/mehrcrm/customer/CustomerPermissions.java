package org.mehrcrm.customer;

import org.mehrcrm.access.Permission;

/**
 * The permissions {@link CustomerService} checks, for configuring an access policy.
 *
 * <p>Example: {@code RoleBasedAccessPolicy.builder().grant("sales", "customer:read", "customer:update")}.
 */
public final class CustomerPermissions {
  /** Read profiles, search and look up customers. */
  public static final Permission READ = Permission.of("customer", "read");
  /** Register new customers. */
  public static final Permission REGISTER = Permission.of("customer", "register");
  /** Change profiles, contact points, consent, tags and attributes. */
  public static final Permission UPDATE = Permission.of("customer", "update");
  /** Move customers through the lifecycle. */
  public static final Permission MOVE_STAGE = Permission.of("customer", "move-stage");
  /**
   * See personal fields unmasked (names, e-mail addresses, phone numbers) in views such as the
   * 360° view; without it they are masked as {@code PersonalData} masks them for logs.
   */
  public static final Permission READ_PERSONAL = Permission.of("customer", "read-personal");
  /** Assign owners and set the key-account flag. */
  public static final Permission ASSIGN = Permission.of("customer", "assign");

  private CustomerPermissions() {}
}
