package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The service-time commitments for one kind of case, in business time of the policy's calendar.
 *
 * <p>Example: {@code SlaTargets.of(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(40))
 * .withUpdateEvery(Duration.ofHours(8))}: acknowledge within 1 business hour, first response
 * within 4, resolution within 40, and an update to the customer at least every 8. Immutable and
 * thread-safe.
 *
 * @param acknowledge acknowledge receipt within this
 * @param firstResponse respond to the customer for the first time within this
 * @param resolve give the decision and remedy within this
 * @param updateEvery after the first response, update the customer at least this often; or
 *     {@code null} for no such target
 */
public record SlaTargets(Duration acknowledge, Duration firstResponse, Duration resolve,
    @Nullable Duration updateEvery) {

  /**
   * Validates the targets.
   *
   * @throws InvalidFieldException if a target is not positive or is not whole milliseconds
   */
  public SlaTargets {
    check(acknowledge, "acknowledge");
    check(firstResponse, "firstResponse");
    check(resolve, "resolve");
    if (updateEvery != null) {
      check(updateEvery, "updateEvery");
    }
  }

  /**
   * Returns targets without an update target.
   *
   * @param acknowledge acknowledge within
   * @param firstResponse first response within
   * @param resolve resolve within
   * @return the targets
   */
  public static SlaTargets of(Duration acknowledge, Duration firstResponse, Duration resolve) {
    return new SlaTargets(acknowledge, firstResponse, resolve, null);
  }

  /**
   * Returns these targets with an update target.
   *
   * @param every update the customer at least this often
   * @return the changed targets
   */
  public SlaTargets withUpdateEvery(Duration every) {
    return new SlaTargets(acknowledge, firstResponse, resolve, requireNonNull(every, "every"));
  }

  /**
   * Returns one target.
   *
   * @param target which
   * @return its duration, or null for an update target that is not set
   */
  public @Nullable Duration of(SlaTarget target) {
    return switch (requireNonNull(target, "target")) {
      case ACKNOWLEDGE -> acknowledge;
      case FIRST_RESPONSE -> firstResponse;
      case RESOLVE -> resolve;
      case UPDATE -> updateEvery;
    };
  }

  private static void check(Duration d, String field) {
    requireNonNull(d, field);
    if (d.isNegative() || d.isZero()) {
      throw new InvalidFieldException("targets." + field, "must be positive");
    }
    if (d.getNano() % 1_000_000 != 0) {
      throw new InvalidFieldException("targets." + field, "must be whole milliseconds");
    }
  }
}
