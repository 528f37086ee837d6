package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.Permission;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;
import org.mehrcrm.kernel.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application service for complaints: files, handles and finds cases on behalf of an actor.
 *
 * <p>Every call checks the access policy ({@link ComplaintPermissions}), validates completely,
 * saves through the repository inside the unit of work together with the events it raises, and
 * delivers those events after commit. A failed call changes nothing. Commands that lose a race
 * against another writer are retried on fresh state. Example:
 * <pre>{@code
 * Complaint c = complaints.file(agent, ComplaintIntake.of(customerId, Channel.PHONE,
 *     ComplaintCategory.of("billing"), "Charged twice"));
 * complaints.acknowledge(agent, c.id());
 * SlaStatus sla = complaints.slaStatus(agent, c.id());
 * }</pre>
 * Thread-safe.
 */
public final class ComplaintService {
  private static final Logger LOG = LoggerFactory.getLogger(ComplaintService.class);
  private static final int MAX_ATTEMPTS = 10;

  private final ComplaintRepository repository;
  private final UnitOfWork unitOfWork;
  private final AccessPolicy policy;
  private final Clock clock;
  private final IdGenerator ids;
  private final ComplaintSettings settings;
  private final SlaClock sla;
  private final SlaPolicyId defaultPolicy;
  private final CustomerSegments segments;

  /**
   * Creates the service.
   *
   * @param repository where cases are kept
   * @param unitOfWork the transaction and event machinery
   * @param policy the access policy
   * @param clock the clock that dates every change
   * @param ids the generator for case ids
   * @param settings the host's categories, attributes and reopen window
   * @param sla the service-time clock with the policy catalogue
   * @param defaultPolicy the policy new cases get, in its latest version
   * @throws NotFoundException if the catalogue has no such policy
   */
  public ComplaintService(ComplaintRepository repository, UnitOfWork unitOfWork, AccessPolicy policy,
      Clock clock, IdGenerator ids, ComplaintSettings settings, SlaClock sla, SlaPolicyId defaultPolicy) {
    this(repository, unitOfWork, policy, clock, ids, settings, sla, defaultPolicy, CustomerSegments.NONE);
  }

  /**
   * Creates the service with a source of customer segments for intakes that name none.
   *
   * @param repository where cases are kept
   * @param unitOfWork the transaction and event machinery
   * @param policy the access policy
   * @param clock the clock that dates every change
   * @param ids the generator for case ids
   * @param settings the host's categories, attributes and reopen window
   * @param sla the service-time clock with the policy catalogue
   * @param defaultPolicy the policy new cases get, in its latest version
   * @param segments the segment of a customer whose intake names none
   * @throws NotFoundException if the catalogue has no such policy
   */
  public ComplaintService(ComplaintRepository repository, UnitOfWork unitOfWork, AccessPolicy policy,
      Clock clock, IdGenerator ids, ComplaintSettings settings, SlaClock sla, SlaPolicyId defaultPolicy,
      CustomerSegments segments) {
    this.segments = requireNonNull(segments, "segments");
    this.repository = requireNonNull(repository, "repository");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
    this.settings = requireNonNull(settings, "settings");
    this.sla = requireNonNull(sla, "sla");
    this.defaultPolicy = requireNonNull(defaultPolicy, "defaultPolicy");
    sla.catalog().latest(defaultPolicy);
  }

  /**
   * Files a new complaint under the latest version of the default policy; an intake that names no
   * segment gets the customer's, if the service was given {@link CustomerSegments}.
   *
   * @param actor who files it
   * @param intake what the customer reported
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:file}
   * @throws InvalidFieldException if the category is not declared or an attribute breaks the schema
   */
  public Complaint file(Actor actor, ComplaintIntake intake) {
    check(actor, ComplaintPermissions.FILE);
    requireNonNull(intake, "intake");
    ComplaintIntake served = intake.segment() != null ? intake
        : segments.segmentOf(intake.customerId()).map(intake::withSegment).orElse(intake);
    Complaint c = Complaint.receive(ComplaintId.of(ids.nextId()), served, settings,
        sla.catalog().latest(defaultPolicy).ref(), null, now());
    Complaint saved = store(c);
    LOG.debug("filed complaint {} for customer {}", c.id(), intake.customerId());
    return saved;
  }

