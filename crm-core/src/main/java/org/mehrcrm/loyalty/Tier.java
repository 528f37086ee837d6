package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A tier of a programme: its threshold and its benefits.
 *
 * <p>Example: {@code Tier.of(TierId.of("gold"), "Gold", 2_000, 150, true)} — reached at 2,000 of
 * the programme's {@link TierMeasure}, earns ×1.5 through {@link EarningRules#tierMultiplier}, and
 * gets priority service (which the complaint SLA reads). Immutable and thread-safe.
 *
 * @param id the tier
 * @param name the name shown to members
 * @param threshold the measure needed in the window, not negative (0 for the base tier)
 * @param earningMultiplierPercent the earning multiplier in percent (100 for none)
 * @param priorityService whether members get priority service
 * @since 0.1
 */
public record Tier(TierId id, String name, long threshold, int earningMultiplierPercent, boolean priorityService) {

  /**
   * Validates the tier.
   *
   * @throws InvalidFieldException if the name is blank, or the threshold or multiplier negative
   */
  public Tier {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new InvalidFieldException("tier.name", "must not be blank");
    }
    if (threshold < 0) {
      throw new InvalidFieldException("tier.threshold", "must not be negative");
    }
    if (earningMultiplierPercent < 0) {
      throw new InvalidFieldException("tier.earningMultiplierPercent", "must not be negative");
    }
  }

  /**
   * Returns a tier.
   *
   * @param id the tier
   * @param name its name
   * @param threshold the measure needed
   * @param earningMultiplierPercent the multiplier in percent
   * @param priorityService whether members get priority service
   * @return the tier
   * @throws InvalidFieldException if a part is invalid
   */
  public static Tier of(TierId id, String name, long threshold, int earningMultiplierPercent, boolean priorityService) {
    return new Tier(id, name, threshold, earningMultiplierPercent, priorityService);
  }
}
