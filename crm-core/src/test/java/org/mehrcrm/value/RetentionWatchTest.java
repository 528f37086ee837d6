package org.mehrcrm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.customer.AttributeSchema;
import org.mehrcrm.customer.ChurnReason;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerEvent;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerService;
import org.mehrcrm.customer.LifecycleChange;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.followup.FollowUp;
import org.mehrcrm.followup.FollowUpEvent;
import org.mehrcrm.followup.FollowUpService;
import org.mehrcrm.followup.Priority;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.testing.World;

class RetentionWatchTest {
  private static final Actor SCHEDULER = Actor.of("value-job", "scheduler");
  private static final Actor READER = Actor.of("auditor-1", "auditor");
  private static final Actor NO_TASKS = Actor.of("clerk-1", "clerk");
  private static final CustomerId ALI = CustomerId.of("C-1");
  private static final Duration DELAY = Duration.ofDays(3);
  private static final ChurnRisk HIGH = ChurnRisk.assess(ChurnSignals.of(0.2, 30, 5), 0.6);
  private static final ChurnRisk LOW = ChurnRisk.assess(ChurnSignals.of(0.95, 4, 5), 0.6);

  private final World world = new World();
  private final AccessPolicy policy = RoleBasedAccessPolicy.builder()
      .grant("scheduler", "customer:read", "customer:move-stage", "followup:create", "followup:read")
      .grant("auditor", "customer:read", "followup:read")
      .grant("clerk", "customer:read", "customer:move-stage")
      .grant("admin", "*:*")
      .build();
  private final CustomerService customers = new CustomerService(world.customers, world.unitOfWork, policy,
      world.clock, world.ids, AttributeSchema.empty());
  private final FollowUpService followUps = new FollowUpService(world.followUps, world.customers, world.unitOfWork,
      policy, world.clock, world.ids, Duration.ofMinutes(30));
  private final RetentionWatch watch = new RetentionWatch(customers, followUps, policy, world.clock, DELAY);

  @BeforeEach
  void registerAli() {
    world.person("C-1", "Ali", "Rezaei", b -> b.stage(LifecycleStage.ACTIVE).owner("agent-7").keyAccount(true));
  }

  @Test
  void crossingTheThresholdMovesToAtRiskAndOpensARetentionFollowUp() {
    assertThat(HIGH.isAtRisk()).isTrue();

    RetentionResponse response = watch.respond(SCHEDULER, ALI, HIGH);

    assertThat(response.outcome()).isEqualTo(RetentionResponse.Outcome.MOVED_TO_AT_RISK);
    assertThat(response.acted()).isTrue();
    assertThat(response.stage()).isEqualTo(LifecycleStage.AT_RISK);
    Customer ali = customers.get(SCHEDULER, ALI);
    assertThat(ali.stage()).isEqualTo(LifecycleStage.AT_RISK);
    LifecycleChange change = ali.lifecycleHistory().get(ali.lifecycleHistory().size() - 1);
    assertThat(change.note()).startsWith("churn risk 0.").contains(HIGH.explanation());
    assertThat(change.actorId()).isEqualTo("value-job");
    FollowUp task = followUps.find(SCHEDULER, response.followUpId().orElseThrow()).orElseThrow();
    assertThat(task.purpose()).isEqualTo(RetentionWatch.RETENTION);
    assertThat(task.owner()).contains("agent-7");
    assertThat(task.due()).isEqualTo(World.T0.plus(DELAY));
    assertThat(task.priority()).isEqualTo(Priority.HIGH);
    assertThat(task.title()).isEqualTo("Retention: " + HIGH.explanation());
    assertThat(world.events(CustomerEvent.StageChanged.class)).hasSize(1);
    assertThat(world.events(FollowUpEvent.Opened.class)).hasSize(1);
  }

  @Test
  void belowTheThresholdChangesNothing() {
    RetentionResponse response = watch.respond(SCHEDULER, ALI, LOW);

    assertThat(response.outcome()).isEqualTo(RetentionResponse.Outcome.BELOW_THRESHOLD);
    assertThat(response.followUpId()).isEmpty();
    assertThat(customers.get(SCHEDULER, ALI).stage()).isEqualTo(LifecycleStage.ACTIVE);
    assertThat(world.followUps.all()).isEmpty();
    assertThat(world.delivered).isEmpty();
  }

  @Test
  void actingTwiceOnTheSameRiskCreatesNothingTwice() {
    watch.respond(SCHEDULER, ALI, HIGH);
    int events = world.delivered.size();

    RetentionResponse again = watch.respond(SCHEDULER, ALI, HIGH);

    assertThat(again.outcome()).isEqualTo(RetentionResponse.Outcome.ALREADY_AT_RISK);
    assertThat(again.followUpId()).isEmpty();
    assertThat(world.followUps.all()).hasSize(1);
    assertThat(world.delivered).hasSize(events);
  }

  @Test
  void aCompletedRetentionTaskIsNotReopenedWhileTheCustomerStaysAtRisk() {
    RetentionResponse first = watch.respond(SCHEDULER, ALI, HIGH);
    followUps.cancel(Actor.of("lead-1", "admin"), first.followUpId().orElseThrow());

    assertThat(watch.respond(SCHEDULER, ALI, HIGH).outcome()).isEqualTo(RetentionResponse.Outcome.ALREADY_AT_RISK);
    assertThat(world.followUps.all()).hasSize(1);
  }

