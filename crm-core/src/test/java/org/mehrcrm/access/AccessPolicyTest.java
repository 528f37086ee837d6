package org.mehrcrm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.InvalidFieldException;

class AccessPolicyTest {
  private static final Permission READ = Permission.parse("customer:read");
  private static final Permission REGISTER = Permission.parse("customer:register");
  private static final Permission POST_POINTS = Permission.parse("loyalty:post");

  private final RoleBasedAccessPolicy policy = RoleBasedAccessPolicy.builder()
      .grant("admin", "*:*")
      .grant("sales", "customer:read", "customer:register", "customer:update")
      .grant("auditor", "*:read")
      .build();

  @Test
  void actorIsAllowedWhenOneOfItsRolesHoldsThePermission() {
    assertThat(policy.permits(Actor.of("agent-17", "sales"), REGISTER)).isTrue();
    assertThat(policy.permits(Actor.of("agent-17", "auditor", "sales"), POST_POINTS)).isFalse();
  }

  @Test
  void wildcardGrantsCoverEveryMatchingPermission() {
    assertThat(policy.permits(Actor.of("root", "admin"), POST_POINTS)).isTrue();
    assertThat(policy.permits(Actor.of("audit-1", "auditor"), Permission.parse("complaint:read"))).isTrue();
    assertThat(policy.permits(Actor.of("audit-1", "auditor"), REGISTER)).isFalse();
  }

  @Test
  void unknownRolesAndActorsWithoutRolesAreRefused() {
    assertThat(policy.permits(Actor.of("guest", "visitor"), READ)).isFalse();
    assertThat(policy.permits(Actor.of("nobody"), READ)).isFalse();
  }

  @Test
  void checkThrowsAccessDeniedNamingActorAndPermission() {
    Actor auditor = Actor.of("audit-1", "auditor");

    assertThatThrownBy(() -> policy.check(auditor, REGISTER))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("actor audit-1: may not customer:register")
        .extracting("actorId", "permission")
        .containsExactly("audit-1", "customer:register");
  }

  @Test
  void checkPassesSilentlyWhenPermitted() {
    assertThatCode(() -> policy.check(Actor.of("agent-17", "sales"), READ)).doesNotThrowAnyException();
  }

  @Test
  void allowAllPermitsEverything() {
    AccessPolicy all = AccessPolicy.allowAll();

    assertThat(all.permits(Actor.of("nobody"), POST_POINTS)).isTrue();
    assertThatCode(() -> all.check(Actor.system(), REGISTER)).doesNotThrowAnyException();
  }

  @Test
  void permissionsOfListsARolesGrantsAndNothingForUnknownRoles() {
    assertThat(policy.permissionsOf("sales")).containsExactlyInAnyOrder(READ, REGISTER,
        Permission.parse("customer:update"));
    assertThat(policy.permissionsOf("visitor")).isEmpty();
  }

  @Test
  void grantsAccumulatePerRoleWithoutRepeats() {
    RoleBasedAccessPolicy built = RoleBasedAccessPolicy.builder()
        .grant("sales", "customer:read")
        .grant("sales", "customer:read", "customer:update")
        .build();

    assertThat(built.permissionsOf("sales")).containsExactlyInAnyOrder(READ, Permission.parse("customer:update"));
  }

  @Test
  void builtPolicyIsNotChangedByLaterGrants() {
    RoleBasedAccessPolicy.Builder builder = RoleBasedAccessPolicy.builder().grant("sales", "customer:read");
    RoleBasedAccessPolicy built = builder.build();

    builder.grant("sales", "customer:register");

    assertThat(built.permits(Actor.of("agent-17", "sales"), REGISTER)).isFalse();
  }

  @Test
  void builderRejectsMalformedPermissions() {
    assertThatThrownBy(() -> RoleBasedAccessPolicy.builder().grant("sales", "customer"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("permission: must read 'feature:action'");
  }
}
