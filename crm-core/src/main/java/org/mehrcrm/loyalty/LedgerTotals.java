package org.mehrcrm.loyalty;

import org.mehrcrm.kernel.InvalidFieldException;

/**
 * Running totals of an account's postings by kind, kept so that balances, statements and
 * programme KPIs never need to scan the ledger.
 *
 * <p>Example: after earning 500, redeeming 200 and expiring 50, {@code earned=500, redeemed=200,
 * expired=50} and {@link #net()} is 250, the balance. Adjustments are split into up and down.
 * Immutable and thread-safe.
 *
 * @param earned points credited by {@code EARN} postings
 * @param redeemed points debited by {@code REDEEM} postings
 * @param expired points debited by {@code EXPIRE} postings
 * @param restored points credited by {@code RESTORE} postings
 * @param reversed points debited by {@code REVERSAL} postings
 * @param adjustedUp points credited by {@code ADJUSTMENT} postings
 * @param adjustedDown points debited by {@code ADJUSTMENT} postings
 * @param settled points debited by {@code SETTLEMENT} postings
 * @since 0.1
 */
public record LedgerTotals(long earned, long redeemed, long expired, long restored, long reversed,
    long adjustedUp, long adjustedDown, long settled) {

  /** The totals of an empty ledger. */
  public static final LedgerTotals ZERO = new LedgerTotals(0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * Validates the totals.
   *
   * @throws InvalidFieldException if any total is negative
   */
  public LedgerTotals {
    if (earned < 0 || redeemed < 0 || expired < 0 || restored < 0 || reversed < 0 || adjustedUp < 0
        || adjustedDown < 0 || settled < 0) {
      throw new InvalidFieldException("totals", "must not be negative");
    }
  }

  /**
   * Returns the signed sum of all postings: the balance.
   *
   * @return credits less debits
   */
  public long net() {
    return Math.subtractExact(Math.addExact(Math.addExact(earned, restored), adjustedUp),
        Math.addExact(Math.addExact(Math.addExact(redeemed, expired), Math.addExact(reversed, adjustedDown)), settled));
  }

  /**
   * Returns the totals with one more posting counted.
   *
   * @param posting the posting
   * @return the new totals
   */
  public LedgerTotals plus(Posting posting) {
    long p = posting.points();
    long up = Math.max(p, 0);
    long down = Math.max(-p, 0);
    return switch (posting.kind()) {
      case EARN -> new LedgerTotals(earned + up, redeemed, expired, restored, reversed, adjustedUp, adjustedDown, settled);
      case REDEEM -> new LedgerTotals(earned, redeemed + down, expired, restored, reversed, adjustedUp, adjustedDown, settled);
      case EXPIRE -> new LedgerTotals(earned, redeemed, expired + down, restored, reversed, adjustedUp, adjustedDown, settled);
      case RESTORE -> new LedgerTotals(earned, redeemed, expired, restored + up, reversed, adjustedUp, adjustedDown, settled);
      case REVERSAL -> new LedgerTotals(earned, redeemed, expired, restored, reversed + down, adjustedUp, adjustedDown, settled);
      case ADJUSTMENT -> new LedgerTotals(earned, redeemed, expired, restored, reversed, adjustedUp + up,
          adjustedDown + down, settled);
      case SETTLEMENT -> new LedgerTotals(earned, redeemed, expired, restored, reversed, adjustedUp, adjustedDown, settled + down);
    };
  }
}
