package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.followup.FollowUpId;

/**
 * What {@link RetentionWatch#respond} did for one customer: the outcome, the stage the customer
 * is in afterwards and, when it acted, the retention follow-up.
 *
 * <p>Example: {@code watch.respond(agent, id, risk).followUpId()} is present exactly when the
 * outcome is {@link Outcome#MOVED_TO_AT_RISK}. Immutable and thread-safe.
 *
 * @param outcome what was done
 * @param customer the customer
 * @param stage the customer's stage afterwards
 * @param followUp the retention follow-up opened (or found open), or {@code null} when nothing
 *     was done
 */
public record RetentionResponse(Outcome outcome, CustomerId customer, LifecycleStage stage,
    @Nullable FollowUpId followUp) {

  /** What the watch did. */
  public enum Outcome {
    /** The risk reached the threshold: the customer moved to {@code AT_RISK}, a follow-up is open. */
    MOVED_TO_AT_RISK,
    /** The risk is below the threshold: nothing done. */
    BELOW_THRESHOLD,
    /** The customer is at risk already (an earlier response, or an agent): nothing done. */
    ALREADY_AT_RISK,
    /** The customer's stage cannot move to {@code AT_RISK} (a prospect, a lost customer): nothing done. */
    STAGE_NOT_WATCHED
  }

  /** Checks the parts. */
  public RetentionResponse {
    requireNonNull(outcome, "outcome");
    requireNonNull(customer, "customer");
    requireNonNull(stage, "stage");
  }

  /**
   * Returns the retention follow-up, if the watch acted.
   *
   * @return the follow-up's id, or empty
   */
  public Optional<FollowUpId> followUpId() {
    return Optional.ofNullable(followUp);
  }

  /**
   * Tells whether the watch acted.
   *
   * @return true for {@link Outcome#MOVED_TO_AT_RISK}
   */
  public boolean acted() {
    return outcome == Outcome.MOVED_TO_AT_RISK;
  }
}
