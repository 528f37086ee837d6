package org.mehrcrm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.followup.FollowUp;
import org.mehrcrm.followup.FollowUpId;
import org.mehrcrm.followup.FollowUpRepository;
import org.mehrcrm.followup.OpenFollowUpExistsException;
import org.mehrcrm.followup.Origin;
import org.mehrcrm.followup.Priority;
import org.mehrcrm.followup.RuleFiring;
import org.mehrcrm.kernel.ConcurrentUpdateException;

/**
 * The contract of {@link FollowUpRepository}: each test restates a clause of its
 * "Specification for implementors". Run through {@link StorageProviderContract}.
 *
 * @since 0.2.0
 */
public abstract class FollowUpRepositoryContract extends RepositoryContract {
  private static final CustomerId ALI = CustomerId.of("C-ali");
  private static final CustomerId SARA = CustomerId.of("C-sara");

  private FollowUpRepository followUps() {
    return provider().followUps();
  }

  private static FollowUp task(String id, CustomerId customer, Purpose purpose, long dueMinute,
      @Nullable String owner) {
    return FollowUp.open(FollowUpId.of(id), customer, purpose, "call back " + id, minutes(dueMinute),
        Priority.NORMAL, owner, Origin.manual(), T0);
  }

  private static List<String> ids(Stream<FollowUp> stream) {
    try (stream) {
      return stream.map(t -> t.id().value()).collect(Collectors.toList());
    }
  }

