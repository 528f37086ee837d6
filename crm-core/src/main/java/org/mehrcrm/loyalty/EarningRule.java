package org.mehrcrm.loyalty;

/**
 * An extension point: one step in working out how many points an activity earns.
 *
 * <p>A programme's rules in force at the activity's time run in order, each receiving the
 * {@link Award} so far and returning the next one: base rules add points per line or a bonus,
 * multipliers scale them, caps clamp them. The shipped rules are in {@link EarningRules}; a host
 * adds its own by implementing this interface:
 * <pre>{@code
 * EarningRule birthdayBonus = (context, award) ->
 *     context.isBirthday() ? award.plusBonus(100) : award;   // the host's own test
 * }</pre>
 *
 * <h2>Specification for implementors</h2>
 * Implementations must be immutable, thread-safe and deterministic: the same context and award
 * give the same result (the ledger depends on repeatable earnings), must not read the clock (use
 * {@link EarningContext#at()}) and must not return negative points; use only whole-point
 * arithmetic with an explicit rounding mode.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface EarningRule {

  /**
   * Applies this rule.
   *
   * @param context the activity and the member's situation
   * @param award the award so far
   * @return the award after this rule
   */
  Award apply(EarningContext context, Award award);
}
