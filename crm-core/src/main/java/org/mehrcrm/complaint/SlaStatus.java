package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The service-time position of one case at one moment: a status per target of its policy.
 *
 * <p>Example: {@code clock.status(complaint, now).target(SlaTarget.FIRST_RESPONSE).map(SlaTargetStatus::due)}.
 * Immutable and thread-safe.
 *
 * @param complaintId the case
 * @param policy the policy version in force at {@code at}
 * @param at the moment evaluated
 * @param targets one status per target the policy sets, in {@link SlaTarget} order
 */
public record SlaStatus(ComplaintId complaintId, SlaPolicyRef policy, Instant at,
    List<SlaTargetStatus> targets) {

  /** Copies the list. */
  public SlaStatus {
    requireNonNull(complaintId, "complaintId");
    requireNonNull(policy, "policy");
    requireNonNull(at, "at");
    targets = List.copyOf(targets);
  }

  /**
   * Returns one target's status.
   *
   * @param kind the target
   * @return its status, or empty if the policy does not set it
   */
  public Optional<SlaTargetStatus> target(SlaTarget kind) {
    requireNonNull(kind, "kind");
    for (SlaTargetStatus t : targets) {
      if (t.kind() == kind) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether any target is breached.
   *
   * @return true if one is
   */
  public boolean isBreached() {
    return targets.stream().anyMatch(SlaTargetStatus::isBreached);
  }
}