  @Test
  void aCrashBetweenTheTwoStepsIsRepairedWithoutASecondTask() {
    FollowUp open = followUps.create(SCHEDULER, ALI, RetentionWatch.RETENTION, "Retention: earlier run",
        World.T0.plus(DELAY), Priority.HIGH, "agent-7");

    RetentionResponse response = watch.respond(SCHEDULER, ALI, HIGH);

    assertThat(response.outcome()).isEqualTo(RetentionResponse.Outcome.MOVED_TO_AT_RISK);
    assertThat(response.followUpId()).contains(open.id());
    assertThat(world.followUps.all()).hasSize(1);
    assertThat(customers.get(SCHEDULER, ALI).stage()).isEqualTo(LifecycleStage.AT_RISK);
  }

  @Test
  void aRecoveredCustomerIsWatchedAgain() {
    RetentionResponse first = watch.respond(SCHEDULER, ALI, HIGH);
    followUps.cancel(Actor.of("lead-1", "admin"), first.followUpId().orElseThrow());
    customers.moveTo(SCHEDULER, ALI, LifecycleStage.ACTIVE, null, "ordered again");

    assertThat(watch.respond(SCHEDULER, ALI, LOW).outcome()).isEqualTo(RetentionResponse.Outcome.BELOW_THRESHOLD);
    RetentionResponse second = watch.respond(SCHEDULER, ALI, HIGH);

    assertThat(second.outcome()).isEqualTo(RetentionResponse.Outcome.MOVED_TO_AT_RISK);
    assertThat(second.followUpId()).isPresent().isNotEqualTo(first.followUpId());
  }

  @Test
  void leavesCustomersAloneWhoseStageCannotMoveToAtRisk() {
    for (LifecycleStage stage : List.of(LifecycleStage.PROSPECT, LifecycleStage.LOST)) {
      String id = "C-" + stage;
      world.person(id, "Alyosha", "Popov", b -> stage == LifecycleStage.LOST ? b.stage(LifecycleStage.ACTIVE) : b);
      if (stage == LifecycleStage.LOST) {
        customers.moveTo(SCHEDULER, CustomerId.of(id), LifecycleStage.LOST,
            ChurnReason.COMPETITOR, "moved to a rival");
      }

      RetentionResponse response = watch.respond(SCHEDULER, CustomerId.of(id), HIGH);

      assertThat(response.outcome()).as(stage.name()).isEqualTo(RetentionResponse.Outcome.STAGE_NOT_WATCHED);
      assertThat(response.stage()).isEqualTo(stage);
    }
    assertThat(world.followUps.all()).isEmpty();
  }

  @Test
  void movesLapsedAndWonBackCustomersToo() {
    for (LifecycleStage stage : List.of(LifecycleStage.LAPSED, LifecycleStage.WON_BACK)) {
      String id = "C-" + stage;
      world.person(id, "José", "García", b -> b.stage(LifecycleStage.ACTIVE));
      customers.moveTo(SCHEDULER, CustomerId.of(id), LifecycleStage.LAPSED, null, "silent");
      if (stage == LifecycleStage.WON_BACK) {
        customers.moveTo(SCHEDULER, CustomerId.of(id), LifecycleStage.WON_BACK, null, "came back");
      }

      RetentionResponse response = watch.respond(SCHEDULER, CustomerId.of(id), HIGH);

      assertThat(response.outcome()).as(stage.name()).isEqualTo(RetentionResponse.Outcome.MOVED_TO_AT_RISK);
      FollowUp task = followUps.find(SCHEDULER, response.followUpId().orElseThrow()).orElseThrow();
      assertThat(task.owner()).isEmpty();
      assertThat(task.priority()).isEqualTo(Priority.NORMAL);
    }
  }

  @Test
  void refusesAnActorWithoutTheRightToMoveStagesBeforeChangingAnything() {
    assertThatThrownBy(() -> watch.respond(READER, ALI, HIGH))
        .isInstanceOfSatisfying(AccessDeniedException.class,
            e -> assertThat(e.getMessage()).contains("customer:move-stage"));
    assertThat(customers.get(SCHEDULER, ALI).stage()).isEqualTo(LifecycleStage.ACTIVE);
    assertThat(world.followUps.all()).isEmpty();
  }

  @Test
  void refusesAnActorWithoutTheRightToCreateFollowUpsBeforeMovingTheStage() {
    assertThatThrownBy(() -> watch.respond(NO_TASKS, ALI, HIGH))
        .isInstanceOfSatisfying(AccessDeniedException.class,
            e -> assertThat(e.getMessage()).contains("followup:create"));
    assertThat(customers.get(SCHEDULER, ALI).stage()).isEqualTo(LifecycleStage.ACTIVE);
    assertThat(world.delivered).isEmpty();
  }

  @Test
  void refusesAnUnknownCustomer() {
    assertThatThrownBy(() -> watch.respond(SCHEDULER, CustomerId.of("C-404"), HIGH))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void refusesANegativeDelay() {
    assertThatThrownBy(() -> new RetentionWatch(customers, followUps, policy, world.clock, Duration.ofDays(-1)))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("delay"));
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Actor.class, SCHEDULER).setDefault(CustomerId.class, ALI).setDefault(ChurnRisk.class, HIGH)
        .setDefault(CustomerService.class, customers).setDefault(FollowUpService.class, followUps)
        .setDefault(AccessPolicy.class, policy).setDefault(Clock.class, world.clock).setDefault(Duration.class, DELAY);
    tester.testAllPublicConstructors(RetentionWatch.class);
    tester.testAllPublicInstanceMethods(watch);
  }
}
