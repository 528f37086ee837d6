package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerPermissions;
import org.mehrcrm.customer.CustomerService;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.followup.FollowUp;
import org.mehrcrm.followup.FollowUpPermissions;
import org.mehrcrm.followup.FollowUpService;
import org.mehrcrm.followup.Priority;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The churn response: when a customer's {@link ChurnRisk} reaches its threshold, moves the
 * customer to {@link LifecycleStage#AT_RISK} with the risk's explanation as note and opens a
 * retention follow-up for the customer's owner.
 *
 * <p>Example:
 * <pre>{@code
 * ChurnRisk risk = ChurnRisk.assess(ChurnSignals.of(0.31, 24, 8), 0.6);
 * RetentionResponse r = crm.retention().respond(agent, customerId, risk);
 * r.outcome();      // MOVED_TO_AT_RISK, then ALREADY_AT_RISK on every later call
 * }</pre>
 *
 * <p><b>It keeps nothing and decides from the customer's stage.</b> The crossing is "at risk now
 * and not yet in the {@code AT_RISK} stage": the stage is the durable memory of the last
 * response, so the host need not store earlier scores, several hosts or runs cannot disagree
 * about what the previous score was, and an agent who moves the customer back to
 * {@code ACTIVE} re-arms the watch for the next crossing. Customers in a stage from which
 * {@code AT_RISK} is not a legal move ({@code PROSPECT}, {@code LOST}) are left alone.
 *
 * <p><b>Idempotent and repairable.</b> It checks every permission it will need before changing
 * anything, then opens the follow-up first and moves the stage second, each through its service
 * (access checks, unit of work, events, retry). Acting again on the same risk finds the customer
 * at risk and does nothing; if a crash fell between the two steps, the next call finds the stage
 * unchanged, {@link FollowUpService#create} returns the task already open for the customer and
 * {@link #RETENTION}, and the move completes: no task is ever created twice. Thread-safe.
 */
public final class RetentionWatch {
  /** The purpose of retention follow-ups. */
  public static final Purpose RETENTION = Purpose.of("retention");
  /** The delay from the response to the follow-up's due moment unless the host sets another. */
  public static final Duration DEFAULT_DELAY = Duration.ofDays(2);

  private static final Logger LOG = LoggerFactory.getLogger(RetentionWatch.class);
  private static final int MAX_TITLE = 200;
  private static final int MAX_NOTE = 500;

  private final CustomerService customers;
  private final FollowUpService followUps;
  private final AccessPolicy policy;
  private final Clock clock;
  private final Duration delay;

  /**
   * Creates the watch.
   *
   * @param customers the customer service, which moves the stage
   * @param followUps the follow-up service, which opens the task
   * @param policy the access policy, to check every permission before the first change
   * @param clock the clock the follow-up's due moment counts from
   * @param delay from the response to the follow-up's due moment, {@code >= 0}
   * @throws InvalidFieldException if the delay is negative
   */
  public RetentionWatch(CustomerService customers, FollowUpService followUps, AccessPolicy policy, Clock clock,
      Duration delay) {
    this.customers = requireNonNull(customers, "customers");
    this.followUps = requireNonNull(followUps, "followUps");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
    this.delay = requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new InvalidFieldException("delay", "must not be negative");
    }
  }

  /**
   * Responds to a customer's latest churn risk: below the threshold, or already at risk, or in a
   * stage that cannot move to {@code AT_RISK}, it changes nothing; otherwise it opens a retention
   * follow-up (due after the delay, owned by the customer's owner or the pool, high priority for
   * key accounts) and moves the customer to {@code AT_RISK} with the explanation as note.
   *
   * @param actor who acts, usually the host's scheduler
   * @param customer the customer
   * @param risk the latest assessment
   * @return what was done
   * @throws AccessDeniedException without {@code customer:read}, {@code customer:move-stage} and
   *     {@code followup:create}; checked before anything changes
   * @throws NotFoundException if the customer does not exist
   */
  public RetentionResponse respond(Actor actor, CustomerId customer, ChurnRisk risk) {
    requireNonNull(actor, "actor");
    requireNonNull(customer, "customer");
    requireNonNull(risk, "risk");
    policy.check(actor, CustomerPermissions.MOVE_STAGE);
    policy.check(actor, FollowUpPermissions.CREATE);
    Customer c = customers.get(actor, customer);
    if (!risk.isAtRisk()) {
      return new RetentionResponse(RetentionResponse.Outcome.BELOW_THRESHOLD, customer, c.stage(), null);
    }
    if (c.stage() == LifecycleStage.AT_RISK) {
      return new RetentionResponse(RetentionResponse.Outcome.ALREADY_AT_RISK, customer, c.stage(), null);
    }
    if (!c.stage().canMoveTo(LifecycleStage.AT_RISK)) {
      return new RetentionResponse(RetentionResponse.Outcome.STAGE_NOT_WATCHED, customer, c.stage(), null);
    }
    String explanation = risk.explanation();
    FollowUp task = followUps.create(actor, customer, RETENTION,
        cut("Retention: " + explanation, MAX_TITLE), clock.instant().plus(delay),
        c.isKeyAccount() ? Priority.HIGH : Priority.NORMAL, c.owner().orElse(null));
    Customer moved = customers.moveTo(actor, customer, LifecycleStage.AT_RISK, null,
        cut(String.format(Locale.ROOT, "churn risk %.2f: %s", risk.score(), explanation), MAX_NOTE));
    LOG.debug("customer {} moved to AT_RISK at churn risk {}; retention follow-up {}", customer, risk.score(),
        task.id());
    return new RetentionResponse(RetentionResponse.Outcome.MOVED_TO_AT_RISK, customer, moved.stage(), task.id());
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
