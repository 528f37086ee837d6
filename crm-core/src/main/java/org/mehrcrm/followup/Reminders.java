package org.mehrcrm.followup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerQuery;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.interaction.InteractionRepository;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.UnitOfWork;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.purchase.PurchaseKind;
import org.mehrcrm.purchase.PurchaseRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the reminder rules when the host's scheduler says so; the library runs no thread of
 * its own.
 *
 * <p>Example, from a scheduler that ticks every few minutes:
 * <pre>{@code
 * Reminders reminders = new Reminders(followUps, customers, interactions, purchases, orgChart,
 *     unitOfWork, ids, List.of(ReminderRule.keyAccountSilence(30), ReminderRule.beforeDue(Duration.ofHours(2))));
 * ReminderRun run = reminders.runDue(clock.instant());
 * }</pre>
 * <b>Idempotent:</b> every firing is keyed by rule, customer and period ({@link RuleFiring}) and
 * recorded in the same unit of work as the task or event it causes, so running twice for the
 * same moment, or overlapping runs, create nothing twice. A rule that would open a task for a
 * customer and purpose that already has an open one creates nothing (the open task covers it).
 * Rules are evaluated in the order given. Thread-safe.
 */
public final class Reminders {
  private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
  private static final String SYSTEM = "system";

  private final FollowUpRepository followUps;
  private final CustomerRepository customers;
  private final InteractionRepository interactions;
  private final PurchaseRepository purchases;
  private final OrgChart orgChart;
  private final UnitOfWork unitOfWork;
  private final IdGenerator ids;
  private final List<ReminderRule> rules;

  /**
   * Creates the evaluator.
   *
   * @param followUps where tasks and firings are kept
   * @param customers where customers are kept
   * @param interactions where contacts are kept, for the no-contact rules
   * @param purchases where purchases are kept, for the thank-you rule
   * @param orgChart who manages whom, for escalation
   * @param unitOfWork the transaction and event machinery
   * @param ids the generator of task ids
   * @param rules the rules, evaluated in order; their ids must differ
   * @throws InvalidFieldException if two rules share an id
   */
  public Reminders(FollowUpRepository followUps, CustomerRepository customers,
      InteractionRepository interactions, PurchaseRepository purchases, OrgChart orgChart,
      UnitOfWork unitOfWork, IdGenerator ids, List<ReminderRule> rules) {
    this.followUps = requireNonNull(followUps, "followUps");
    this.customers = requireNonNull(customers, "customers");
    this.interactions = requireNonNull(interactions, "interactions");
    this.purchases = requireNonNull(purchases, "purchases");
    this.orgChart = requireNonNull(orgChart, "orgChart");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.ids = requireNonNull(ids, "ids");
    this.rules = List.copyOf(rules);
    if (this.rules.stream().map(ReminderRule::id).distinct().count() != this.rules.size()) {
      throw new InvalidFieldException("rules", "must have distinct ids");
    }
  }

  /**
   * Returns the rules, in evaluation order.
   *
   * @return the rules
   */
  public List<ReminderRule> rules() {
    return rules;
  }

  /**
   * Evaluates every rule for a moment.
   *
   * @param now the moment, normally the host clock's
   * @return what was done
   */
  public ReminderRun runDue(Instant now) {
    requireNonNull(now, "now");
    Run run = new Run(now);
    for (ReminderRule rule : rules) {
      if (rule instanceof ReminderRule.NoContact r) {
        noContact(r, run);
      } else if (rule instanceof ReminderRule.ThankYou r) {
        thankYou(r, run);
      } else if (rule instanceof ReminderRule.BeforeDue r) {
        beforeDue(r, run);
      } else if (rule instanceof ReminderRule.EscalateOverdue r) {
        escalate(r, run);
      }
    }
    LOG.debug("reminders at {}: {} created, {} reminded, {} escalated, {} already handled", now,
        run.created.size(), run.reminded.size(), run.escalated.size(), run.alreadyHandled);
    return new ReminderRun(now, run.created, run.reminded, run.escalated, run.alreadyHandled);
  }

  // ---------------------------------------------------------------- rules

  private void noContact(ReminderRule.NoContact rule, Run run) {
    CustomerQuery query = rule.audience() == ReminderRule.Audience.KEY_ACCOUNTS
        ? CustomerQuery.all().withKeyAccount(true) : CustomerQuery.all().withStage(LifecycleStage.PROSPECT);
    Instant threshold = run.now.minus(rule.silence());
    List<Customer> batch = new ArrayList<>(InteractionRepository.MAX_BATCH);
    try (Stream<Customer> watched = customers.stream(query)) {
      Iterator<Customer> it = watched.iterator();
      while (it.hasNext()) {
        Customer c = it.next();
        if (c.stage() != LifecycleStage.LOST) {
          batch.add(c);
        }
        if (batch.size() == InteractionRepository.MAX_BATCH || !it.hasNext()) {
          Map<CustomerId, Instant> last = interactions.lastContacts(batch.stream().map(Customer::id).toList());
          for (Customer customer : batch) {
            Instant since = last.getOrDefault(customer.id(), customer.registeredAt());
            if (!since.isAfter(threshold)) {
              open(rule.id(), customer.id(), "since:" + since, rule.purpose(), rule.title(),
                  run.now.plus(rule.dueIn()), rule.priority(), customer.owner().orElse(null), run);
            }
          }
          batch.clear();
        }
      }
    }
  }

