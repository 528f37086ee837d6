package org.mehrcrm.followup;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A follow-up task: something somebody must do about a customer by a due moment, so that nothing
 * is forgotten.
 *
 * <p>A task is opened by hand or by a reminder rule, claimed by an agent under a lease
 * that expires, and ends done or cancelled:
 * <pre>{@code
 * FollowUp task = FollowUp.open(id, customerId, Purpose.SALES, "Call about renewal", due,
 *     Priority.NORMAL, "agent-7", Origin.manual(), now);
 * FollowUp mine = task.claim("agent-7", now, Duration.ofMinutes(30));
 * FollowUp done = mine.complete("agent-7", now.plusSeconds(600));
 * }</pre>
 * While an agent holds a live lease ({@code now < leaseUntil}), no other agent may claim,
 * release, complete or cancel the task ({@link FollowUpClaimedException}); once the lease has
 * expired the task counts as open and anyone may take it. Each command validates completely
 * before changing anything and returns a <em>new</em> task whose {@link #pendingEvents()} describe
 * the change. Immutable and thread-safe.
 */
public final class FollowUp {
  private final FollowUpSnapshot state;
  private final List<FollowUpEvent> pendingEvents;

  private FollowUp(FollowUpSnapshot state, List<FollowUpEvent> pendingEvents) {
    this.state = state;
    this.pendingEvents = pendingEvents;
  }

  /**
   * Opens a new task.
   *
   * @param id the task's id
   * @param customerId the customer
   * @param purpose why
   * @param title what to do
   * @param due when it should be done
   * @param priority how urgent
   * @param owner the responsible actor, or {@code null} for the shared pool
   * @param origin by hand or by which rule
   * @param at when
   * @return the new task at version 0, with an {@link FollowUpEvent.Opened} event
   * @throws InvalidFieldException if the title is blank or too long or the owner is invalid
   */
  public static FollowUp open(FollowUpId id, CustomerId customerId, Purpose purpose, String title,
      Instant due, Priority priority, @Nullable String owner, Origin origin, Instant at) {
    FollowUpSnapshot s = new FollowUpSnapshot(id, 0, customerId, purpose, title, due, priority,
        owner, FollowUpState.OPEN, null, null, List.of(), origin, 0, requireNonNull(at, "at"), null);
    return new FollowUp(s, List.of(new FollowUpEvent.Opened(id, customerId, purpose, owner, origin, due, at)));
  }

  /**
   * Rebuilds a stored task; storage adapters call this when reading.
   *
   * @param snapshot the stored state
   * @return the task, with no pending events
   */
  public static FollowUp restore(FollowUpSnapshot snapshot) {
    return new FollowUp(requireNonNull(snapshot, "snapshot"), List.of());
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the whole state, for storage adapters and serialisation.
   *
   * @return the snapshot
   */
  public FollowUpSnapshot snapshot() {
    return state;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public FollowUpId id() {
    return state.id();
  }

  /**
   * Returns the version this instance was read at; 0 if never saved.
   *
   * @return the version
   */
  public long version() {
    return state.version();
  }

  /**
   * Returns the customer.
   *
   * @return the customer id
   */
  public CustomerId customerId() {
    return state.customerId();
  }

  /**
   * Returns the purpose.
   *
   * @return the purpose
   */
  public Purpose purpose() {
    return state.purpose();
  }

  /**
   * Returns what to do.
   *
   * @return the title
   */
  public String title() {
    return state.title();
  }

  /**
   * Returns when the task is due.
   *
   * @return the due moment
   */
  public Instant due() {
    return state.due();
  }

  /**
   * Returns the priority.
   *
   * @return the priority
   */
  public Priority priority() {
    return state.priority();
  }

  /**
   * Returns the owner.
   *
   * @return the owner's actor id, or empty for the shared pool
   */
  public Optional<String> owner() {
    return Optional.ofNullable(state.owner());
  }

  /**
   * Returns the stored state, which says {@code CLAIMED} even after the lease expired; use
   * {@link #stateAt} for the state in force.
   *
   * @return the stored state
   */
  public FollowUpState state() {
    return state.state();
  }

  /**
   * Returns the state in force at a moment: a claim whose lease has expired counts as open.
   *
   * @param now the moment
   * @return the state
   */
  public FollowUpState stateAt(Instant now) {
    requireNonNull(now, "now");
    if (state.state() == FollowUpState.CLAIMED && !leaseLiveAt(now)) {
      return FollowUpState.OPEN;
    }
    return state.state();
  }

  /**
   * Tells whether the task still needs doing (open or claimed).
   *
   * @return true unless done or cancelled
   */
  public boolean isOpen() {
    return state.state().isOpen();
  }

  /**
   * Returns the agent holding a live lease at a moment.
   *
   * @param now the moment
   * @return the agent, or empty if nobody holds a live lease
   */
  public Optional<String> holderAt(Instant now) {
    return leaseLiveAt(requireNonNull(now, "now")) ? Optional.ofNullable(state.claimedBy()) : Optional.empty();
  }

  /**
   * Returns when the current claim expires.
   *
   * @return the lease's end, or empty if the task is not claimed
   */
  public Optional<Instant> leaseUntil() {
    return Optional.ofNullable(state.leaseUntil());
  }

  /**
   * Tells whether the task is open and past due at a moment.
   *
   * @param now the moment
   * @return true if open and {@code due} is before {@code now}
   */
  public boolean isOverdueAt(Instant now) {
    return isOpen() && state.due().isBefore(requireNonNull(now, "now"));
  }

  /**
   * Returns the notes, oldest first.
   *
   * @return the notes
   */
  public List<Note> notes() {
    return state.notes();
  }

  /**
   * Returns where the task came from.
   *
   * @return the origin
   */
  public Origin origin() {
    return state.origin();
  }

  /**
   * Returns how often the task was escalated.
   *
   * @return the count
   */
  public int escalations() {
    return state.escalations();
  }

  /**
   * Returns the events raised by commands since this task was read or opened.
   *
   * @return the events, oldest first
   */
  public List<FollowUpEvent> pendingEvents() {
    return pendingEvents;
  }

  // ---------------------------------------------------------------- commands

  /**
   * Claims the task for an agent until {@code now + lease}; the holder of a live lease may claim
   * again to extend it.
   *
   * @param agent the agent's actor id
   * @param now when
   * @param lease how long the claim lasts, positive
   * @return the claimed task
   * @throws FollowUpClaimedException if another agent holds a live lease
   * @throws InvalidFieldException if the task is done or cancelled or the lease is not positive
   */
  public FollowUp claim(String agent, Instant now, Duration lease) {
    requireNonNull(agent, "agent");
    requireNonNull(now, "now");
    requireNonNull(lease, "lease");
    Ids.requireValid(agent, "agent");
    if (lease.isNegative() || lease.isZero()) {
      throw new InvalidFieldException("lease", "must be positive");
    }
    requireOpen("claim");
    requireNotHeldByOther(agent, now);
    Instant until = now.plus(lease);
    return change(d -> {
      d.st = FollowUpState.CLAIMED;
      d.claimedBy = agent;
      d.leaseUntil = until;
    }, new FollowUpEvent.Claimed(id(), customerId(), agent, until, now));
  }

  /**
   * Gives a claimed task back before its lease runs out; releasing a task one does not hold (its
   * lease expired, or it was never claimed) changes nothing.
   *
   * @param agent the agent's actor id
   * @param now when
   * @return the open task, or this one if unchanged
   * @throws FollowUpClaimedException if another agent holds a live lease
   * @throws InvalidFieldException if the task is done or cancelled
   */
  public FollowUp release(String agent, Instant now) {
    requireNonNull(agent, "agent");
    requireNonNull(now, "now");
    Ids.requireValid(agent, "agent");
    requireOpen("release");
    requireNotHeldByOther(agent, now);
    if (!agent.equals(holderAt(now).orElse(null))) {
      return this;
    }
    return change(d -> {
      d.st = FollowUpState.OPEN;
      d.claimedBy = null;
      d.leaseUntil = null;
    }, new FollowUpEvent.Released(id(), customerId(), agent, now));
  }

  /**
   * Marks the task done.
   *
   * @param agent who finished it
   * @param now when
   * @return the done task
   * @throws FollowUpClaimedException if another agent holds a live lease
   * @throws InvalidFieldException if the task is already done or cancelled
   */
  public FollowUp complete(String agent, Instant now) {
    requireNonNull(agent, "agent");
    requireNonNull(now, "now");
    Ids.requireValid(agent, "agent");
    requireOpen("complete");
    requireNotHeldByOther(agent, now);
    return change(close(FollowUpState.DONE, now), new FollowUpEvent.Completed(id(), customerId(), agent, now));
  }

  /**
   * Cancels the task.
   *
   * @param actorId who cancels
   * @param now when
   * @return the cancelled task
   * @throws FollowUpClaimedException if another agent holds a live lease
   * @throws InvalidFieldException if the task is already done or cancelled
   */
  public FollowUp cancel(String actorId, Instant now) {
    requireNonNull(actorId, "actorId");
    requireNonNull(now, "now");
    Ids.requireValid(actorId, "actorId");
    requireOpen("cancel");
    requireNotHeldByOther(actorId, now);
    return change(close(FollowUpState.CANCELLED, now), new FollowUpEvent.Cancelled(id(), customerId(), actorId, now));
  }

  /**
   * Moves the due moment.
   *
   * @param due the new due moment
   * @param now when
   * @return the changed task, or this one if the due moment is unchanged
   * @throws InvalidFieldException if the task is done or cancelled
   */
  public FollowUp reschedule(Instant due, Instant now) {
    requireNonNull(due, "due");
    requireNonNull(now, "now");
    requireOpen("reschedule");
    if (due.equals(state.due())) {
      return this;
    }
    return change(d -> {
      d.due = due;
    }, new FollowUpEvent.Rescheduled(id(), customerId(), due, now));
  }

  /**
   * Hands the task to another owner, or to the shared pool with {@code null}.
   *
   * @param owner the new owner's actor id, or {@code null}
   * @param now when
   * @return the changed task, or this one if the owner is unchanged
   * @throws InvalidFieldException if the task is done or cancelled or the owner is invalid
   */
  public FollowUp reassign(@Nullable String owner, Instant now) {
    requireNonNull(now, "now");
    if (owner != null) {
      Ids.requireValid(owner, "owner");
    }
    requireOpen("reassign");
    if (Objects.equals(owner, state.owner())) {
      return this;
    }
    return change(d -> {
      d.owner = owner;
    }, new FollowUpEvent.Reassigned(id(), customerId(), owner, now));
  }

  /**
   * Adds a note; notes may be added to closed tasks too.
   *
   * @param author the author's actor id
   * @param text the text
   * @param now when
   * @return the changed task
   * @throws InvalidFieldException if the text is blank or too long
   */
  public FollowUp addNote(String author, String text, Instant now) {
    requireNonNull(author, "author");
    requireNonNull(text, "text");
    requireNonNull(now, "now");
    Note note = new Note(author, now, text);
    return change(d -> {
      d.notes.add(note);
    }, new FollowUpEvent.NoteAdded(id(), customerId(), author, now));
  }

  /**
   * Escalates the task to a manager: the manager becomes the owner and the priority rises one
   * step. A live claim is kept, so the agent working on it can finish.
   *
   * @param manager the manager's actor id
   * @param now when
   * @return the escalated task
   * @throws InvalidFieldException if the task is done or cancelled
   */
  public FollowUp escalateTo(String manager, Instant now) {
    requireNonNull(manager, "manager");
    requireNonNull(now, "now");
    Ids.requireValid(manager, "manager");
    requireOpen("escalate");
    Priority raised = state.priority().raised();
    return change(d -> {
      d.owner = manager;
      d.priority = raised;
      d.escalations++;
    }, new FollowUpEvent.Escalated(id(), customerId(), state.owner(), manager, raised, now));
  }

  // ---------------------------------------------------------------- object methods

  /** Equal when the state and the pending events are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FollowUp f && state.equals(f.state) && pendingEvents.equals(f.pendingEvents);
  }

  @Override
  public int hashCode() {
    return state.hashCode();
  }

  /** Returns the id, customer, purpose, state and version. */
  @Override
  public String toString() {
    return "FollowUp[" + id() + ", " + customerId() + ", " + purpose() + ", " + state() + ", v" + version() + "]";
  }

  // ---------------------------------------------------------------- internals

  private boolean leaseLiveAt(Instant now) {
    Instant until = state.leaseUntil();
    return until != null && now.isBefore(until);
  }

  private void requireOpen(String command) {
    if (!isOpen()) {
      throw new InvalidFieldException("state", "must be open to " + command + " (it is " + state.state() + ")");
    }
  }

  private void requireNotHeldByOther(String agent, Instant now) {
    Optional<String> holder = holderAt(now);
    if (holder.isPresent() && !holder.get().equals(agent)) {
      throw new FollowUpClaimedException(id(), holder.get(), requireNonNull(state.leaseUntil()));
    }
  }

  private static Consumer<Draft> close(FollowUpState end, Instant now) {
    return d -> {
      d.st = end;
      d.claimedBy = null;
      d.leaseUntil = null;
      d.closedAt = now;
    };
  }

  private FollowUp change(Consumer<Draft> edit, FollowUpEvent event) {
    Draft draft = new Draft(state);
    edit.accept(draft);
    List<FollowUpEvent> events = new ArrayList<>(pendingEvents.size() + 1);
    events.addAll(pendingEvents);
    events.add(event);
    return new FollowUp(draft.toSnapshot(), List.copyOf(events));
  }

  /** A mutable copy of the state, edited by one command and frozen again. */
  private static final class Draft {
    private final FollowUpSnapshot base;
    Instant due;
    Priority priority;
    @Nullable String owner;
    FollowUpState st;
    @Nullable String claimedBy;
    @Nullable Instant leaseUntil;
    final List<Note> notes;
    int escalations;
    @Nullable Instant closedAt;

    Draft(FollowUpSnapshot s) {
      base = s;
      due = s.due();
      priority = s.priority();
      owner = s.owner();
      st = s.state();
      claimedBy = s.claimedBy();
      leaseUntil = s.leaseUntil();
      notes = new ArrayList<>(s.notes());
      escalations = s.escalations();
      closedAt = s.closedAt();
    }

    FollowUpSnapshot toSnapshot() {
      return new FollowUpSnapshot(base.id(), base.version(), base.customerId(), base.purpose(),
          base.title(), due, priority, owner, st, claimedBy, leaseUntil, notes, base.origin(),
          escalations, base.createdAt(), closedAt);
    }
  }
}