  /**
   * Finds a case.
   *
   * @param actor who asks
   * @param id the case
   * @return the case, or empty
   * @throws AccessDeniedException without {@code complaint:read}
   */
  public Optional<Complaint> find(Actor actor, ComplaintId id) {
    check(actor, ComplaintPermissions.READ);
    return repository.findById(requireNonNull(id, "id"));
  }

  /**
   * Returns a case.
   *
   * @param actor who asks
   * @param id the case
   * @return the case
   * @throws AccessDeniedException without {@code complaint:read}
   * @throws NotFoundException if there is no such case
   */
  public Complaint get(Actor actor, ComplaintId id) {
    return find(actor, id).orElseThrow(() -> new NotFoundException("complaint", id.value()));
  }

  /**
   * Returns every case of a customer.
   *
   * @param actor who asks
   * @param customerId the customer
   * @return the cases, in id order
   * @throws AccessDeniedException without {@code complaint:read}
   */
  public List<Complaint> ofCustomer(Actor actor, CustomerId customerId) {
    check(actor, ComplaintPermissions.READ);
    return repository.findByCustomer(requireNonNull(customerId, "customerId"));
  }

  /**
   * Returns one page of open cases.
   *
   * @param actor who asks
   * @param page which page
   * @return the page, in id order
   * @throws AccessDeniedException without {@code complaint:read}
   */
  public Page<Complaint> open(Actor actor, PageRequest page) {
    check(actor, ComplaintPermissions.READ);
    return repository.findOpen(requireNonNull(page, "page"));
  }

  /**
   * Returns a case's service-time status now.
   *
   * @param actor who asks
   * @param id the case
   * @return the status
   * @throws AccessDeniedException without {@code complaint:read}
   * @throws NotFoundException if there is no such case
   */
  public SlaStatus slaStatus(Actor actor, ComplaintId id) {
    return sla.status(get(actor, id), now());
  }

  /**
   * Counts a customer's open cases and the cases that breached a service-time target, for the
   * churn-risk score.
   *
   * @param actor who asks
   * @param customerId the customer
   * @return the counts
   * @throws AccessDeniedException without {@code complaint:read}
   */
  public ComplaintSignals signals(Actor actor, CustomerId customerId) {
    List<Complaint> cases = ofCustomer(actor, customerId);
    Instant now = now();
    int open = 0;
    int breached = 0;
    for (Complaint c : cases) {
      open += c.isOpen() ? 1 : 0;
      breached += sla.status(c, now).isBreached() ? 1 : 0;
    }
    return new ComplaintSignals(open, breached);
  }

  /**
   * Acknowledges receipt.
   *
   * @param actor who acknowledges
   * @param id the case
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:handle}
   * @throws NotFoundException if there is no such case
   * @throws IllegalTransitionException if the case is not received
   */
  public Complaint acknowledge(Actor actor, ComplaintId id) {
    return update(actor, ComplaintPermissions.HANDLE, id, (c, at) -> c.acknowledge(actor.id(), at));
  }

  /**
   * Records the assessment.
   *
   * @param actor who assessed
   * @param id the case
   * @param assessment the ratings
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:handle}
   * @throws NotFoundException if there is no such case
   * @throws IllegalTransitionException unless acknowledged or reopened
   */
  public Complaint assess(Actor actor, ComplaintId id, Assessment assessment) {
    requireNonNull(assessment, "assessment");
    return update(actor, ComplaintPermissions.HANDLE, id, (c, at) -> c.assess(assessment, actor.id(), at));
  }

