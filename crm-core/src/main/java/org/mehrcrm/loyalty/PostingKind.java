package org.mehrcrm.loyalty;

/**
 * What a posting records; the sign of its points follows from the kind.
 *
 * <p>Example: an {@link #EARN} posting of +120 creates a lot; a {@link #REDEEM} posting of −100
 * draws on lots. Credits: {@code EARN}, {@code RESTORE}, positive {@code ADJUSTMENT}. Debits:
 * {@code REDEEM}, {@code EXPIRE}, {@code REVERSAL}, {@code SETTLEMENT}, negative
 * {@code ADJUSTMENT}.
 *
 * @since 0.1
 */
public enum PostingKind {
  /** Points earned by a purchase or an engagement; creates a lot (possibly of zero points). */
  EARN,
  /** Points spent on a reward or discount; records the lots it drew on. */
  REDEEM,
  /** Points that reached their expiry date, or a whole balance after inactivity. */
  EXPIRE,
  /** A cancelled redemption: the points go back into exactly the lots the redemption drew on. */
  RESTORE,
  /** Earned points taken back because the purchase was returned. */
  REVERSAL,
  /** A manual correction by a person, up or down, with a reason. */
  ADJUSTMENT,
  /** New points applied to arrears left by an earlier reversal (programmes without negative balance). */
  SETTLEMENT;

  /**
   * Tells whether postings of this kind add points (adjustments may go either way).
   *
   * @return true for {@code EARN} and {@code RESTORE}
   */
  public boolean isCredit() {
    return this == EARN || this == RESTORE;
  }
}
