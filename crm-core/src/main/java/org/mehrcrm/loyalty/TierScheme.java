package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A programme's tiers and how members move between them.
 *
 * <p>Example: silver from 0, gold from 2,000 qualifying points over a rolling 12 months, a
 * 3-month grace before a downgrade:
 * <pre>{@code
 * TierScheme.of(TierMeasure.QUALIFYING_POINTS, QualificationWindow.rolling(12), Period.ofMonths(3),
 *     List.of(Tier.of(TierId.of("silver"), "Silver", 0, 100, false),
 *             Tier.of(TierId.of("gold"), "Gold", 2_000, 150, true)));
 * }</pre>
 * A member moves up as soon as the measure over the window reaches a higher threshold. A member
 * moves down only at a review (every window length after reaching or keeping a tier; every
 * 1 January for the calendar year), and, with a grace period, only at the first review after the
 * grace if still short. Immutable and thread-safe.
 *
 * @param measure what the thresholds count
 * @param window the months that count
 * @param grace how long a member who falls short at a review keeps the tier; zero for none
 * @param tiers the tiers, lowest first, with strictly increasing thresholds starting at 0
 * @since 0.1
 */
public record TierScheme(TierMeasure measure, QualificationWindow window, Period grace, List<Tier> tiers) {

  /**
   * Validates the scheme.
   *
   * @throws InvalidFieldException if there are no tiers, the first threshold is not 0, thresholds
   *     do not increase, ids repeat, or the grace is negative
   */
  public TierScheme {
    requireNonNull(measure, "measure");
    requireNonNull(window, "window");
    requireNonNull(grace, "grace");
    tiers = List.copyOf(tiers);
    if (tiers.isEmpty()) {
      throw new InvalidFieldException("tiers", "must not be empty");
    }
    if (tiers.get(0).threshold() != 0) {
      throw new InvalidFieldException("tiers", "must start with a base tier of threshold 0");
    }
    for (int i = 1; i < tiers.size(); i++) {
      if (tiers.get(i).threshold() <= tiers.get(i - 1).threshold()) {
        throw new InvalidFieldException("tiers", "must have strictly increasing thresholds");
      }
    }
    if (tiers.stream().map(Tier::id).distinct().count() != tiers.size()) {
      throw new InvalidFieldException("tiers", "must not repeat an id");
    }
    if (grace.isNegative()) {
      throw new InvalidFieldException("grace", "must not be negative");
    }
  }

  /**
   * Returns a scheme.
   *
   * @param measure what thresholds count
   * @param window the months that count
   * @param grace the grace before a downgrade
   * @param tiers the tiers, lowest first
   * @return the scheme
   * @throws InvalidFieldException if the tiers are not in order
   */
  public static TierScheme of(TierMeasure measure, QualificationWindow window, Period grace, List<Tier> tiers) {
    return new TierScheme(measure, window, grace, tiers);
  }

  /**
   * Returns the scheme of a programme without tiers: one base tier for everybody.
   *
   * @return the scheme
   */
  public static TierScheme single() {
    return new TierScheme(TierMeasure.QUALIFYING_POINTS, QualificationWindow.rolling(12), Period.ZERO,
        List.of(Tier.of(TierId.of("member"), "Member", 0, 100, false)));
  }

  /**
   * Returns the base tier every member starts in.
   *
   * @return the lowest tier
   */
  public Tier base() {
    return tiers.get(0);
  }

  /**
   * Returns a tier by id.
   *
   * @param id the tier
   * @return the tier, or empty
   */
  public Optional<Tier> tier(TierId id) {
    requireNonNull(id, "id");
    return tiers.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Returns the position of a tier, 0 for the base; -1 if unknown.
   *
   * @param id the tier
   * @return the rank
   */
  public int rank(TierId id) {
    requireNonNull(id, "id");
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the highest tier a measure qualifies for.
   *
   * @param value the measure over the window
   * @return the tier
   */
  public Tier qualifiedFor(long value) {
    Tier best = tiers.get(0);
    for (Tier t : tiers) {
      if (t.threshold() <= value) {
        best = t;
      }
    }
    return best;
  }
}