  /**
   * Starts or resumes the investigation.
   *
   * @param actor who investigates
   * @param id the case
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:handle}
   * @throws NotFoundException if there is no such case
   * @throws IllegalTransitionException unless assessed, responded or reopened
   */
  public Complaint investigate(Actor actor, ComplaintId id) {
    return update(actor, ComplaintPermissions.HANDLE, id, (c, at) -> c.investigate(actor.id(), at));
  }

  /**
   * Pauses handling until the customer answers.
   *
   * @param actor who waits
   * @param id the case
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:handle}
   * @throws NotFoundException if there is no such case
   * @throws IllegalTransitionException if the status does not allow waiting
   */
  public Complaint waitOnCustomer(Actor actor, ComplaintId id) {
    return update(actor, ComplaintPermissions.HANDLE, id, (c, at) -> c.waitOnCustomer(actor.id(), at));
  }

  /**
   * Records the customer's answer; handling resumes where it paused.
   *
   * @param actor who records it
   * @param id the case
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:handle}
   * @throws NotFoundException if there is no such case
   * @throws IllegalTransitionException unless waiting on the customer
   */
  public Complaint customerAnswered(Actor actor, ComplaintId id) {
    return update(actor, ComplaintPermissions.HANDLE, id, (c, at) -> c.customerAnswered(actor.id(), at));
  }

  /**
   * Records news sent to the customer.
   *
   * @param actor who wrote
   * @param id the case
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:handle}
   * @throws NotFoundException if there is no such case
   * @throws IllegalTransitionException if the case is closed or withdrawn
   */
  public Complaint updateCustomer(Actor actor, ComplaintId id) {
    return update(actor, ComplaintPermissions.HANDLE, id, (c, at) -> c.updateCustomer(actor.id(), at));
  }

  /**
   * Gives the decision and remedies.
   *
   * @param actor who responds
   * @param id the case
   * @param decision the decision
   * @param remedies the remedies offered
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:handle}
   * @throws NotFoundException if there is no such case
   * @throws IllegalTransitionException unless investigating
   */
  public Complaint respond(Actor actor, ComplaintId id, String decision, List<Remedy> remedies) {
    requireNonNull(decision, "decision");
    requireNonNull(remedies, "remedies");
    return update(actor, ComplaintPermissions.HANDLE, id, (c, at) -> c.respond(decision, remedies, actor.id(), at));
  }

  /**
   * Closes the case.
   *
   * @param actor who closes
   * @param id the case
   * @param outcome whether the customer accepted
   * @param nextStep the customer's next step when declined, else null
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:handle}
   * @throws NotFoundException if there is no such case
   * @throws IllegalTransitionException unless responded
   * @throws InvalidFieldException if the next step is missing or superfluous
   */
  public Complaint close(Actor actor, ComplaintId id, ClosureOutcome outcome, @Nullable String nextStep) {
    requireNonNull(outcome, "outcome");
    return update(actor, ComplaintPermissions.HANDLE, id, (c, at) -> c.close(outcome, nextStep, actor.id(), at));
  }

  /**
   * Reopens a closed case within the reopen window; after it, files a new case linked to the old
   * one ({@link Complaint#relatedTo()}), with the same intake, under the latest default policy.
   *
   * @param actor who reopens
   * @param id the closed case
   * @return the reopened case, or the new linked case
   * @throws AccessDeniedException without {@code complaint:handle}
   * @throws NotFoundException if there is no such case
   * @throws IllegalTransitionException if the case is not closed
   */
  public Complaint reopen(Actor actor, ComplaintId id) {
    check(actor, ComplaintPermissions.HANDLE);
    Complaint current = repository.findById(requireNonNull(id, "id"))
        .orElseThrow(() -> new NotFoundException("complaint", id.value()));
    Instant at = now();
    if (current.status() == ComplaintStatus.CLOSED && !current.canReopen(settings.reopenWindow(), at)) {
      Complaint linked = Complaint.receive(ComplaintId.of(ids.nextId()), current.intake(), settings,
          sla.catalog().latest(defaultPolicy).ref(), id, at);
      return store(linked);
    }
    return update(actor, ComplaintPermissions.HANDLE, id, (c, t) -> c.reopen(settings.reopenWindow(), actor.id(), t));
  }

