package org.mehrcrm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.interaction.Direction;
import org.mehrcrm.interaction.DuplicateInteractionException;
import org.mehrcrm.interaction.Interaction;
import org.mehrcrm.interaction.InteractionId;
import org.mehrcrm.interaction.InteractionRepository;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The contract of {@link InteractionRepository}: each test restates a clause of its
 * "Specification for implementors". Run through {@link StorageProviderContract}.
 *
 * @since 0.2.0
 */
public abstract class InteractionRepositoryContract extends RepositoryContract {
  private static final CustomerId ALI = CustomerId.of("C-ali");
  private static final CustomerId SARA = CustomerId.of("C-sara");

  private InteractionRepository interactions() {
    return provider().interactions();
  }

  private static Interaction call(String id, CustomerId customer, long minute, Direction direction) {
    return Interaction.builder(InteractionId.of(id), customer, Channel.PHONE, direction, Purpose.SERVICE,
        minutes(minute)).subject("call " + id).agent("agent-1").build();
  }

  private static Interaction call(String id, CustomerId customer, long minute) {
    return call(id, customer, minute, Direction.INBOUND);
  }

  private static List<String> ids(Stream<Interaction> stream) {
    try (stream) {
      return stream.map(i -> i.id().value()).collect(Collectors.toList());
    }
  }

  @Test
  @DisplayName("append stores an interaction with a new id and returns true; findById finds it")
  void appendStoresANewInteraction() {
    Interaction i = call("I-1", ALI, 0);

    assertThat(interactions().append(i)).isTrue();
    assertThat(interactions().findById(i.id())).contains(i);
    assertThat(interactions().findById(InteractionId.of("I-none"))).isEmpty();
  }

  @Test
  @DisplayName("append of an equal interaction under a stored id writes nothing and returns false")
  void appendIsIdempotentForEqualContent() {
    interactions().append(call("I-1", ALI, 0));

    assertThat(interactions().append(call("I-1", ALI, 0))).isFalse();
    assertThat(ids(interactions().streamByCustomer(ALI))).containsExactly("I-1");
  }

  @Test
  @DisplayName("append of other content under a stored id throws DuplicateInteractionException and writes nothing")
  void appendRefusesOtherContentUnderAStoredId() {
    Interaction first = call("I-1", ALI, 0);
    interactions().append(first);

    assertThatThrownBy(() -> interactions().append(call("I-1", ALI, 5)))
        .isInstanceOfSatisfying(DuplicateInteractionException.class,
            e -> assertThat(e.id()).isEqualTo(InteractionId.of("I-1")));
    assertThat(interactions().findById(first.id())).contains(first);
  }

  @Test
  @DisplayName("of two concurrent appends with the same id exactly one returns true")
  void concurrentAppendsOfOneIdStoreItOnce() throws Exception {
    Interaction i = call("I-1", ALI, 0);
    List<Callable<Boolean>> tasks = List.of(() -> interactions().append(i), () -> interactions().append(i),
        () -> interactions().append(i), () -> interactions().append(i));

    List<Future<Boolean>> results = race(tasks);

    long stored = 0;
    for (Future<Boolean> r : results) {
      stored += r.get() ? 1 : 0;
    }
    assertThat(stored).isEqualTo(1);
    assertThat(ids(interactions().streamByCustomer(ALI))).containsExactly("I-1");
  }

  @Test
  @DisplayName("a correction supersedes the interaction it names: queries see the correction, findById both")
  void aCorrectionSupersedesTheOriginal() {
    Interaction original = call("I-1", ALI, 0);
    interactions().append(original);
    Interaction fixed = original.correction(InteractionId.of("I-2")).subject("corrected").build();

    assertThat(interactions().append(fixed)).isTrue();

    assertThat(ids(interactions().streamByCustomer(ALI))).containsExactly("I-2");
    assertThat(interactions().count(ALI, Instant.MIN, Instant.MAX)).isEqualTo(1);
    assertThat(interactions().isSuperseded(original.id())).isTrue();
    assertThat(interactions().isSuperseded(fixed.id())).isFalse();
    assertThat(interactions().findById(original.id())).contains(original);
  }

