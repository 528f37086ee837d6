package org.mehrcrm.access;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mehrcrm.kernel.InvalidFieldException;

class AccessNullAndEqualityTest {
  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(Actor.class, Actor.of("agent-17", "sales"))
      .setDefault(Permission.class, Permission.parse("customer:read"))
      .setDefault(String.class, "sales");

  @Test
  void permissionRejectsNulls() {
    tester.testAllPublicConstructors(Permission.class);
    tester.testAllPublicStaticMethods(Permission.class);
    tester.testAllPublicInstanceMethods(Permission.parse("customer:read"));
  }

  @Test
  void personalDataRejectsNulls() {
    tester.testAllPublicStaticMethods(PersonalData.class);
  }

  @Test
  void policiesRejectNulls() {
    tester.testAllPublicInstanceMethods(RoleBasedAccessPolicy.builder().grant("sales", "customer:read").build());
    tester.testAllPublicInstanceMethods(RoleBasedAccessPolicy.builder());
    tester.testAllPublicInstanceMethods(AccessPolicy.allowAll());
  }

  @Test
  void actorRejectsNullRolesWithNullPointerAndANullIdAsAnInvalidField() throws Exception {
    tester.testConstructorParameter(Actor.class.getConstructor(String.class, Set.class), 1);
    tester.testMethodParameter(null, Actor.class.getMethod("of", String.class, String[].class), 1);
    assertThatThrownBy(() -> Actor.of(null, "sales"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("actor.id: must not be null");
  }

  @Test
  void permissionsAreEqualByFeatureAndAction() {
    new EqualsTester()
        .addEqualityGroup(Permission.parse("customer:read"), Permission.of("customer", "read"),
            new Permission("customer", "read"))
        .addEqualityGroup(Permission.parse("customer:*"))
        .addEqualityGroup(Permission.parse("complaint:read"))
        .testEquals();
  }

  @Test
  void actorsAreEqualByIdAndRoleSet() {
    new EqualsTester()
        .addEqualityGroup(Actor.of("agent-17", "sales", "support"), Actor.of("agent-17", "support", "sales"),
            new Actor("agent-17", Set.of("sales", "support")))
        .addEqualityGroup(Actor.of("agent-17", "sales"))
        .addEqualityGroup(Actor.of("agent-18", "sales", "support"))
        .addEqualityGroup(Actor.system())
        .testEquals();
  }
}