  @Test
  @DisplayName("save stores a new task at version 1 with no pending events; findById finds it")
  void saveStoresANewTaskAtVersionOne() {
    FollowUp saved = followUps().save(task("T-1", ALI, Purpose.SALES, 60, "agent-1"));

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.pendingEvents()).isEmpty();
    assertThat(followUps().findById(saved.id())).contains(saved);
    assertThat(followUps().findById(FollowUpId.of("T-none"))).isEmpty();
  }

  @Test
  @DisplayName("a stale or future version fails with ConcurrentUpdateException (kind follow-up) and writes nothing")
  void staleVersionsAreRefused() {
    FollowUp v1 = followUps().save(task("T-1", ALI, Purpose.SALES, 60, "agent-1"));
    FollowUp v2 = followUps().save(v1.reschedule(minutes(90), T0));

    assertThatThrownBy(() -> followUps().save(v1.reschedule(minutes(120), T0)))
        .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
          assertThat(e.kind()).isEqualTo("follow-up");
          assertThat(e.id()).isEqualTo("T-1");
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThat(followUps().findById(v1.id())).contains(v2);
  }

  @Test
  @DisplayName("of two agents claiming the same version, one save fails: a claim is atomic")
  void claimsAreAtomic() throws Exception {
    FollowUp open = followUps().save(task("T-1", ALI, Purpose.SALES, 60, "agent-1"));
    Callable<String> claimByA = () -> followUps().save(open.claim("agent-a", T0, Duration.ofMinutes(15))).holderAt(T0)
        .orElseThrow();
    Callable<String> claimByB = () -> followUps().save(open.claim("agent-b", T0, Duration.ofMinutes(15))).holderAt(T0)
        .orElseThrow();

    List<Future<String>> results = race(List.of(claimByA, claimByB));

    long won = results.stream().filter(f -> {
      try {
        f.get();
        return true;
      } catch (Exception e) {
        assertThat(e).hasCauseInstanceOf(ConcurrentUpdateException.class);
        return false;
      }
    }).count();
    assertThat(won).isEqualTo(1);
    assertThat(followUps().findById(open.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  @DisplayName("a second open task for the same customer and purpose fails with OpenFollowUpExistsException naming the first")
  void oneOpenTaskPerCustomerAndPurpose() {
    FollowUp first = followUps().save(task("T-1", ALI, Purpose.SALES, 60, "agent-1"));

    assertThatThrownBy(() -> followUps().save(task("T-2", ALI, Purpose.SALES, 90, "agent-2")))
        .isInstanceOfSatisfying(OpenFollowUpExistsException.class,
            e -> assertThat(e.openTask()).isEqualTo(first.id()));
    assertThat(followUps().findById(FollowUpId.of("T-2"))).isEmpty();
    assertThat(followUps().save(task("T-3", ALI, Purpose.SERVICE, 90, "agent-2")).version()).isEqualTo(1);
    assertThat(followUps().save(task("T-4", SARA, Purpose.SALES, 90, "agent-2")).version()).isEqualTo(1);
  }

  @Test
  @DisplayName("a claimed task is still open; once done or cancelled a new task may open for the customer and purpose")
  void closingATaskFreesItsCustomerAndPurpose() {
    FollowUp first = followUps().save(task("T-1", ALI, Purpose.SALES, 60, "agent-1"));
    FollowUp claimed = followUps().save(first.claim("agent-1", T0, Duration.ofMinutes(5)));
    assertThatThrownBy(() -> followUps().save(task("T-2", ALI, Purpose.SALES, 90, null)))
        .isInstanceOf(OpenFollowUpExistsException.class);

    followUps().save(claimed.complete("agent-1", minutes(1)));

    assertThat(followUps().save(task("T-2", ALI, Purpose.SALES, 90, null)).version()).isEqualTo(1);
    assertThat(followUps().findOpen(ALI, Purpose.SALES).map(t -> t.id().value())).contains("T-2");
  }

  @Test
  @DisplayName("of concurrent saves of different new open tasks for one customer and purpose at most one succeeds")
  void concurrentOpeningsStoreAtMostOne() throws Exception {
    List<Callable<FollowUp>> tasks = Stream.of("T-1", "T-2", "T-3", "T-4")
        .map(id -> (Callable<FollowUp>) () -> followUps().save(task(id, ALI, Purpose.SALES, 60, null)))
        .collect(Collectors.toList());

    List<Future<FollowUp>> results = race(tasks);

    long saved = results.stream().filter(f -> {
      try {
        f.get();
        return true;
      } catch (Exception e) {
        assertThat(e).hasCauseInstanceOf(OpenFollowUpExistsException.class);
        return false;
      }
    }).count();
    assertThat(saved).isEqualTo(1);
    assertThat(followUps().openOf(ALI)).hasSize(1);
  }

  @Test
  @DisplayName("open tasks are found per customer and purpose, per customer, due before a moment and per owner, by due then id")
  void openTasksAreIndexed() {
    followUps().save(task("T-b", ALI, Purpose.SALES, 60, "agent-1"));
    followUps().save(task("T-a", ALI, Purpose.SERVICE, 60, "agent-2"));
    followUps().save(task("T-c", SARA, Purpose.SALES, 30, "agent-1"));
    FollowUp done = followUps().save(task("T-d", SARA, Purpose.SERVICE, 10, "agent-1"));
    followUps().save(done.complete("agent-1", T0));

    assertThat(followUps().findOpen(ALI, Purpose.SALES).map(t -> t.id().value())).contains("T-b");
    assertThat(followUps().findOpen(SARA, Purpose.SERVICE)).isEmpty();
    assertThat(followUps().openOf(ALI)).extracting(t -> t.id().value()).containsExactly("T-a", "T-b");
    assertThat(ids(followUps().openDueBefore(minutes(60)))).containsExactly("T-c");
    assertThat(ids(followUps().openDueBefore(minutes(61)))).containsExactly("T-c", "T-a", "T-b");
    assertThat(ids(followUps().openOwnedBy("agent-1"))).containsExactly("T-c", "T-b");
    assertThat(ids(followUps().openOwnedBy("agent-9"))).isEmpty();
  }

  @Test
  @DisplayName("reassigning or rescheduling moves a task in the owner and due indexes")
  void changesMoveTasksInTheIndexes() {
    FollowUp t = followUps().save(task("T-1", ALI, Purpose.SALES, 60, "agent-1"));

    FollowUp moved = followUps().save(t.reassign("agent-2", T0));
    followUps().save(moved.reschedule(minutes(5), T0));

    assertThat(ids(followUps().openOwnedBy("agent-1"))).isEmpty();
    assertThat(ids(followUps().openOwnedBy("agent-2"))).containsExactly("T-1");
    assertThat(ids(followUps().openDueBefore(minutes(6)))).containsExactly("T-1");
  }

  @Test
  @DisplayName("markFired inserts a key once: true the first time, false after; keys compare by all three parts")
  void ruleFiringsAreWrittenOnce() {
    RuleFiring firing = new RuleFiring("key-account-silence", ALI, "2026-W10");

    assertThat(followUps().hasFired(firing)).isFalse();
    assertThat(followUps().markFired(firing)).isTrue();
    assertThat(followUps().markFired(new RuleFiring("key-account-silence", ALI, "2026-W10"))).isFalse();
    assertThat(followUps().hasFired(firing)).isTrue();
    assertThat(followUps().markFired(new RuleFiring("key-account-silence", ALI, "2026-W11"))).isTrue();
    assertThat(followUps().markFired(new RuleFiring("key-account-silence", SARA, "2026-W10"))).isTrue();
    assertThat(followUps().markFired(new RuleFiring("prospect-silence", ALI, "2026-W10"))).isTrue();
  }

  @Test
  @DisplayName("of concurrent markFired calls with one key exactly one returns true")
  void concurrentFiringsRecordOnce() throws Exception {
    RuleFiring firing = new RuleFiring("thank-you", ALI, "O-1");
    Callable<Boolean> mark = () -> followUps().markFired(firing);

    List<Future<Boolean>> results = race(List.of(mark, mark, mark, mark));

    long first = 0;
    for (Future<Boolean> r : results) {
      first += r.get() ? 1 : 0;
    }
    assertThat(first).isEqualTo(1);
  }

  @Test
  @DisplayName("inside a unit of work queries see its own saves; saves and firings of a failed unit are rolled back")
  void unitsOfWorkSeeTheirOwnTasksAndRollBack() {
    RuleFiring firing = new RuleFiring("thank-you", ALI, "O-1");

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      followUps().save(task("T-1", ALI, Purpose.SALES, 60, "agent-1"));
      assertThat(followUps().markFired(firing)).isTrue();
      assertThat(followUps().findOpen(ALI, Purpose.SALES)).isPresent();
      assertThat(ids(followUps().openDueBefore(minutes(61)))).containsExactly("T-1");
      assertThat(ids(followUps().openOwnedBy("agent-1"))).containsExactly("T-1");
      throw new Rollback();
    })).isInstanceOf(Rollback.class);

    assertThat(followUps().findById(FollowUpId.of("T-1"))).isEmpty();
    assertThat(followUps().findOpen(ALI, Purpose.SALES)).isEmpty();
    assertThat(followUps().hasFired(firing)).isFalse();
    assertThat(ids(followUps().openDueBefore(minutes(61)))).isEmpty();
  }
}
