package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * One version of a service-level policy: the calendar its targets count in, rules choosing
 * targets by priority, category, channel and customer segment (first match wins, else the
 * default), and when to warn.
 *
 * <p>Example:
 * <pre>{@code
 * SlaPolicy standard = SlaPolicy.of(SlaPolicyRef.of("standard", 1), "tehran-office",
 *     SlaTargets.of(ofHours(4), ofHours(8), ofHours(40)))
 *   .withRules(List.of(SlaRule.of(SlaTargets.of(ofHours(1), ofHours(2), ofHours(16))).forSegments("gold")))
 *   .withWarningPercent(80);
 * }</pre>
 * Versions are immutable: to change targets, publish a new version; cases keep the version they
 * started with unless moved with {@link Complaint#changePolicy}. Immutable and thread-safe.
 *
 * @param ref the policy and version
 * @param calendarId the business calendar the targets count in
 * @param rules the rules, first match wins
 * @param defaults the targets when no rule matches
 * @param warningPercent warn when this share of a target has elapsed, 1 to 99
 */
public record SlaPolicy(SlaPolicyRef ref, String calendarId, List<SlaRule> rules,
    SlaTargets defaults, int warningPercent) {
  /** The default warning share: 75 percent. */
  public static final int DEFAULT_WARNING_PERCENT = 75;

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the warning share is outside 1–99
   */
  public SlaPolicy {
    requireNonNull(ref, "ref");
    requireNonNull(calendarId, "calendarId");
    rules = List.copyOf(requireNonNull(rules, "rules"));
    requireNonNull(defaults, "defaults");
    if (warningPercent < 1 || warningPercent > 99) {
      throw new InvalidFieldException("warningPercent", "must be between 1 and 99");
    }
  }

  /**
   * Returns a policy with no rules, only default targets, warning at 75 percent.
   *
   * @param ref the policy and version
   * @param calendarId the calendar
   * @param defaults the targets
   * @return the policy
   */
  public static SlaPolicy of(SlaPolicyRef ref, String calendarId, SlaTargets defaults) {
    return new SlaPolicy(ref, calendarId, List.of(), defaults, DEFAULT_WARNING_PERCENT);
  }

  /**
   * Returns this policy with rules.
   *
   * @param newRules the rules, first match wins
   * @return the changed policy
   */
  public SlaPolicy withRules(List<SlaRule> newRules) {
    return new SlaPolicy(ref, calendarId, newRules, defaults, warningPercent);
  }

  /**
   * Returns this policy with another warning share.
   *
   * @param percent 1 to 99
   * @return the changed policy
   */
  public SlaPolicy withWarningPercent(int percent) {
    return new SlaPolicy(ref, calendarId, rules, defaults, percent);
  }

  /**
   * Chooses the targets for a case.
   *
   * @param priority the case's priority
   * @param category its category
   * @param channel its channel
   * @param segment its customer's segment, or null
   * @return the first matching rule's targets, else the defaults
   */
  public SlaTargets targetsFor(Priority priority, ComplaintCategory category, Channel channel,
      @Nullable String segment) {
    for (SlaRule rule : rules) {
      if (rule.matches(priority, category, channel, segment)) {
        return rule.targets();
      }
    }
    return defaults;
  }
}