  /**
   * Records that the customer withdrew.
   *
   * @param actor who records it
   * @param id the case
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:handle}
   * @throws NotFoundException if there is no such case
   * @throws IllegalTransitionException if the case is closed or withdrawn
   */
  public Complaint withdraw(Actor actor, ComplaintId id) {
    return update(actor, ComplaintPermissions.HANDLE, id, (c, at) -> c.withdraw(actor.id(), at));
  }

  /**
   * Assigns or hands off the case.
   *
   * @param actor who assigns
   * @param id the case
   * @param to the new assignee
   * @param reason why
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:assign}
   * @throws NotFoundException if there is no such case
   * @throws InvalidFieldException if {@code to} is already the assignee or the reason is blank
   */
  public Complaint assign(Actor actor, ComplaintId id, String to, String reason) {
    requireNonNull(to, "to");
    requireNonNull(reason, "reason");
    return update(actor, ComplaintPermissions.ASSIGN, id, (c, at) -> c.assign(to, reason, actor.id(), at));
  }

  /**
   * Changes the priority.
   *
   * @param actor who changes it
   * @param id the case
   * @param priority the new priority
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:manage}
   * @throws NotFoundException if there is no such case
   */
  public Complaint changePriority(Actor actor, ComplaintId id, Priority priority) {
    requireNonNull(priority, "priority");
    return update(actor, ComplaintPermissions.MANAGE, id, (c, at) -> c.changePriority(priority, actor.id(), at));
  }

  /**
   * Moves a case to another policy version, keeping its elapsed and paused time.
   *
   * @param actor who changes it
   * @param id the case
   * @param to the version
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:manage}
   * @throws NotFoundException if there is no such case or version
   */
  public Complaint changePolicy(Actor actor, ComplaintId id, SlaPolicyRef to) {
    requireNonNull(to, "to");
    sla.catalog().get(to);
    return update(actor, ComplaintPermissions.MANAGE, id, (c, at) -> c.changePolicy(to, actor.id(), at));
  }

  /**
   * Sets a custom attribute.
   *
   * @param actor who changes it
   * @param id the case
   * @param name the attribute
   * @param value the value as text
   * @return the stored case
   * @throws AccessDeniedException without {@code complaint:manage}
   * @throws NotFoundException if there is no such case
   * @throws InvalidFieldException if the attribute is not declared or the value does not fit
   */
  public Complaint setAttribute(Actor actor, ComplaintId id, String name, String value) {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    return update(actor, ComplaintPermissions.MANAGE, id,
        (c, at) -> c.setAttribute(settings.attributes(), name, value, at));
  }

  // ---------------------------------------------------------------- internals

  private void check(Actor actor, Permission permission) {
    policy.check(requireNonNull(actor, "actor"), permission);
  }

  private Instant now() {
    return clock.instant();
  }

  private Complaint update(Actor actor, Permission permission, ComplaintId id,
      BiFunction<Complaint, Instant, Complaint> command) {
    check(actor, permission);
    requireNonNull(id, "id");
    return unitOfWork.retrying(MAX_ATTEMPTS, () -> {
      Complaint current = repository.findById(id)
          .orElseThrow(() -> new NotFoundException("complaint", id.value()));
      Complaint changed = command.apply(current, now());
      return changed.pendingEvents().isEmpty() ? current : store(changed);
    });
  }

  private Complaint store(Complaint changed) {
    return unitOfWork.run(() -> {
      Complaint saved = repository.save(changed);
      unitOfWork.record(changed.pendingEvents());
      return saved;
    });
  }
}