  private void thankYou(ReminderRule.ThankYou rule, Run run) {
    Instant to = run.now.minus(rule.after()).plusNanos(1);
    Instant from = to.minus(rule.catchUp()).minusNanos(1);
    List<Purchase> due = new ArrayList<>();
    try (Stream<Purchase> donations = purchases.purchasesBetween(from, to)) {
      donations.filter(p -> p.kind() == PurchaseKind.DONATION).forEach(due::add);
    }
    try (Stream<Purchase> firsts = purchases.firstPurchasesBetween(from, to)) {
      firsts.filter(p -> p.kind() == PurchaseKind.SALE).forEach(due::add);
    }
    for (Purchase p : due) {
      RuleFiring key = new RuleFiring(rule.id(), p.customerId(), "purchase:" + p.reference());
      if (followUps.hasFired(key)) {
        run.alreadyHandled++;
        continue;
      }
      Optional<String> owner = customers.findById(p.customerId()).flatMap(Customer::owner);
      open(rule.id(), p.customerId(), key.period(), rule.purpose(), rule.title(),
          run.now.plus(rule.dueIn()), rule.priority(), owner.orElse(null), run);
    }
  }

  private void beforeDue(ReminderRule.BeforeDue rule, Run run) {
    for (FollowUp task : openDue(run.now.plus(rule.lead()))) {
      if (task.due().isBefore(run.now)) {
        continue; // already overdue: escalation's business, not a reminder's
      }
      RuleFiring key = taskKey(rule.id(), task);
      boolean fired = unitOfWork.run(() -> {
        if (!followUps.markFired(key)) {
          return false;
        }
        unitOfWork.record(List.of(new FollowUpEvent.ReminderDue(task.id(), task.customerId(),
            task.owner().orElse(null), task.due(), run.now)));
        return true;
      });
      if (fired) {
        run.reminded.add(task.id());
      } else {
        run.alreadyHandled++;
      }
    }
  }

  private void escalate(ReminderRule.EscalateOverdue rule, Run run) {
    for (FollowUp task : openDue(run.now.minus(rule.grace()))) {
      Optional<String> manager = task.owner().flatMap(orgChart::managerOf)
          .filter(m -> !m.equals(task.owner().orElse(null)));
      if (manager.isEmpty()) {
        continue;
      }
      RuleFiring key = taskKey(rule.id(), task);
      if (followUps.hasFired(key)) {
        run.alreadyHandled++;
        continue;
      }
      FollowUp escalated = task.escalateTo(manager.get(), run.now);
      boolean fired;
      try {
        fired = unitOfWork.run(() -> {
          if (!followUps.markFired(key)) {
            return false;
          }
          followUps.save(escalated);
          unitOfWork.record(escalated.pendingEvents());
          return true;
        });
      } catch (ConcurrentUpdateException e) {
        LOG.debug("follow-up {} changed while escalating; the next run looks again", task.id());
        continue;
      }
      if (fired) {
        run.escalated.add(task.id());
      } else {
        run.alreadyHandled++;
      }
    }
  }

  // ---------------------------------------------------------------- internals

  private List<FollowUp> openDue(Instant before) {
    try (Stream<FollowUp> due = followUps.openDueBefore(before)) {
      return due.toList();
    }
  }

  private static RuleFiring taskKey(String ruleId, FollowUp task) {
    return new RuleFiring(ruleId, task.customerId(), "task:" + task.id() + "@" + task.due());
  }

  private void open(String ruleId, CustomerId customer, String period, Purpose purpose,
      String title, Instant due, Priority priority, @Nullable String owner, Run run) {
    RuleFiring key = new RuleFiring(ruleId, customer, period);
    if (followUps.hasFired(key)) {
      run.alreadyHandled++;
      return;
    }
    FollowUp task = FollowUp.open(FollowUpId.of(ids.nextId()), customer, purpose, title, due,
        priority, owner, Origin.rule(ruleId), run.now);
    Optional<FollowUp> created;
    try {
      created = unitOfWork.run(() -> {
        if (!followUps.markFired(key) || followUps.findOpen(customer, purpose).isPresent()) {
          return Optional.<FollowUp>empty();
        }
        FollowUp saved = followUps.save(task);
        unitOfWork.record(task.pendingEvents());
        return Optional.of(saved);
      });
    } catch (OpenFollowUpExistsException e) {
      created = Optional.empty(); // opened concurrently: the open task covers this firing
    }
    if (created.isPresent()) {
      run.created.add(created.get().id());
    } else {
      run.alreadyHandled++;
    }
  }

  /** The counters of one run; confined to the calling thread. */
  private static final class Run {
    final Instant now;
    final List<FollowUpId> created = new ArrayList<>();
    final List<FollowUpId> reminded = new ArrayList<>();
    final List<FollowUpId> escalated = new ArrayList<>();
    int alreadyHandled;

    Run(Instant now) {
      this.now = now;
    }
  }
}
