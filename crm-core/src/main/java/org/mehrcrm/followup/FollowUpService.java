package org.mehrcrm.followup;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.Permission;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.kernel.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application service for follow-up tasks: creates them without duplicates, lets agents
 * claim them under a lease, and closes them.
 *
 * <p>Example:
 * <pre>{@code
 * FollowUp task = followUps.create(actor, customerId, Purpose.SALES, "Call about renewal", due,
 *     Priority.NORMAL, "agent-7");      // returns the open task if one exists for customer and purpose
 * followUps.claim(agent, task.id());     // FollowUpClaimedException if someone else holds it
 * followUps.complete(agent, task.id());
 * }</pre>
 * Every call checks the access policy ({@link FollowUpPermissions}) and saves with its events in
 * one unit of work. A command that loses a race against another writer is re-read and
 * re-validated, then retried: so of two agents claiming at once, one wins and the other gets
 * {@link FollowUpClaimedException}. Thread-safe.
 */
public final class FollowUpService {
  private static final Logger LOG = LoggerFactory.getLogger(FollowUpService.class);
  private static final int MAX_ATTEMPTS = 10;

  private final FollowUpRepository repository;
  private final CustomerRepository customers;
  private final UnitOfWork unitOfWork;
  private final AccessPolicy policy;
  private final Clock clock;
  private final IdGenerator ids;
  private final Duration lease;

