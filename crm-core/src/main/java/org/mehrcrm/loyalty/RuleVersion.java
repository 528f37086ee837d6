package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * One version of a programme's earning rules, in force for activities from a moment on until the
 * next version takes over.
 *
 * <p>Example: {@code new RuleVersion(2, Instant.parse("2027-01-01T00:00:00Z"), rules)}. Versions
 * are never changed once added and may only start in the future, so a change never alters what
 * past activities earned (see {@link Programme#withRules}). Immutable and thread-safe.
 *
 * @param number the version number, from 1, increasing by one
 * @param effectiveFrom the first activity moment it applies to
 * @param rules the rules, run in order
 * @since 0.1
 */
public record RuleVersion(int number, Instant effectiveFrom, List<EarningRule> rules) {

  /**
   * Validates the version.
   *
   * @throws InvalidFieldException if the number is below 1
   */
  public RuleVersion {
    requireNonNull(effectiveFrom, "effectiveFrom");
    rules = List.copyOf(rules);
    if (number < 1) {
      throw new InvalidFieldException("ruleVersion.number", "must be at least 1");
    }
  }

  /**
   * Runs the rules on a context.
   *
   * @param context the activity
   * @return the award
   */
  public Award award(EarningContext context) {
    Award award = Award.start(context.lines().size());
    for (EarningRule rule : rules) {
      award = requireNonNull(rule.apply(context, award), "award");
    }
    return award;
  }
}
