package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.AttributeSchema;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A complaint case, handled along the ISO 10002 stages from receipt to closure, with its
 * assignments and hand-offs, remedies, escalations and service-level policy.
 *
 * <p>A case is made by {@link #receive} and changed by commands such as {@link #acknowledge},
 * {@link #assess}, {@link #respond} or {@link #close}. Each command validates completely before
 * it changes anything and returns a <em>new</em> case, leaving the receiver untouched; the change
 * is described by the new instance's {@link #pendingEvents()}, which are also appended to its
 * {@link #history()}:
 * <pre>{@code
 * Complaint c = Complaint.receive(id, intake, settings, SlaPolicyRef.of("standard", 2), null, at)
 *     .acknowledge("agent-7", at.plusSeconds(600))
 *     .assign("agent-7", "first line", "lead-1", at.plusSeconds(700));
 * repository.save(c);
 * }</pre>
 * A move the stage table ({@link ComplaintStatus}) does not allow throws
 * {@link IllegalTransitionException}. Most callers use {@link ComplaintService}, which adds
 * access checks, transactions and event delivery. Immutable and thread-safe.
 */
public final class Complaint {
  private final ComplaintSnapshot state;
  private final List<ComplaintEvent> pendingEvents;

  private Complaint(ComplaintSnapshot state, List<ComplaintEvent> pendingEvents) {
    this.state = state;
    this.pendingEvents = pendingEvents;
  }

  /**
   * Files a new complaint.
   *
   * @param id the new case's id
   * @param intake what the customer reported
   * @param settings the host's categories and attribute declarations
   * @param policy the service-level policy version the case keeps
   * @param relatedTo an earlier case this one follows up (after the reopen window), or null
   * @param at when it was received
   * @return the case at version 0, with a {@link ComplaintEvent.Received} event
   * @throws InvalidFieldException if the category is not declared or an attribute breaks the schema
   */
  public static Complaint receive(ComplaintId id, ComplaintIntake intake, ComplaintSettings settings,
      SlaPolicyRef policy, @Nullable ComplaintId relatedTo, Instant at) {
    requireNonNull(id, "id");
    requireNonNull(intake, "intake");
    requireNonNull(settings, "settings");
    requireNonNull(policy, "policy");
    requireNonNull(at, "at");
    settings.requireCategory(intake.category());
    Map<String, String> attributes = settings.attributes().validate(intake.attributes());
    if (id.equals(relatedTo)) {
      throw new InvalidFieldException("relatedTo", "must be another case");
    }
    ComplaintIntake canonical = intake.withAttributes(attributes);
    ComplaintEvent received = new ComplaintEvent.Received(id, intake.customerId(), intake.channel(),
        intake.category(), intake.priority(), intake.segment(), policy, relatedTo, at);
    ComplaintSnapshot snapshot = new ComplaintSnapshot(id, 0, canonical, ComplaintStatus.RECEIVED,
        null, intake.priority(), null, List.of(), 0, null, List.of(), null, null, attributes,
        policy, List.of(received));
    return new Complaint(snapshot, List.of(received));
  }

  /**
   * Rebuilds a stored case; storage adapters call this when reading.
   *
   * @param snapshot the stored state
   * @return the case, with no pending events
   */
  public static Complaint restore(ComplaintSnapshot snapshot) {
    return new Complaint(requireNonNull(snapshot, "snapshot"), List.of());
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the whole state, for storage adapters and serialisation.
   *
   * @return the snapshot
   */
  public ComplaintSnapshot snapshot() {
    return state;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public ComplaintId id() {
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
   * Returns who complains.
   *
   * @return the customer's id
   */
  public CustomerId customerId() {
    return state.intake().customerId();
  }

  /**
   * Returns what was recorded on receipt.
   *
   * @return the intake
   */
  public ComplaintIntake intake() {
    return state.intake();
  }

  /**
   * Returns the current status.
   *
   * @return the status
   */
  public ComplaintStatus status() {
    return state.status();
  }

  /**
   * Tells whether the case is still being handled.
   *
   * @return true unless closed or withdrawn
   */
  public boolean isOpen() {
    return state.status().isOpen();
  }

  /**
   * Returns the current priority.
   *
   * @return the priority
   */
  public Priority priority() {
    return state.priority();
  }

  /**
   * Returns the latest assessment.
   *
   * @return the assessment, or empty before assessment
   */
  public Optional<Assessment> assessment() {
    return Optional.ofNullable(state.assessment());
  }

  /**
   * Returns the current assignee.
   *
   * @return the assignee's actor id, or empty if never assigned
   */
  public Optional<String> assignee() {
    List<HandOff> a = state.assignments();
    return a.isEmpty() ? Optional.empty() : Optional.of(a.get(a.size() - 1).to());
  }

  /**
   * Returns every assignment with from, to, when and why, oldest first.
   *
   * @return the assignments
   */
  public List<HandOff> assignments() {
    return state.assignments();
  }

  /**
   * Returns how many times the case was passed from one person to another; the first assignment
   * does not count.
   *
   * @return the number of hand-offs
   */
  public int handOffCount() {
    int n = state.assignments().size();
    return Math.max(0, n - 1);
  }

  /**
   * Returns the escalation level reached.
   *
   * @return the level, 0 if never escalated
   */
  public int escalationLevel() {
    return state.escalationLevel();
  }

  /**
   * Returns the service-level policy version in force.
   *
   * @return the policy reference
   */
  public SlaPolicyRef policy() {
    return state.policy();
  }

  /**
   * Returns the handling round: 0, plus one for each reopening.
   *
   * @return the round
   */
  public int round() {
    int round = 0;
    for (ComplaintEvent e : state.history()) {
      if (e instanceof ComplaintEvent.StageChanged s && s.to() == ComplaintStatus.REOPENED) {
        round++;
      }
    }
    return round;
  }

  /**
   * Returns when the complaint was received.
   *
   * @return the moment
   */
  public Instant receivedAt() {
    return state.history().get(0).occurredAt();
  }

  /**
   * Returns when the case last closed.
   *
   * @return the moment, or empty if it never closed
   */
  public Optional<Instant> closedAt() {
    List<ComplaintEvent> h = state.history();
    for (int i = h.size() - 1; i >= 0; i--) {
      if (h.get(i) instanceof ComplaintEvent.Closed c) {
        return Optional.of(c.occurredAt());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the earlier case this one follows up.
   *
   * @return the related case, or empty
   */
  public Optional<ComplaintId> relatedTo() {
    return Optional.ofNullable(((ComplaintEvent.Received) state.history().get(0)).relatedTo());
  }

  /**
   * Returns the latest decision given to the customer.
   *
   * @return the decision, or empty before a response
   */
  public Optional<String> decision() {
    return Optional.ofNullable(state.decision());
  }

  /**
   * Returns the remedies of the latest response.
   *
   * @return the remedies, empty before a response
   */
  public List<Remedy> remedies() {
    return state.remedies();
  }

  /**
   * Returns how the case last closed.
   *
   * @return the outcome, or empty if it never closed
   */
  public Optional<ClosureOutcome> outcome() {
    return Optional.ofNullable(state.outcome());
  }

  /**
   * Returns the customer's next step after declining (for example an external dispute body).
   *
   * @return the next step, or empty
   */
  public Optional<String> nextStep() {
    return Optional.ofNullable(state.nextStep());
  }

  /**
   * Returns the custom attribute values.
   *
   * @return the values by name
   */
  public Map<String, String> attributes() {
    return state.attributes();
  }

  /**
   * Returns every event of the case, oldest first: the input of the service-time clock.
   *
   * @return the history
   */
  public List<ComplaintEvent> history() {
    return state.history();
  }

  /**
   * Returns the events raised by the commands that produced this instance and not yet saved.
   *
   * @return the pending events, oldest first
   */
  public List<ComplaintEvent> pendingEvents() {
    return pendingEvents;
  }

  /**
   * Tells whether a closed case may still be reopened.
   *
   * @param window how long after closing a case reopens
   * @param at when the customer comes back
   * @return true if the case is closed and {@code at} is within the window after closing
   */
  public boolean canReopen(Duration window, Instant at) {
    requireNonNull(window, "window");
    requireNonNull(at, "at");
    return state.status() == ComplaintStatus.CLOSED
        && closedAt().map(c -> !at.isAfter(c.plus(window))).orElse(false);
  }

  // ---------------------------------------------------------------- stage commands

  /**
   * Acknowledges receipt to the customer.
   *
   * @param actorId who acknowledges
   * @param at when
   * @return the changed case
   * @throws IllegalTransitionException unless {@code RECEIVED}
   */
  public Complaint acknowledge(String actorId, Instant at) {
    return move(ComplaintStatus.ACKNOWLEDGED, actorId, at).done();
  }

  /**
   * Records the assessment; the priority follows {@link Assessment#priority()}.
   *
   * @param assessment severity, urgency and impact
   * @param actorId who assessed
   * @param at when
   * @return the changed case, with {@code StageChanged}, {@code Assessed} and, if the priority
   *     changes, {@code PriorityChanged}
   * @throws IllegalTransitionException unless acknowledged or reopened
   */
  public Complaint assess(Assessment assessment, String actorId, Instant at) {
    requireNonNull(assessment, "assessment");
    Draft d = move(ComplaintStatus.ASSESSED, actorId, at);
    d.assessment = assessment;
    d.events.add(new ComplaintEvent.Assessed(id(), assessment, at));
    d.priority(assessment.priority(), actorId, at);
    return d.done();
  }

  /**
   * Starts (or, after a response the customer disputes, resumes) the investigation.
   *
   * @param actorId who investigates
   * @param at when
   * @return the changed case
   * @throws IllegalTransitionException unless assessed, responded or reopened
   */
  public Complaint investigate(String actorId, Instant at) {
    return move(ComplaintStatus.INVESTIGATING, actorId, at).done();
  }

  /**
   * Pauses handling until the customer answers; service-time clocks pause.
   *
   * @param actorId who is waiting
   * @param at when
   * @return the changed case
   * @throws IllegalTransitionException from received, waiting, closed or withdrawn
   */
  public Complaint waitOnCustomer(String actorId, Instant at) {
    return move(ComplaintStatus.WAITING_ON_CUSTOMER, actorId, at).done();
  }

  /**
   * Records the customer's answer: the case returns to the status it waited in.
   *
   * @param actorId who records it
   * @param at when
   * @return the changed case
   * @throws IllegalTransitionException unless waiting on the customer
   */
  public Complaint customerAnswered(String actorId, Instant at) {
    requireNonNull(actorId, "actorId");
    requireNonNull(at, "at");
    ComplaintStatus back = state.resumeTo();
    if (state.status() != ComplaintStatus.WAITING_ON_CUSTOMER || back == null) {
      throw new IllegalTransitionException(id(), state.status(), back == null ? ComplaintStatus.INVESTIGATING : back);
    }
    return move(back, actorId, at).done();
  }

  /**
   * Sends the customer news about the case; the first update is the first response, later ones
   * restart the "update every" target.
   *
   * @param actorId who wrote
   * @param at when
   * @return the changed case
   * @throws IllegalTransitionException if the case is closed or withdrawn
   */
  public Complaint updateCustomer(String actorId, Instant at) {
    Draft d = open(actorId, at);
    d.events.add(new ComplaintEvent.CustomerUpdated(id(), actorId, at));
    return d.done();
  }

  /**
   * Gives the customer the decision and the remedies offered.
   *
   * @param decision the decision, up to 10,000 characters
   * @param remedies the remedies offered, possibly none
   * @param actorId who responds
   * @param at when
   * @return the changed case
   * @throws IllegalTransitionException unless investigating
   * @throws InvalidFieldException if the decision is blank or too long
   */
  public Complaint respond(String decision, List<Remedy> remedies, String actorId, Instant at) {
    requireNonNull(decision, "decision");
    requireNonNull(remedies, "remedies");
    requireNonNull(actorId, "actorId");
    requireNonNull(at, "at");
    String text = Texts.requireText(decision, "decision", 10_000);
    List<Remedy> offered = List.copyOf(requireNonNull(remedies, "remedies"));
    Draft d = move(ComplaintStatus.RESPONDED, actorId, at);
    d.decision = text;
    d.remedies = offered;
    d.events.add(new ComplaintEvent.Responded(id(), offered, actorId, at));
    return d.done();
  }

  /**
   * Closes the case. An accepted response grants its goodwill points
   * ({@link ComplaintEvent.GoodwillPointsGranted}).
   *
   * @param outcome whether the customer accepted
   * @param nextStep the customer's next step when they declined (e.g. an external dispute body);
   *     must be null when they accepted
   * @param actorId who closes
   * @param at when
   * @return the changed case
   * @throws IllegalTransitionException unless responded
   * @throws InvalidFieldException if a declined case has no next step or an accepted one has one
   */
  public Complaint close(ClosureOutcome outcome, @Nullable String nextStep, String actorId, Instant at) {
    requireNonNull(outcome, "outcome");
    requireNonNull(actorId, "actorId");
    requireNonNull(at, "at");
    String step = null;
    if (outcome == ClosureOutcome.DECLINED) {
      if (nextStep == null) {
        throw new InvalidFieldException("nextStep", "must be recorded when the customer declined");
      }
      step = Texts.requireText(nextStep, "nextStep", 500);
    } else if (nextStep != null) {
      throw new InvalidFieldException("nextStep", "must be empty when the customer accepted");
    }
    Draft d = move(ComplaintStatus.CLOSED, actorId, at);
    d.outcome = outcome;
    d.nextStep = step;
    d.events.add(new ComplaintEvent.Closed(id(), outcome, actorId, at));
    if (outcome == ClosureOutcome.ACCEPTED) {
      long points = 0;
      for (Remedy r : state.remedies()) {
        if (r instanceof Remedy.GoodwillPoints g) {
          points = Math.addExact(points, g.points());
        }
      }
      if (points > 0) {
        d.events.add(new ComplaintEvent.GoodwillPointsGranted(id(), customerId(), points, at));
      }
    }
    return d.done();
  }

  /**
   * Reopens a closed case within the reopen window. After the window, file a new case with
   * {@link #receive} and {@code relatedTo} set to this one ({@link ComplaintService#reopen} does
   * this).
   *
   * @param window how long after closing a case reopens
   * @param actorId who reopens
   * @param at when
   * @return the changed case
   * @throws IllegalTransitionException unless closed
   * @throws InvalidFieldException if {@code at} is after the window
   */
  public Complaint reopen(Duration window, String actorId, Instant at) {
    requireNonNull(window, "window");
    Draft d = move(ComplaintStatus.REOPENED, actorId, at);
    if (!canReopen(window, at)) {
      throw new InvalidFieldException("at", "must be within " + window + " of closing; file a new linked case instead");
    }
    return d.done();
  }

  /**
   * Records that the customer withdrew the complaint.
   *
   * @param actorId who records it
   * @param at when
   * @return the changed case
   * @throws IllegalTransitionException if the case is closed or already withdrawn
   */
  public Complaint withdraw(String actorId, Instant at) {
    return move(ComplaintStatus.WITHDRAWN, actorId, at).done();
  }

  // ---------------------------------------------------------------- other commands

  /**
   * Assigns the case; every assignment after the first is a hand-off.
   *
   * @param to the new assignee's actor id
   * @param reason why, up to 500 characters
   * @param actorId who assigns
   * @param at when
   * @return the changed case
   * @throws IllegalTransitionException if the case is closed or withdrawn
   * @throws InvalidFieldException if {@code to} is the current assignee or the reason is blank
   */
  public Complaint assign(String to, String reason, String actorId, Instant at) {
    requireNonNull(to, "to");
    requireNonNull(reason, "reason");
    Draft d = open(actorId, at);
    String from = assignee().orElse(null);
    HandOff handOff = new HandOff(from, to, reason, at);
    d.assignments.add(handOff);
    d.events.add(new ComplaintEvent.Assigned(id(), from, handOff.to(), actorId, at));
    return d.done();
  }

  /**
   * Changes the priority; the service-time targets follow.
   *
   * @param to the new priority
   * @param actorId who changes it
   * @param at when
   * @return the changed case, or this one if the priority is already {@code to}
   * @throws IllegalTransitionException if the case is closed or withdrawn
   */
  public Complaint changePriority(Priority to, String actorId, Instant at) {
    requireNonNull(to, "to");
    Draft d = open(actorId, at);
    if (to == state.priority()) {
      return this;
    }
    d.priority(to, actorId, at);
    return d.done();
  }

  /**
   * Records that an escalation rule acted.
   *
   * @param ruleId the rule
   * @param level the escalation level after the rule, at least the current one
   * @param at when
   * @return the changed case
   * @throws IllegalTransitionException if the case is closed or withdrawn
   * @throws InvalidFieldException if the level would go down
   */
  public Complaint escalate(String ruleId, int level, Instant at) {
    requireNonNull(ruleId, "ruleId");
    requireNonNull(at, "at");
    Texts.requireCode(ruleId, "ruleId");
    Draft d = open("system", at);
    if (level < state.escalationLevel()) {
      throw new InvalidFieldException("level", "must not be below the current level " + state.escalationLevel());
    }
    d.escalationLevel = level;
    d.events.add(new ComplaintEvent.Escalated(id(), ruleId, level, round(), at));
    return d.done();
  }

  /**
   * Records that a service-time target was missed, once per target and round.
   *
   * @param target the target
   * @param breachedAt when it was missed
   * @param at when the breach was noticed
   * @return the changed case, or this one if the breach is already recorded for this round
   */
  public Complaint recordBreach(SlaTarget target, Instant breachedAt, Instant at) {
    requireNonNull(target, "target");
    requireNonNull(breachedAt, "breachedAt");
    Draft d = draft("system", at);
    if (hasBreachRecorded(target)) {
      return this;
    }
    d.events.add(new ComplaintEvent.SlaBreached(id(), target, round(), breachedAt, at));
    return d.done();
  }

  /**
   * Tells whether a breach of a target is recorded in the current round.
   *
   * @param target the target
   * @return true if recorded
   */
  public boolean hasBreachRecorded(SlaTarget target) {
    requireNonNull(target, "target");
    int round = round();
    for (ComplaintEvent e : state.history()) {
      if (e instanceof ComplaintEvent.SlaBreached b && b.target() == target && b.round() == round) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether an escalation rule already acted in the current round.
   *
   * @param ruleId the rule
   * @return true if it did
   */
  public boolean hasEscalated(String ruleId) {
    requireNonNull(ruleId, "ruleId");
    int round = round();
    for (ComplaintEvent e : state.history()) {
      if (e instanceof ComplaintEvent.Escalated x && x.ruleId().equals(ruleId) && x.round() == round) {
        return true;
      }
    }
    return false;
  }

  /**
   * Moves the case to another policy version; elapsed and paused time carry over, only the
   * targets change.
   *
   * @param to the new version
   * @param actorId who changes it
   * @param at when
   * @return the changed case, or this one if {@code to} is already in force
   * @throws IllegalTransitionException if the case is closed or withdrawn
   */
  public Complaint changePolicy(SlaPolicyRef to, String actorId, Instant at) {
    requireNonNull(to, "to");
    Draft d = open(actorId, at);
    if (to.equals(state.policy())) {
      return this;
    }
    d.events.add(new ComplaintEvent.SlaPolicyChanged(id(), state.policy(), to, at));
    d.policy = to;
    return d.done();
  }

  /**
   * Sets a custom attribute.
   *
   * @param schema the host's declarations
   * @param name the attribute
   * @param value the value as text
   * @param at when
   * @return the changed case
   * @throws InvalidFieldException if the attribute is not declared or the value does not fit
   */
  public Complaint setAttribute(AttributeSchema schema, String name, String value, Instant at) {
    requireNonNull(schema, "schema");
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    requireNonNull(at, "at");
    Map<String, String> values = new HashMap<>(state.attributes());
    values.put(name, value);
    Map<String, String> checked = schema.validate(values);
    Draft d = draft("system", at);
    if (checked.equals(state.attributes())) {
      return this;
    }
    d.attributes = checked;
    d.events.add(new ComplaintEvent.AttributeChanged(id(), name, at));
    return d.done();
  }

  /**
   * Removes a custom attribute.
   *
   * @param schema the host's declarations
   * @param name the attribute
   * @param at when
   * @return the changed case, or this one if it had no value
   * @throws InvalidFieldException if the attribute is required
   */
  public Complaint removeAttribute(AttributeSchema schema, String name, Instant at) {
    requireNonNull(schema, "schema");
    requireNonNull(name, "name");
    requireNonNull(at, "at");
    Draft d = draft("system", at);
    if (!state.attributes().containsKey(name)) {
      return this;
    }
    Map<String, String> values = new HashMap<>(state.attributes());
    values.remove(name);
    d.attributes = schema.validate(values);
    d.events.add(new ComplaintEvent.AttributeChanged(id(), name, at));
    return d.done();
  }

  // ---------------------------------------------------------------- internals

  private Draft draft(String actorId, Instant at) {
    requireNonNull(actorId, "actorId");
    requireNonNull(at, "at");
    Ids.requireValid(actorId, "actorId");
    Instant last = state.history().get(state.history().size() - 1).occurredAt();
    if (at.isBefore(last)) {
      throw new InvalidFieldException("at", "must not be before the case's last event (" + last + ")");
    }
    return new Draft();
  }

  private Draft open(String actorId, Instant at) {
    Draft d = draft(actorId, at);
    if (!state.status().isOpen()) {
      throw new IllegalTransitionException(id(), state.status(), state.status());
    }
    return d;
  }

  private Draft move(ComplaintStatus to, String actorId, Instant at) {
    Draft d = draft(actorId, at);
    ComplaintStatus from = state.status();
    boolean allowed = from.canMoveTo(to) && (from != ComplaintStatus.WAITING_ON_CUSTOMER
        || to == state.resumeTo() || to == ComplaintStatus.WITHDRAWN);
    if (!allowed) {
      throw new IllegalTransitionException(id(), from, to);
    }
    d.resumeTo = to == ComplaintStatus.WAITING_ON_CUSTOMER ? from : null;
    d.status = to;
    d.events.add(new ComplaintEvent.StageChanged(id(), from, to, actorId, at));
    return d;
  }

  /** A mutable copy of the state, used by one command and then frozen. */
  private final class Draft {
    ComplaintStatus status = state.status();
    @Nullable ComplaintStatus resumeTo = state.resumeTo();
    Priority priority = state.priority();
    @Nullable Assessment assessment = state.assessment();
    final List<HandOff> assignments = new ArrayList<>(state.assignments());
    int escalationLevel = state.escalationLevel();
    @Nullable String decision = state.decision();
    List<Remedy> remedies = state.remedies();
    @Nullable ClosureOutcome outcome = state.outcome();
    @Nullable String nextStep = state.nextStep();
    Map<String, String> attributes = state.attributes();
    SlaPolicyRef policy = state.policy();
    final List<ComplaintEvent> events = new ArrayList<>();

    void priority(Priority to, String actorId, Instant at) {
      if (to != priority) {
        events.add(new ComplaintEvent.PriorityChanged(id(), priority, to, actorId, at));
        priority = to;
      }
    }

    Complaint done() {
      List<ComplaintEvent> history = new ArrayList<>(state.history().size() + events.size());
      history.addAll(state.history());
      history.addAll(events);
      ComplaintSnapshot next = new ComplaintSnapshot(state.id(), state.version(), state.intake(),
          status, resumeTo, priority, assessment, assignments, escalationLevel, decision, remedies,
          outcome, nextStep, attributes, policy, history);
      List<ComplaintEvent> pending = new ArrayList<>(pendingEvents);
      pending.addAll(events);
      return new Complaint(next, List.copyOf(pending));
    }
  }

  /** Equal when the state and pending events are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Complaint c && state.equals(c.state) && pendingEvents.equals(c.pendingEvents);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, pendingEvents);
  }

  /** Returns e.g. {@code "Complaint[C-1, INVESTIGATING, HIGH, v3]"}, without personal data. */
  @Override
  public String toString() {
    return "Complaint[" + id() + ", " + status() + ", " + priority() + ", v" + version() + "]";
  }
}
