package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

/**
 * An escalation rule: when a target of a case reaches its warning or is breached, act once per
 * handling round.
 *
 * <p>Example: tell the team lead when resolution is breached, but never at night:
 * <pre>{@code
 * EscalationRule.onBreach("lead-on-late-resolve", SlaTarget.RESOLVE, new EscalationAction.Notify("team-lead"));
 * }</pre>
 * Notifications go out only inside the case's business hours unless
 * {@link #withNotifyOutsideBusinessHours()} is used; outside them the notification waits for the
 * next run inside hours. Immutable and thread-safe.
 *
 * @param id the rule's code, unique among the host's rules
 * @param target the target it watches
 * @param onWarning true to act at the warning share, false to act at the breach
 * @param action what to do
 * @param notifyOutsideBusinessHours whether a notification may go out outside business hours
 */
public record EscalationRule(String id, SlaTarget target, boolean onWarning, EscalationAction action,
    boolean notifyOutsideBusinessHours) {

  /**
   * Validates the parts.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if the id is not a code
   */
  public EscalationRule {
    Texts.requireCode(id, "rule.id");
    requireNonNull(target, "target");
    requireNonNull(action, "action");
  }

  /**
   * Returns a rule acting when a target is breached.
   *
   * @param id the rule's code
   * @param target the target
   * @param action what to do
   * @return the rule
   */
  public static EscalationRule onBreach(String id, SlaTarget target, EscalationAction action) {
    return new EscalationRule(id, target, false, action, false);
  }

  /**
   * Returns a rule acting when a target reaches its warning share.
   *
   * @param id the rule's code
   * @param target the target
   * @param action what to do
   * @return the rule
   */
  public static EscalationRule onWarning(String id, SlaTarget target, EscalationAction action) {
    return new EscalationRule(id, target, true, action, false);
  }

  /**
   * Returns this rule allowed to notify at any hour (for example a 24×7 duty phone).
   *
   * @return the changed rule
   */
  public EscalationRule withNotifyOutsideBusinessHours() {
    return new EscalationRule(id, target, onWarning, action, true);
  }

  /**
   * Tells whether a target status meets this rule's trigger.
   *
   * @param status the target's status
   * @return true at a breach, or at a warning for a warning rule
   */
  public boolean isTriggeredBy(SlaTargetStatus status) {
    return status.kind() == target && (status.isBreached() || (onWarning && status.warning()));
  }
}