  @Test
  @DisplayName("corrections chain: a correction can itself be corrected")
  void correctionsChain() {
    Interaction original = call("I-1", ALI, 0);
    interactions().append(original);
    Interaction second = original.correction(InteractionId.of("I-2")).build();
    interactions().append(second);

    interactions().append(second.correction(InteractionId.of("I-3")).summary("third time right").build());

    assertThat(ids(interactions().streamByCustomer(ALI))).containsExactly("I-3");
  }

  @Test
  @DisplayName("a correction of an unknown interaction, or of another customer's, fails on field corrects and writes nothing")
  void aCorrectionMustNameAStoredInteractionOfTheSameCustomer() {
    Interaction sara = call("I-1", SARA, 0);
    interactions().append(sara);
    Interaction ghost = call("I-0", ALI, 0).correction(InteractionId.of("I-2")).build();
    Interaction crossing = new Interaction(InteractionId.of("I-3"), ALI, sara.channel(), sara.direction(),
        sara.purpose(), sara.at(), sara.duration(), sara.subject(), sara.summary(), sara.outcome(), sara.agent(),
        null, null, null, sara.id());

    for (Interaction wrong : List.of(ghost, crossing)) {
      assertThatThrownBy(() -> interactions().append(wrong))
          .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("corrects"));
      assertThat(interactions().findById(wrong.id())).isEmpty();
    }
    assertThat(interactions().isSuperseded(sara.id())).isFalse();
  }

  @Test
  @DisplayName("a correction of an interaction already superseded fails with ConcurrentUpdateException and writes nothing")
  void aSupersededInteractionCannotBeCorrectedTwice() {
    Interaction original = call("I-1", ALI, 0);
    interactions().append(original);
    interactions().append(original.correction(InteractionId.of("I-2")).build());

    assertThatThrownBy(() -> interactions().append(original.correction(InteractionId.of("I-3")).build()))
        .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
          assertThat(e.kind()).isEqualTo("interaction");
          assertThat(e.id()).isEqualTo("I-1");
          assertThat(e.expectedVersion()).isZero();
          assertThat(e.actualVersion()).isEqualTo(1);
        });
    assertThat(interactions().findById(InteractionId.of("I-3"))).isEmpty();
    assertThat(ids(interactions().streamByCustomer(ALI))).containsExactly("I-2");
  }

  @Test
  @DisplayName("streams are in time order, ties broken by id, and hold only the customer's interactions")
  void streamByCustomerIsInTimeOrder() {
    interactions().append(call("I-b", ALI, 10));
    interactions().append(call("I-c", ALI, 5));
    interactions().append(call("I-a", ALI, 10));
    interactions().append(call("I-s", SARA, 7));

    assertThat(ids(interactions().streamByCustomer(ALI))).containsExactly("I-c", "I-a", "I-b");
    assertThat(ids(interactions().streamByCustomer(CustomerId.of("C-nobody")))).isEmpty();
  }

  @Test
  @DisplayName("newest first is the exact reverse of time order, up to and including the given moment")
  void newestFirstIsTheReverseUpToTheMoment() {
    interactions().append(call("I-b", ALI, 10));
    interactions().append(call("I-c", ALI, 5));
    interactions().append(call("I-a", ALI, 10));
    interactions().append(call("I-d", ALI, 11));

    assertThat(ids(interactions().newestFirst(ALI, minutes(10)))).containsExactly("I-b", "I-a", "I-c");
    assertThat(ids(interactions().newestFirst(ALI, Instant.MAX))).containsExactly("I-d", "I-b", "I-a", "I-c");
    assertThat(ids(interactions().newestFirst(ALI, minutes(4)))).isEmpty();
  }

  @Test
  @DisplayName("counts cover the half-open period [from, to); countOutbound counts outbound only")
  void countsCoverHalfOpenPeriods() {
    interactions().append(call("I-1", ALI, 0, Direction.OUTBOUND));
    interactions().append(call("I-2", ALI, 10, Direction.INBOUND));
    interactions().append(call("I-3", ALI, 20, Direction.OUTBOUND));
    interactions().append(call("I-4", SARA, 10, Direction.OUTBOUND));

    assertThat(interactions().count(ALI, minutes(0), minutes(20))).isEqualTo(2);
    assertThat(interactions().count(ALI, minutes(0), minutes(21))).isEqualTo(3);
    assertThat(interactions().count(ALI, Instant.MIN, Instant.MAX)).isEqualTo(3);
    assertThat(interactions().count(ALI, minutes(20), minutes(0))).isZero();
    assertThat(interactions().countOutbound(ALI, Instant.MIN, Instant.MAX)).isEqualTo(2);
    assertThat(interactions().countOutbound(ALI, minutes(1), minutes(20))).isZero();
  }

  @Test
  @DisplayName("the last contact is the newest current interaction of either direction")
  void lastContactIsTheNewest() {
    interactions().append(call("I-1", ALI, 0, Direction.OUTBOUND));
    Interaction latest = call("I-2", ALI, 30, Direction.INBOUND);
    interactions().append(latest);
    interactions().append(call("I-3", ALI, 20, Direction.OUTBOUND));

    assertThat(interactions().lastContact(ALI)).contains(latest);
    assertThat(interactions().lastContact(SARA)).isEmpty();
  }

  @Test
  @DisplayName("lastContacts gives each contacted customer's last moment, leaves out the never contacted, and takes at most MAX_BATCH")
  void lastContactsInBatches() {
    interactions().append(call("I-1", ALI, 0));
    interactions().append(call("I-2", ALI, 9));
    List<CustomerId> tooMany = IntStream.rangeClosed(0, InteractionRepository.MAX_BATCH)
        .mapToObj(n -> CustomerId.of("C-" + n)).collect(Collectors.toList());

    assertThat(interactions().lastContacts(List.of(ALI, SARA))).isEqualTo(Map.of(ALI, minutes(9)));
    assertThatThrownBy(() -> interactions().lastContacts(tooMany))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("customers"));
  }

  @Test
  @DisplayName("inside a unit of work the queries see its own appends and corrections")
  void aUnitOfWorkSeesItsOwnAppends() {
    Interaction original = call("I-1", ALI, 0);
    interactions().append(original);

    transactions().inTransaction(() -> {
      interactions().append(call("I-2", ALI, 30));
      interactions().append(original.correction(InteractionId.of("I-3")).build());
      assertThat(ids(interactions().streamByCustomer(ALI))).containsExactly("I-3", "I-2");
      assertThat(interactions().count(ALI, Instant.MIN, Instant.MAX)).isEqualTo(2);
      assertThat(interactions().lastContact(ALI).map(Interaction::id)).contains(InteractionId.of("I-2"));
      assertThat(interactions().isSuperseded(original.id())).isTrue();
      return null;
    });
  }

  @Test
  @DisplayName("appends and corrections in a unit of work that fails leave nothing behind")
  void aFailedUnitOfWorkLeavesNoInteraction() {
    Interaction original = call("I-1", ALI, 0);
    interactions().append(original);

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      interactions().append(call("I-2", ALI, 30));
      interactions().append(original.correction(InteractionId.of("I-3")).build());
      throw new Rollback();
    })).isInstanceOf(Rollback.class);

    assertThat(ids(interactions().streamByCustomer(ALI))).containsExactly("I-1");
    assertThat(interactions().isSuperseded(original.id())).isFalse();
    assertThat(interactions().findById(InteractionId.of("I-2"))).isEmpty();
    assertThat(interactions().lastContact(ALI)).contains(original);
  }
}
