package org.mehrcrm.loyalty;

/**
 * What a programme's tier thresholds count over the qualification window.
 *
 * <p>Example: with {@link #QUALIFYING_POINTS} a gold threshold of 2,000 means 2,000 points earned
 * (not spent: redemptions do not lower it; returns do) in the window.
 *
 * @since 0.1
 */
public enum TierMeasure {
  /** Points earned, less points reversed by returns; redemptions and expiry do not count. */
  QUALIFYING_POINTS,
  /** Money spent, in whole units of the programme's currency (purchases less refunds). */
  SPEND,
  /** Number of purchases. */
  PURCHASES
}
