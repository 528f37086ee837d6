package org.mehrcrm.loyalty;

/**
 * What happens when a return takes back points that were already spent: the shortfall is never
 * forgiven, only shown differently.
 *
 * <p>A reversal first takes the returned order's own lot, then the member's other lots in
 * {@link Lot#SPENDING_ORDER}; what is still missing is the shortfall. Example: 100 points are
 * reversed while only 30 are left. Under {@link #NEGATIVE_BALANCE} the reversal posts −100 and
 * the balance reads −70; under {@link #SETTLE_FROM_FUTURE_EARNINGS} it posts −30, the balance
 * reads 0 and the account owes 70 {@linkplain LoyaltyAccount#arrears() arrears}, which the next
 * credits settle with {@link PostingKind#SETTLEMENT} postings. Either way new credits pay the
 * arrears first.
 *
 * @since 0.1
 */
public enum ArrearsPolicy {
  /** The balance may go below zero; the reversal posts the full amount. */
  NEGATIVE_BALANCE,
  /** The balance never goes below zero; the shortfall is held as arrears and settled from later credits. */
  SETTLE_FROM_FUTURE_EARNINGS
}
