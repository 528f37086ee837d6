package org.mehrcrm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mehrcrm.kernel.InvalidFieldException;

class ActorTest {

  @Test
  void actorHasTheHostsIdAndRoles() {
    Actor actor = Actor.of("agent-17", "sales", "support");

    assertThat(actor.id()).isEqualTo("agent-17");
    assertThat(actor.roles()).containsExactlyInAnyOrder("sales", "support");
    assertThat(actor.hasRole("sales")).isTrue();
    assertThat(actor.hasRole("admin")).isFalse();
  }

  @Test
  void systemActorHasTheSystemRole() {
    assertThat(Actor.system()).isEqualTo(new Actor("system", Set.of("system")));
  }

  @Test
  void actorIdMustBeAValidIdentifier() {
    assertThatThrownBy(() -> Actor.of("agent 17", "sales"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("actor.id: must not contain whitespace or control characters");
  }

  @Test
  void rolesMustNotBeBlank() {
    assertThatThrownBy(() -> Actor.of("agent-17", " "))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("actor.roles: must not contain a blank role");
  }

  @Test
  void repeatedRolesCountOnce() {
    assertThat(Actor.of("agent-17", "sales", "sales").roles()).containsExactly("sales");
  }

  @Test
  void rolesAreCopiedAndUnmodifiable() {
    Set<String> roles = new HashSet<>(Set.of("sales"));
    Actor actor = new Actor("agent-17", roles);

    roles.add("admin");

    assertThat(actor.roles()).containsExactly("sales");
    assertThatThrownBy(() -> actor.roles().add("admin")).isInstanceOf(UnsupportedOperationException.class);
  }
}