  /**
   * Creates the service.
   *
   * @param repository where tasks are kept
   * @param customers where customers are kept, to check that the customer exists
   * @param unitOfWork the transaction and event machinery
   * @param policy the access policy
   * @param clock the clock that dates every change and judges leases
   * @param ids the generator of task ids
   * @param lease how long a claim lasts, positive
   * @throws InvalidFieldException if the lease is not positive
   */
  public FollowUpService(FollowUpRepository repository, CustomerRepository customers,
      UnitOfWork unitOfWork, AccessPolicy policy, Clock clock, IdGenerator ids, Duration lease) {
    this.repository = requireNonNull(repository, "repository");
    this.customers = requireNonNull(customers, "customers");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
    this.ids = requireNonNull(ids, "ids");
    this.lease = requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new InvalidFieldException("lease", "must be positive");
    }
  }

  /**
   * Creates a task by hand, or returns the task already open for the same customer and purpose.
   *
   * @param actor who creates
   * @param customer the customer
   * @param purpose why
   * @param title what to do
   * @param due when
   * @param priority how urgent
   * @param owner the responsible actor, or {@code null} for the shared pool
   * @return the new task, or the open one
   * @throws AccessDeniedException without {@code followup:create}
   * @throws NotFoundException if the customer does not exist
   * @throws InvalidFieldException if the title or owner is invalid
   */
  public FollowUp create(Actor actor, CustomerId customer, Purpose purpose, String title, Instant due,
      Priority priority, @Nullable String owner) {
    check(actor, FollowUpPermissions.CREATE);
    requireNonNull(customer, "customer");
    requireNonNull(purpose, "purpose");
    if (customers.findById(customer).isEmpty()) {
      throw new NotFoundException("customer", customer.value());
    }
    FollowUp task = FollowUp.open(FollowUpId.of(ids.nextId()), customer, purpose, title, due,
        priority, owner, Origin.manual(), clock.instant());
    return openOrExisting(repository, unitOfWork, task);
  }

  /**
   * Claims a task for the acting agent, for the service's lease; claiming one's own live claim
   * extends it.
   *
   * @param agent who claims
   * @param id the task
   * @return the claimed task
   * @throws AccessDeniedException without {@code followup:work}
   * @throws NotFoundException if there is no such task
   * @throws FollowUpClaimedException if another agent holds a live lease
   * @throws InvalidFieldException if the task is done or cancelled
   */
  public FollowUp claim(Actor agent, FollowUpId id) {
    return update(agent, FollowUpPermissions.WORK, id, (t, now) -> t.claim(agent.id(), now, lease));
  }

  /**
   * Gives a claimed task back.
   *
   * @param agent who releases
   * @param id the task
   * @return the task
   * @throws AccessDeniedException without {@code followup:work}
   * @throws NotFoundException if there is no such task
   * @throws FollowUpClaimedException if another agent holds a live lease
   * @throws InvalidFieldException if the task is done or cancelled
   */
  public FollowUp release(Actor agent, FollowUpId id) {
    return update(agent, FollowUpPermissions.WORK, id, (t, now) -> t.release(agent.id(), now));
  }

  /**
   * Marks a task done.
   *
   * @param agent who finished it
   * @param id the task
   * @return the done task
   * @throws AccessDeniedException without {@code followup:work}
   * @throws NotFoundException if there is no such task
   * @throws FollowUpClaimedException if another agent holds a live lease
   * @throws InvalidFieldException if the task is already closed
   */
  public FollowUp complete(Actor agent, FollowUpId id) {
    return update(agent, FollowUpPermissions.WORK, id, (t, now) -> t.complete(agent.id(), now));
  }

  /**
   * Adds a note to a task.
   *
   * @param agent the author
   * @param id the task
   * @param text the note
   * @return the task
   * @throws AccessDeniedException without {@code followup:work}
   * @throws NotFoundException if there is no such task
   * @throws InvalidFieldException if the text is blank or too long
   */
  public FollowUp addNote(Actor agent, FollowUpId id, String text) {
    requireNonNull(text, "text");
    return update(agent, FollowUpPermissions.WORK, id, (t, now) -> t.addNote(agent.id(), text, now));
  }

  /**
   * Cancels a task.
   *
   * @param actor who cancels
   * @param id the task
   * @return the cancelled task
   * @throws AccessDeniedException without {@code followup:manage}
   * @throws NotFoundException if there is no such task
   * @throws FollowUpClaimedException if another agent holds a live lease
   * @throws InvalidFieldException if the task is already closed
   */
  public FollowUp cancel(Actor actor, FollowUpId id) {
    return update(actor, FollowUpPermissions.MANAGE, id, (t, now) -> t.cancel(actor.id(), now));
  }

  /**
   * Moves a task's due moment.
   *
   * @param actor who reschedules
   * @param id the task
   * @param due the new due moment
   * @return the task
   * @throws AccessDeniedException without {@code followup:manage}
   * @throws NotFoundException if there is no such task
   * @throws InvalidFieldException if the task is closed
   */
  public FollowUp reschedule(Actor actor, FollowUpId id, Instant due) {
    requireNonNull(due, "due");
    return update(actor, FollowUpPermissions.MANAGE, id, (t, now) -> t.reschedule(due, now));
  }

  /**
   * Hands a task to another owner, or to the pool with {@code null}.
   *
   * @param actor who reassigns
   * @param id the task
   * @param owner the new owner, or {@code null}
   * @return the task
   * @throws AccessDeniedException without {@code followup:manage}
   * @throws NotFoundException if there is no such task
   * @throws InvalidFieldException if the task is closed
   */
  public FollowUp reassign(Actor actor, FollowUpId id, @Nullable String owner) {
    return update(actor, FollowUpPermissions.MANAGE, id, (t, now) -> t.reassign(owner, now));
  }

  /**
   * Finds a task.
   *
   * @param actor who asks
   * @param id the task
   * @return the task, or empty
   * @throws AccessDeniedException without {@code followup:read}
   */
  public Optional<FollowUp> find(Actor actor, FollowUpId id) {
    check(actor, FollowUpPermissions.READ);
    return repository.findById(requireNonNull(id, "id"));
  }

  /**
   * Returns a customer's open tasks.
   *
   * @param actor who asks
   * @param customer the customer
   * @return the open tasks, by due moment
   * @throws AccessDeniedException without {@code followup:read}
   */
  public List<FollowUp> openOf(Actor actor, CustomerId customer) {
    check(actor, FollowUpPermissions.READ);
    return repository.openOf(requireNonNull(customer, "customer"));
  }

  /**
   * Streams the open tasks an owner is responsible for.
   *
   * @param actor who asks
   * @param owner the owner's actor id
   * @return a lazy stream, by due moment, that the caller must close
   * @throws AccessDeniedException without {@code followup:read}
   */
  public Stream<FollowUp> workList(Actor actor, String owner) {
    check(actor, FollowUpPermissions.READ);
    return repository.openOwnedBy(requireNonNull(owner, "owner"));
  }

  // ---------------------------------------------------------------- internals

  /** Saves a new task, or returns the one already open for its customer and purpose. */
  static FollowUp openOrExisting(FollowUpRepository repository, UnitOfWork unitOfWork, FollowUp task) {
    for (int attempt = 1; ; attempt++) {
      Optional<FollowUp> open = repository.findOpen(task.customerId(), task.purpose());
      if (open.isPresent()) {
        return open.get();
      }
      try {
        return unitOfWork.run(() -> {
          FollowUp saved = repository.save(task);
          unitOfWork.record(task.pendingEvents());
          return saved;
        });
      } catch (OpenFollowUpExistsException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
        LOG.debug("follow-up for customer {} and {} opened concurrently; returning it", task.customerId(), task.purpose());
      }
    }
  }

  private FollowUp store(FollowUp changed) {
    return unitOfWork.run(() -> {
      FollowUp saved = repository.save(changed);
      unitOfWork.record(changed.pendingEvents());
      return saved;
    });
  }

  private void check(Actor actor, Permission permission) {
    policy.check(requireNonNull(actor, "actor"), permission);
  }

  private FollowUp update(Actor actor, Permission permission, FollowUpId id,
      BiFunction<FollowUp, Instant, FollowUp> command) {
    check(actor, permission);
    requireNonNull(id, "id");
    return unitOfWork.retrying(MAX_ATTEMPTS, () -> {
      FollowUp current = repository.findById(id)
          .orElseThrow(() -> new NotFoundException("follow-up", id.value()));
      FollowUp changed = command.apply(current, clock.instant());
      return changed.pendingEvents().isEmpty() ? current : store(changed);
    });
  }
}
