package org.mehrcrm.followup;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A rule {@link Reminders#runDue} evaluates so that nothing is forgotten; each rule is a record
 * with its own settings and an id that keys its firings.
 *
 * <p>Example:
 * <pre>{@code
 * List<ReminderRule> rules = List.of(
 *     ReminderRule.keyAccountSilence(30), ReminderRule.prospectSilence(14),
 *     ReminderRule.thankYou(2), ReminderRule.beforeDue(Duration.ofHours(2)),
 *     ReminderRule.escalateOverdue(Duration.ofDays(1)));
 * }</pre>
 * Each rule fires at most once per customer and period, the period being defined per rule (see
 * the records). Immutable and thread-safe.
 */
public sealed interface ReminderRule {

  /**
   * Returns the rule's id: a code that keys its firings and marks the tasks it creates.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the rule creating a task when a key account has not been contacted for some days.
   *
   * @param days the days of silence, positive
   * @return the rule {@code key-account-silence}
   */
  static NoContact keyAccountSilence(int days) {
    return new NoContact("key-account-silence", Audience.KEY_ACCOUNTS, Duration.ofDays(days),
        Purpose.SALES, "Contact key account: no contact for " + days + " days", Duration.ofDays(1), Priority.HIGH);
  }

  /**
   * Returns the rule creating a task when a prospect has not been contacted for some days.
   *
   * @param days the days of silence, positive
   * @return the rule {@code prospect-silence}
   */
  static NoContact prospectSilence(int days) {
    return new NoContact("prospect-silence", Audience.PROSPECTS, Duration.ofDays(days),
        Purpose.SALES, "Follow up prospect: no contact for " + days + " days", Duration.ofDays(2), Priority.NORMAL);
  }

  /**
   * Returns the rule creating a thank-you task some days after each donation and after a
   * customer's first purchase.
   *
   * @param days the days to wait, not negative
   * @return the rule {@code thank-you}
   */
  static ThankYou thankYou(int days) {
    return new ThankYou("thank-you", Duration.ofDays(days), Duration.ofDays(7), Purpose.of("thank-you"),
        "Thank and follow up", Duration.ofDays(2), Priority.NORMAL);
  }

  /**
   * Returns the rule reminding a task's owner some time before it falls due.
   *
   * @param lead how long before
   * @return the rule {@code before-due}
   */
  static BeforeDue beforeDue(Duration lead) {
    return new BeforeDue("before-due", lead);
  }

  /**
   * Returns the rule escalating tasks overdue by more than a grace period to the owner's manager.
   *
   * @param grace how long past due before escalating
   * @return the rule {@code escalate-overdue}
   */
  static EscalateOverdue escalateOverdue(Duration grace) {
    return new EscalateOverdue("escalate-overdue", grace);
  }

  /** Which customers a {@link NoContact} rule watches. */
  enum Audience {
    /** Customers flagged as key accounts, unless lost. */
    KEY_ACCOUNTS,
    /** Customers in the prospect stage. */
    PROSPECTS
  }

  /**
   * Creates a task when a watched customer has had no contact (no current interaction, either
   * direction) for {@code silence}; a customer never contacted counts from registration.
   *
   * <p><b>Period:</b> the silence, named by the moment it began: {@code since:<instant of the last
   * contact, or of registration>}. One task per stretch of silence; a new contact starts a new
   * period.
   *
   * @param id the rule's id
   * @param audience which customers
   * @param silence how long without contact, positive
   * @param purpose the task's purpose
   * @param title the task's title
   * @param dueIn how long after firing the task is due, not negative
   * @param priority the task's priority
   */
  record NoContact(String id, Audience audience, Duration silence, Purpose purpose, String title,
      Duration dueIn, Priority priority) implements ReminderRule {
    /**
     * Validates the settings.
     *
     * @throws InvalidFieldException if the id is not a code, the silence is not positive or the
     *     due delay is negative
     */
    public NoContact {
      RuleCodes.requireCode(id, "rule.id");
      requireNonNull(audience, "audience");
      requirePositive(silence, "rule.silence");
      requireNonNull(purpose, "purpose");
      title = RuleCodes.text(title, "rule.title", FollowUpSnapshot.MAX_TITLE, false);
      requireNotNegative(dueIn, "rule.dueIn");
      requireNonNull(priority, "priority");
    }
  }

  /**
   * Creates a task {@code after} each donation, and after a customer's first purchase when it is
   * a sale. Purchases up to {@code catchUp} older than that are still picked up, so a scheduler
   * that missed runs loses nothing.
   *
   * <p><b>Period:</b> the purchase: {@code purchase:<order reference>}.
   *
   * @param id the rule's id
   * @param after how long after the purchase, not negative
   * @param catchUp how far back missed purchases are still thanked, not negative
   * @param purpose the task's purpose
   * @param title the task's title
   * @param dueIn how long after firing the task is due, not negative
   * @param priority the task's priority
   */
  record ThankYou(String id, Duration after, Duration catchUp, Purpose purpose, String title,
      Duration dueIn, Priority priority) implements ReminderRule {
    /**
     * Validates the settings.
     *
     * @throws InvalidFieldException if the id is not a code or a duration is negative
     */
    public ThankYou {
      RuleCodes.requireCode(id, "rule.id");
      requireNotNegative(after, "rule.after");
      requireNotNegative(catchUp, "rule.catchUp");
      requireNonNull(purpose, "purpose");
      title = RuleCodes.text(title, "rule.title", FollowUpSnapshot.MAX_TITLE, false);
      requireNotNegative(dueIn, "rule.dueIn");
      requireNonNull(priority, "priority");
    }
  }

  /**
   * Reminds the owner of an open task once it is due within {@code lead}, by raising a
   * {@link FollowUpEvent.ReminderDue} event for the host to deliver.
   *
   * <p><b>Period:</b> the task's due moment: {@code task:<id>@<due>}; rescheduling starts a new
   * period.
   *
   * @param id the rule's id
   * @param lead how long before the due moment, positive
   */
  record BeforeDue(String id, Duration lead) implements ReminderRule {
    /**
     * Validates the settings.
     *
     * @throws InvalidFieldException if the id is not a code or the lead is not positive
     */
    public BeforeDue {
      RuleCodes.requireCode(id, "rule.id");
      requirePositive(lead, "rule.lead");
    }
  }

  /**
   * Escalates an open task overdue by more than {@code grace} to its owner's manager (from the
   * {@link OrgChart}), raising its priority. A task without owner, or whose owner has no
   * manager, is left alone until the chart gives one.
   *
   * <p><b>Period:</b> the task's due moment: {@code task:<id>@<due>}; one escalation per due
   * moment.
   *
   * @param id the rule's id
   * @param grace how long past due, not negative
   */
  record EscalateOverdue(String id, Duration grace) implements ReminderRule {
    /**
     * Validates the settings.
     *
     * @throws InvalidFieldException if the id is not a code or the grace is negative
     */
    public EscalateOverdue {
      RuleCodes.requireCode(id, "rule.id");
      requireNotNegative(grace, "rule.grace");
    }
  }

  private static void requirePositive(Duration d, String field) {
    requireNonNull(d, field);
    if (d.isNegative() || d.isZero()) {
      throw new InvalidFieldException(field, "must be positive");
    }
  }

  private static void requireNotNegative(Duration d, String field) {
    requireNonNull(d, field);
    if (d.isNegative()) {
      throw new InvalidFieldException(field, "must not be negative");
    }
  }
}
