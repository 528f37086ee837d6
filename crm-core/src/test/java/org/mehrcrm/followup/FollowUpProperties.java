package org.mehrcrm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.InvalidFieldException;

class FollowUpProperties {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(10);

  enum Kind { CLAIM, RELEASE, COMPLETE, CANCEL, RESCHEDULE, REASSIGN, NOTE, ESCALATE }

  /** One command: what, by which of three agents, and how many minutes after the previous one. */
  record Step(Kind kind, int agent, int minutesLater) {}

  @Property
  void taskStateMachineKeepsItsRulesUnderRandomCommands(@ForAll("steps") List<Step> steps) {
    FollowUp task = FollowUp.open(FollowUpId.of("T-1"), CustomerId.of("C-1"), Purpose.SALES, "Call",
        T0.plus(Duration.ofHours(1)), Priority.LOW, "agent-0", Origin.manual(), T0);
    Instant now = T0;
    int events = 1;
    for (Step step : steps) {
      now = now.plus(Duration.ofMinutes(step.minutesLater()));
      String agent = "agent-" + step.agent();
      Optional<String> holder = task.holderAt(now);
      boolean wasOpen = task.isOpen();
      FollowUp before = task;
      try {
        task = apply(task, step.kind(), agent, now);
        assertThat(wasOpen || step.kind() == Kind.NOTE).as("only notes change a closed task").isTrue();
        boolean guarded = step.kind() != Kind.NOTE && step.kind() != Kind.RESCHEDULE
            && step.kind() != Kind.REASSIGN && step.kind() != Kind.ESCALATE;
        if (guarded) {
          assertThat(holder.isEmpty() || holder.get().equals(agent))
              .as("nobody acts over another agent's live lease").isTrue();
        }
        if (step.kind() == Kind.CLAIM) {
          assertThat(task.holderAt(now)).contains(agent);
        }
      } catch (FollowUpClaimedException e) {
        assertThat(holder).as("refused only over a live lease").isPresent().get().isNotEqualTo(agent);
        assertThat(task).isSameAs(before);
      } catch (InvalidFieldException e) {
        assertThat(wasOpen).as("refused only when closed").isFalse();
        assertThat(task).isSameAs(before);
      }
      if (!wasOpen) {
        assertThat(task.state()).isEqualTo(before.state());
      }
      if (task != before) {
        events++;
      }
      assertThat(task.pendingEvents()).as("one event per change").hasSize(events);
      assertThat(FollowUp.restore(task.snapshot()).snapshot()).isEqualTo(task.snapshot());
      assertThat(task.version()).isZero();
    }
    assertThat(task.pendingEvents().get(0)).isInstanceOf(FollowUpEvent.Opened.class);
  }

  private static FollowUp apply(FollowUp task, Kind kind, String agent, Instant now) {
    return switch (kind) {
      case CLAIM -> task.claim(agent, now, LEASE);
      case RELEASE -> task.release(agent, now);
      case COMPLETE -> task.complete(agent, now);
      case CANCEL -> task.cancel(agent, now);
      case RESCHEDULE -> task.reschedule(now.plus(Duration.ofHours(1)), now);
      case REASSIGN -> task.reassign(agent, now);
      case NOTE -> task.addNote(agent, "note", now);
      case ESCALATE -> task.escalateTo("lead-1", now);
    };
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.just(Kind.CLAIM)),
        Tuple.of(2, Arbitraries.just(Kind.RELEASE)),
        Tuple.of(1, Arbitraries.just(Kind.COMPLETE)),
        Tuple.of(1, Arbitraries.just(Kind.CANCEL)),
        Tuple.of(1, Arbitraries.just(Kind.RESCHEDULE)),
        Tuple.of(1, Arbitraries.just(Kind.REASSIGN)),
        Tuple.of(1, Arbitraries.just(Kind.NOTE)),
        Tuple.of(1, Arbitraries.just(Kind.ESCALATE)));
    return Combinators.combine(kinds, Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 12))
        .as(Step::new).list().ofMaxSize(25);
  }
}
