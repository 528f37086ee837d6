package org.mehrcrm.followup;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * Where a follow-up task came from: created by hand, or by a reminder rule.
 *
 * <p>Example: {@code Origin.manual()} or {@code Origin.rule("key-account-silence")}. Immutable and
 * thread-safe.
 *
 * @param ruleId the id of the reminder rule that created the task, or {@code null} when
 *     created by hand
 */
public record Origin(@Nullable String ruleId) {
  private static final Origin MANUAL = new Origin(null);

  /**
   * Validates the rule id.
   *
   * @throws InvalidFieldException if it is not a rule code
   */
  public Origin {
    if (ruleId != null) {
      RuleCodes.requireCode(ruleId, "origin.ruleId");
    }
  }

  /**
   * Returns the origin of a task created by hand.
   *
   * @return the manual origin
   */
  public static Origin manual() {
    return MANUAL;
  }

  /**
   * Returns the origin of a task a rule created.
   *
   * @param ruleId the rule's id
   * @return the origin
   */
  public static Origin rule(String ruleId) {
    return new Origin(ruleId);
  }

  /**
   * Tells whether the task was created by hand.
   *
   * @return true when no rule created it
   */
  public boolean isManual() {
    return ruleId == null;
  }

  /**
   * Returns the rule that created the task.
   *
   * @return the rule id, or empty when created by hand
   */
  public Optional<String> rule() {
    return Optional.ofNullable(ruleId);
  }

  /** Returns {@code manual} or {@code rule:<id>}. */
  @Override
  public String toString() {
    return ruleId == null ? "manual" : "rule:" + ruleId;
  }
}
