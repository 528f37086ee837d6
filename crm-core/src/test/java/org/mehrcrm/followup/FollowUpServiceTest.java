package org.mehrcrm.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.testing.World;

class FollowUpServiceTest {
  private static final Actor AGENT_1 = Actor.of("agent-1", "agent");
  private static final Actor AGENT_2 = Actor.of("agent-2", "agent");
  private static final Actor LEAD = Actor.of("lead-1", "lead");
  private static final CustomerId ALI = CustomerId.of("C-1");
  private static final Duration LEASE = Duration.ofMinutes(15);

  private final World world = new World();
  private final FollowUpService followUps = new FollowUpService(world.followUps, world.customers,
      world.unitOfWork, RoleBasedAccessPolicy.builder()
          .grant("agent", "followup:read", "followup:work", "followup:create")
          .grant("lead", "followup:*").build(),
      world.clock, world.ids, LEASE);

  @BeforeEach
  void registerAli() {
    world.person("C-1", "Ali", "Rezaei", b -> b);
  }

  private FollowUp create() {
    return followUps.create(AGENT_1, ALI, Purpose.SALES, "Call about renewal",
        World.T0.plus(Duration.ofDays(1)), Priority.NORMAL, "agent-1");
  }

  @Test
  void creatingWhileATaskIsOpenReturnsTheOpenOne() {
    FollowUp first = create();
    FollowUp second = followUps.create(AGENT_2, ALI, Purpose.SALES, "Another call", World.T0, Priority.HIGH, null);

    assertThat(second).isEqualTo(first);
    assertThat(world.followUps.all()).hasSize(1);
    assertThat(world.events(FollowUpEvent.Opened.class)).hasSize(1);
    FollowUp service = followUps.create(AGENT_1, ALI, Purpose.SERVICE, "Check delivery", World.T0, Priority.LOW, null);
    assertThat(service.id()).isNotEqualTo(first.id());
  }

  @Test
  void aClosedTaskDoesNotBlockANewOne() {
    FollowUp first = create();
    followUps.complete(AGENT_1, first.id());

    assertThat(create().id()).isNotEqualTo(first.id());
  }

  @Test
  void aSecondAgentGetsAClaimConflictWhileTheLeaseIsLive() {
    FollowUp task = create();
    FollowUp claimed = followUps.claim(AGENT_1, task.id());

    assertThat(claimed.holderAt(World.T0)).contains("agent-1");
    world.clock.advance(LEASE.minusSeconds(1));
    assertThatThrownBy(() -> followUps.claim(AGENT_2, task.id()))
        .isInstanceOfSatisfying(FollowUpClaimedException.class, e -> assertThat(e.holder()).isEqualTo("agent-1"));
  }

  @Test
  void theLeaseExpiresAndAnotherAgentTakesTheTask() {
    FollowUp task = create();
    followUps.claim(AGENT_1, task.id());
    world.clock.advance(LEASE);

    FollowUp taken = followUps.claim(AGENT_2, task.id());

    assertThat(taken.holderAt(world.clock.instant())).contains("agent-2");
    assertThatThrownBy(() -> followUps.complete(AGENT_1, task.id())).isInstanceOf(FollowUpClaimedException.class);
    assertThat(followUps.complete(AGENT_2, task.id()).state()).isEqualTo(FollowUpState.DONE);
  }

  @Test
  void aClaimThatLosesARaceIsRetriedOnFreshState() {
    FollowUp task = create();
    world.followUps.conflictsToSimulate = 2;

    assertThat(followUps.claim(AGENT_1, task.id()).holderAt(World.T0)).contains("agent-1");
  }

  @Test
  void givesUpAfterTooManyConflicts() {
    FollowUp task = create();
    world.followUps.conflictsToSimulate = 100;

    assertThatThrownBy(() -> followUps.claim(AGENT_1, task.id())).isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void managesTasks() {
    FollowUp task = create();
    Instant later = World.T0.plus(Duration.ofDays(3));

    assertThat(followUps.reschedule(LEAD, task.id(), later).due()).isEqualTo(later);
    assertThat(followUps.reassign(LEAD, task.id(), "agent-2").owner()).contains("agent-2");
    assertThat(followUps.addNote(AGENT_1, task.id(), "left voicemail").notes()).hasSize(1);
    try (Stream<FollowUp> work = followUps.workList(AGENT_2, "agent-2")) {
      assertThat(work).extracting(FollowUp::id).containsExactly(task.id());
    }
    assertThat(followUps.openOf(AGENT_1, ALI)).extracting(FollowUp::id).containsExactly(task.id());
    assertThat(followUps.cancel(LEAD, task.id()).state()).isEqualTo(FollowUpState.CANCELLED);
    assertThat(followUps.openOf(AGENT_1, ALI)).isEmpty();
    assertThat(followUps.find(AGENT_1, task.id()).map(FollowUp::version)).contains(5L);
  }

  @Test
  void anUnchangedCommandSavesNothing() {
    FollowUp task = create();
    int saves = world.followUps.saves;

    followUps.release(AGENT_1, task.id());

    assertThat(world.followUps.saves).isEqualTo(saves);
  }

  @Test
  void refusesUnknownTasksCustomersAndMissingPermissions() {
    assertThatThrownBy(() -> followUps.claim(AGENT_1, FollowUpId.of("T-404")))
        .isInstanceOf(NotFoundException.class).hasMessage("follow-up T-404: not found");
    assertThatThrownBy(() -> followUps.create(AGENT_1, CustomerId.of("C-404"), Purpose.SALES, "x", World.T0,
        Priority.LOW, null)).isInstanceOf(NotFoundException.class);
    FollowUp task = create();
    assertThatThrownBy(() -> followUps.cancel(AGENT_1, task.id()))
        .isInstanceOf(AccessDeniedException.class).hasMessage("actor agent-1: may not followup:manage");
  }
}
