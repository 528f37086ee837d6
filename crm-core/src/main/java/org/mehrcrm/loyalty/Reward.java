package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A reward in a programme's catalogue: what it costs in points, when it can be had, how many there
 * are, and the balance a member must hold to redeem it.
 *
 * <p>Example: {@code new Reward(RewardId.of("free-coffee"), "Free coffee", 300, null, null, 1_000L, 500)}
 * — 300 points, always available, 1,000 in stock, only for members holding at least 500 points.
 * Stock is counted by the {@link RewardStock} port. Immutable and thread-safe.
 *
 * @param id the reward
 * @param name the name shown to members
 * @param cost the points it costs, at least 1
 * @param availableFrom the first moment it can be redeemed, or {@code null} for always
 * @param availableUntil the first moment it can no longer be redeemed, or {@code null} for never
 * @param stock how many can be redeemed in all, or {@code null} for unlimited
 * @param minimumBalance the available balance a member must hold to redeem it, at least the cost
 * @since 0.1
 */
public record Reward(RewardId id, String name, long cost, @Nullable Instant availableFrom,
    @Nullable Instant availableUntil, @Nullable Long stock, long minimumBalance) {

  /**
   * Validates the reward.
   *
   * @throws InvalidFieldException if the name is blank, the cost below 1, the window empty, the
   *     stock negative or the minimum balance below the cost
   */
  public Reward {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new InvalidFieldException("reward.name", "must not be blank");
    }
    if (cost < 1) {
      throw new InvalidFieldException("reward.cost", "must be at least 1");
    }
    if (availableFrom != null && availableUntil != null && !availableUntil.isAfter(availableFrom)) {
      throw new InvalidFieldException("reward.availableUntil", "must be after availableFrom");
    }
    if (stock != null && stock < 0) {
      throw new InvalidFieldException("reward.stock", "must not be negative");
    }
    if (minimumBalance < cost) {
      throw new InvalidFieldException("reward.minimumBalance", "must be at least the cost");
    }
  }

  /**
   * Tells whether the reward can be redeemed at a moment (stock aside).
   *
   * @param at the moment
   * @return true inside the availability window
   */
  public boolean isAvailableAt(Instant at) {
    requireNonNull(at, "at");
    return (availableFrom == null || !at.isBefore(availableFrom))
        && (availableUntil == null || at.isBefore(availableUntil));
  }
}
