package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.customer.Invalid.assertInvalid;
import static org.mehrcrm.customer.LifecycleStage.ACTIVE;
import static org.mehrcrm.customer.LifecycleStage.AT_RISK;
import static org.mehrcrm.customer.LifecycleStage.LAPSED;
import static org.mehrcrm.customer.LifecycleStage.LOST;
import static org.mehrcrm.customer.LifecycleStage.PROSPECT;
import static org.mehrcrm.customer.LifecycleStage.WON_BACK;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleTest {
  private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

  /** The documented table of moves, written out independently of the enum. */
  static final Map<LifecycleStage, Set<LifecycleStage>> ALLOWED = Map.of(
      PROSPECT, EnumSet.of(ACTIVE, LOST),
      ACTIVE, EnumSet.of(AT_RISK, LAPSED, LOST),
      AT_RISK, EnumSet.of(ACTIVE, LAPSED, LOST),
      LAPSED, EnumSet.of(WON_BACK, AT_RISK, LOST),
      LOST, EnumSet.of(WON_BACK),
      WON_BACK, EnumSet.of(ACTIVE, AT_RISK, LAPSED, LOST));

  static Stream<Arguments> everyPairOfStages() {
    return Stream.of(LifecycleStage.values())
        .flatMap(from -> Stream.of(LifecycleStage.values())
            .map(to -> Arguments.of(from, to, ALLOWED.get(from).contains(to))));
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("everyPairOfStages")
  void movesFollowTheTransitionTable(LifecycleStage from, LifecycleStage to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    assertThat(from.nextStages().contains(to)).isEqualTo(allowed);
  }

  @Test
  void noStageMovesToItself() {
    for (LifecycleStage stage : LifecycleStage.values()) {
      assertThat(stage.canMoveTo(stage)).as(stage.name()).isFalse();
    }
  }

  @Test
  void aLostCustomerComesBackOnlyAsWonBack() {
    assertThat(LOST.nextStages()).containsExactly(WON_BACK);
  }

  @Test
  void onlyProspectsArePotentialCustomers() {
    for (LifecycleStage stage : LifecycleStage.values()) {
      assertThat(stage.isPotential()).as(stage.name()).isEqualTo(stage == PROSPECT);
    }
  }

  @Test
  void lostRequiresChurnReason() {
    assertInvalid(() -> new LifecycleChange(ACTIVE, LOST, null, "", "agent-7", AT), "reason",
        "must be given when a customer is lost");
  }

  @Test
  void churnReasonIsRefusedUnlessLost() {
    assertInvalid(() -> new LifecycleChange(ACTIVE, AT_RISK, ChurnReason.PRICE, "", "agent-7", AT), "reason",
        "must only be given when a customer is lost");
  }

  @Test
  void noteIsTrimmedAndAtMostFiveHundredCharacters() {
    assertThat(new LifecycleChange(ACTIVE, AT_RISK, null, "  no order for 90 days ", "agent-7", AT).note())
        .isEqualTo("no order for 90 days");
    assertThat(new LifecycleChange(ACTIVE, AT_RISK, null, "n".repeat(500), "agent-7", AT).note()).hasSize(500);
    assertInvalid(() -> new LifecycleChange(ACTIVE, AT_RISK, null, "n".repeat(501), "agent-7", AT), "note",
        "must be at most 500 characters");
  }

  @Test
  void changeNamesAValidActor() {
    assertInvalid(() -> new LifecycleChange(ACTIVE, AT_RISK, null, "", "agent 7", AT), "actorId",
        "must not contain whitespace or control characters");
  }

  @Test
  void theRegistrationEntryHasNoFromStage() {
    LifecycleChange first = new LifecycleChange(null, PROSPECT, null, "registered", "agent-7", AT);

    assertThat(first.from()).isNull();
    assertThat(first.to()).isEqualTo(PROSPECT);
  }
}
