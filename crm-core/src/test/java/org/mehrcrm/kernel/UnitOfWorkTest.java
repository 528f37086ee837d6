package org.mehrcrm.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnitOfWorkTest {
  private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

  private final FakeOutbox outbox = new FakeOutbox();
  private final FakeTransactions transactions = new FakeTransactions(outbox);
  private final RecordingListener listener = new RecordingListener(outbox);
  private final UnitOfWork unitOfWork = new UnitOfWork(transactions, outbox, listener);

  @Test
  void eventsRecordedInsideTheWorkAreDeliveredAfterCommitInOrder() {
    List<Note> notes = notes(1, 2, 3);

    String result = unitOfWork.run(() -> {
      unitOfWork.record(notes);
      assertThat(listener.received).isEmpty();
      return "saved";
    });

    assertThat(result).isEqualTo("saved");
    assertThat(listener.received).containsExactlyElementsOf(notes);
    assertThat(listener.deliveredInsideTransaction).isFalse();
    assertThat(outbox.pending(10)).isEmpty();
  }

  @Test
  void failedWorkRecordsNothingDeliversNothingAndRethrowsTheSameException() {
    IllegalStateException failure = new IllegalStateException("disk full");

    assertThatThrownBy(() -> unitOfWork.run(() -> {
      unitOfWork.record(notes(1));
      throw failure;
    })).isSameAs(failure);

    assertThat(listener.received).isEmpty();
    assertThat(outbox.pending(10)).isEmpty();
  }

  @Test
  void listenerFailureStopsDeliveryAndKeepsTheRestPending() {
    listener.failOnceOn = 2;

    String result = unitOfWork.run(() -> {
      unitOfWork.record(notes(1, 2, 3));
      return "saved";
    });

    assertThat(result).as("a failing listener does not undo the change").isEqualTo("saved");
    assertThat(listener.received).extracting(Note::n).containsExactly(1);
    assertThat(outbox.pending(10)).extracting(r -> ((Note) r.event()).n()).containsExactly(2, 3);
  }

  @Test
  void pendingEventsAreOfferedAgainInOrderOnTheNextDelivery() {
    listener.failOnceOn = 2;
    unitOfWork.run(() -> {
      unitOfWork.record(notes(1, 2, 3));
      return null;
    });

    int delivered = unitOfWork.deliverPending();

    assertThat(delivered).isEqualTo(2);
    assertThat(listener.received).extracting(Note::n).containsExactly(1, 2, 3);
    assertThat(listener.attempts).extracting(Note::n).containsExactly(1, 2, 2, 3);
    assertThat(outbox.pending(10)).isEmpty();
  }

  @Test
  void olderPendingEventsAreDeliveredBeforeNewOnes() {
    listener.failOnceOn = 1;
    unitOfWork.run(() -> {
      unitOfWork.record(notes(1));
      return null;
    });

    unitOfWork.run(() -> {
      unitOfWork.record(notes(2));
      return null;
    });

    assertThat(listener.received).extracting(Note::n).containsExactly(1, 2);
  }

  @Test
  void deliversMoreEventsThanOneBatchHolds() {
    List<Note> many = notes(IntStream.rangeClosed(1, 250).toArray());

    unitOfWork.run(() -> {
      unitOfWork.record(many);
      return null;
    });

    assertThat(listener.received).containsExactlyElementsOf(many);
    assertThat(outbox.largestPendingLimit).isEqualTo(100);
  }

  @Test
  void listenerRunningItsOwnUnitOfWorkHearsEveryEventOnceInOrder() {
    List<Note> heard = new ArrayList<>();
    UnitOfWork[] self = new UnitOfWork[1];
    self[0] = new UnitOfWork(transactions, outbox, event -> {
      Note note = (Note) event;
      heard.add(note);
      if (note.n() == 1) {
        self[0].run(() -> {
          self[0].record(notes(10));
          return null;
        });
      }
    });

    self[0].run(() -> {
      self[0].record(notes(1, 2, 3));
      return null;
    });

    assertThat(heard).extracting(Note::n).containsExactly(1, 2, 3, 10);
    assertThat(outbox.pending(10)).isEmpty();
  }

  @Test
  void recordingNoEventsLeavesTheOutboxAlone() {
    unitOfWork.run(() -> {
      unitOfWork.record(List.of());
      return null;
    });

    assertThat(outbox.recordCalls).isZero();
  }

  @Test
  void deliverPendingWithNothingPendingDeliversNothing() {
    assertThat(unitOfWork.deliverPending()).isZero();
    assertThat(listener.attempts).isEmpty();
  }

  @Test
  void recordedEventSequenceMustBePositive() {
    assertThatThrownBy(() -> new RecordedEvent(0, notes(1).get(0)))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("sequence: must be positive");
    assertThat(new RecordedEvent(1, notes(1).get(0)).sequence()).isEqualTo(1);
  }

  @Test
  void noneListenerIgnoresEvents() {
    UnitOfWork quiet = new UnitOfWork(transactions, outbox, EventListener.NONE);

    quiet.run(() -> {
      quiet.record(notes(1, 2));
      return null;
    });

    assertThat(outbox.pending(10)).isEmpty();
  }

  private static List<Note> notes(int... numbers) {
    List<Note> out = new ArrayList<>();
    for (int n : numbers) {
      out.add(new Note("C-" + n, n, AT.plusSeconds(n)));
    }
    return out;
  }

  /** A domain event for these tests. */
  record Note(String aggregateId, int n, Instant occurredAt) implements DomainEvent {}

  /** An outbox that makes recorded events visible only when the fake transaction commits. */
  static final class FakeOutbox implements EventOutbox {
    private final List<DomainEvent> staged = new ArrayList<>();
    private final List<RecordedEvent> committed = new ArrayList<>();
    private final Set<Long> delivered = new HashSet<>();
    private long nextSequence = 1;
    boolean transactionOpen;
    int recordCalls;
    int largestPendingLimit;

    @Override
    public void record(List<? extends DomainEvent> events) {
      recordCalls++;
      if (!transactionOpen) {
        throw new IllegalStateException("record outside a transaction");
      }
      staged.addAll(events);
    }

    @Override
    public List<RecordedEvent> pending(int limit) {
      largestPendingLimit = Math.max(largestPendingLimit, limit);
      return committed.stream().filter(r -> !delivered.contains(r.sequence())).limit(limit).toList();
    }

    @Override
    public void markDelivered(long sequence) {
      delivered.add(sequence);
    }

    void commit() {
      for (DomainEvent e : staged) {
        committed.add(new RecordedEvent(nextSequence++, e));
      }
      staged.clear();
    }

    void rollback() {
      staged.clear();
    }
  }

  /** A transaction boundary that commits or rolls back the fake outbox. */
  static final class FakeTransactions implements Transactions {
    private final FakeOutbox outbox;

    FakeTransactions(FakeOutbox outbox) {
      this.outbox = outbox;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
      if (outbox.transactionOpen) {
        return work.get();
      }
      outbox.transactionOpen = true;
      try {
        T result = work.get();
        outbox.transactionOpen = false;
        outbox.commit();
        return result;
      } catch (RuntimeException e) {
        outbox.transactionOpen = false;
        outbox.rollback();
        throw e;
      }
    }
  }

  /** Records what it receives; can fail once on a chosen note. */
  static final class RecordingListener implements EventListener {
    private final FakeOutbox outbox;
    final List<Note> received = new ArrayList<>();
    final List<Note> attempts = new ArrayList<>();
    boolean deliveredInsideTransaction;
    int failOnceOn = -1;

    RecordingListener(FakeOutbox outbox) {
      this.outbox = outbox;
    }

    @Override
    public void onEvent(DomainEvent event) {
      Note note = (Note) event;
      attempts.add(note);
      deliveredInsideTransaction |= outbox.transactionOpen;
      if (note.n() == failOnceOn) {
        failOnceOn = -1;
        throw new IllegalStateException("ERP down");
      }
      received.add(note);
    }
  }

  @Test
  void retryingRepeatsAnAttemptThatLostARaceAndReturnsTheFirstThatWins() {
    int[] calls = {0};

    String result = unitOfWork.retrying(3, () -> {
      if (++calls[0] < 3) {
        throw new ConcurrentUpdateException("customer", "C-1", calls[0], calls[0] + 1);
      }
      return "won";
    });

    assertThat(result).isEqualTo("won");
    assertThat(calls[0]).isEqualTo(3);
  }

  @Test
  void retryingGivesUpAfterTheLastAttemptWithItsConflict() {
    int[] calls = {0};

    assertThatThrownBy(() -> unitOfWork.retrying(2, () -> {
      throw new ConcurrentUpdateException("customer", "C-1", 0, ++calls[0]);
    })).isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.actualVersion()).isEqualTo(2));
    assertThat(calls[0]).isEqualTo(2);
  }

  @Test
  void retryingDoesNotRepeatOtherFailures() {
    int[] calls = {0};

    assertThatThrownBy(() -> unitOfWork.retrying(5, () -> {
      calls[0]++;
      throw new InvalidFieldException("name", "must not be blank");
    })).isInstanceOf(InvalidFieldException.class);
    assertThat(calls[0]).isEqualTo(1);
  }
}
