/**
 * Loyalty programmes: an exact points ledger per member, earning rules, expiry, tiers and rewards.
 *
 * <p>A {@link org.mehrcrm.loyalty.Programme} defines a {@link org.mehrcrm.loyalty.PointCurrency}
 * (whole points, never floating point), a time zone, versioned {@link org.mehrcrm.loyalty.EarningRule}s
 * (shipped ones in {@link org.mehrcrm.loyalty.EarningRules}), an {@link org.mehrcrm.loyalty.ExpiryPolicy},
 * a pending period, an {@link org.mehrcrm.loyalty.ArrearsPolicy}, a
 * {@link org.mehrcrm.loyalty.RestoredLotPolicy}, a {@link org.mehrcrm.loyalty.TierScheme} and
 * {@link org.mehrcrm.loyalty.Reward}s. A member's {@link org.mehrcrm.loyalty.LoyaltyAccount} keeps
 * running totals and open {@link org.mehrcrm.loyalty.Lot}s and appends
 * {@link org.mehrcrm.loyalty.Posting}s for every {@link org.mehrcrm.loyalty.LedgerCommand}; commands
 * are idempotent by {@link org.mehrcrm.loyalty.IdempotencyKey}. Earning takes loyalty's own
 * {@link org.mehrcrm.loyalty.Purchase} and {@link org.mehrcrm.loyalty.Engagement} inputs. Storage is
 * behind {@link org.mehrcrm.loyalty.LoyaltyAccountRepository},
 * {@link org.mehrcrm.loyalty.ProgrammeRepository} and {@link org.mehrcrm.loyalty.RewardStock}; the
 * application service is {@link org.mehrcrm.loyalty.LoyaltyService}. Reports:
 * {@link org.mehrcrm.loyalty.Statement}, {@link org.mehrcrm.loyalty.ProgrammeKpis},
 * {@link org.mehrcrm.loyalty.TierOutlook}.
 */
@NullMarked
package org.mehrcrm.loyalty;

import org.jspecify.annotations.NullMarked;
