package org.mehrcrm.followup;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The key that makes a reminder rule fire at most once: the rule, the customer and the period the
 * firing covers.
 *
 * <p>Example: {@code new RuleFiring("key-account-silence", customerId, "since:2026-03-01T09:00:00Z")}.
 * What the period is depends on the rule (see each reminder rule). Immutable and
 * thread-safe.
 *
 * @param ruleId the rule's id
 * @param customerId the customer
 * @param period the period, 1 to 200 characters without whitespace
 */
public record RuleFiring(String ruleId, CustomerId customerId, String period) {
  /** The longest period accepted. */
  public static final int MAX_PERIOD = 200;

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the rule id is not a code or the period is empty, too long
   *     or holds whitespace
   */
  public RuleFiring {
    RuleCodes.requireCode(ruleId, "ruleFiring.ruleId");
    requireNonNull(customerId, "customerId");
    requireNonNull(period, "period");
    if (period.isEmpty() || period.length() > MAX_PERIOD) {
      throw new InvalidFieldException("ruleFiring.period", "must be 1 to " + MAX_PERIOD + " characters");
    }
    for (int i = 0; i < period.length(); i++) {
      if (Character.isWhitespace(period.charAt(i)) || Character.isISOControl(period.charAt(i))) {
        throw new InvalidFieldException("ruleFiring.period", "must not contain whitespace or control characters");
      }
    }
  }
}
