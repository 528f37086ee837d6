package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.mehrcrm.kernel.Money;

/**
 * A programme's key figures at a moment: members, active members, outstanding points and their
 * liability, earned, redeemed and expired points, breakage, redemption rate and members per tier.
 *
 * <p>Example: {@code ProgrammeKpis.of(programme, accounts.streamByProgramme(id), now, Duration.ofDays(90))}.
 * Definitions: <em>earned</em> is points earned less points reversed by returns; <em>redeemed</em>
 * is points redeemed less points restored by cancellations; <em>breakage</em> = expired ÷ earned;
 * <em>redemption rate</em> = redeemed ÷ earned (both 0 when nothing was earned, 4 decimals, half
 * even); <em>outstanding</em> is the sum of positive balances (arrears are owed to the programme
 * and do not reduce the liability); <em>liability</em> = outstanding × the point's value;
 * <em>active</em> means an earning or redemption within the given duration. Computed in one pass
 * from the accounts' running totals, never from postings. Immutable and thread-safe.
 *
 * @param programme the programme
 * @param at the moment
 * @param members all accounts
 * @param activeMembers accounts with activity within the window
 * @param outstandingPoints the sum of positive balances
 * @param liability the outstanding points' value
 * @param earned points earned less reversed
 * @param redeemed points redeemed less restored
 * @param expired points expired
 * @param arrears points owed by members
 * @param breakage expired ÷ earned
 * @param redemptionRate redeemed ÷ earned
 * @param membersPerTier accounts by tier, every tier of the programme present
 * @since 0.1
 */
public record ProgrammeKpis(ProgrammeId programme, Instant at, long members, long activeMembers,
    long outstandingPoints, Money liability, long earned, long redeemed, long expired, long arrears,
    BigDecimal breakage, BigDecimal redemptionRate, Map<TierId, Long> membersPerTier) {

  /** Checks for nulls and copies the map. */
  public ProgrammeKpis {
    requireNonNull(programme, "programme");
    requireNonNull(at, "at");
    requireNonNull(liability, "liability");
    requireNonNull(breakage, "breakage");
    requireNonNull(redemptionRate, "redemptionRate");
    membersPerTier = Map.copyOf(membersPerTier);
  }

  /**
   * Computes the figures from a programme's accounts.
   *
   * @param programme the programme
   * @param accounts its accounts (closed by the caller)
   * @param at the moment
   * @param activeWithin how recent an activity must be to count as active
   * @return the figures
   */
  public static ProgrammeKpis of(Programme programme, Stream<LoyaltyAccount> accounts, Instant at,
      Duration activeWithin) {
    requireNonNull(programme, "programme");
    requireNonNull(accounts, "accounts");
    requireNonNull(at, "at");
    requireNonNull(activeWithin, "activeWithin");
    Instant activeSince = at.minus(activeWithin);
    Map<TierId, Long> perTier = new TreeMap<>();
    programme.tiers().tiers().forEach(t -> perTier.put(t.id(), 0L));
    long[] sums = new long[7]; // members, active, outstanding, earned, redeemed, expired, arrears
    accounts.forEach(account -> {
      LoyaltyAccountSnapshot s = account.snapshot();
      LedgerTotals t = s.totals();
      sums[0]++;
      if (!s.lastActivityAt().isBefore(activeSince)) {
        sums[1]++;
      }
      sums[2] += Math.max(0, s.balance());
      sums[3] += t.earned() - t.reversed();
      sums[4] += t.redeemed() - t.restored();
      sums[5] += t.expired();
      sums[6] += s.arrears();
      perTier.merge(s.tier().tier(), 1L, Long::sum);
    });
    return new ProgrammeKpis(programme.id(), at, sums[0], sums[1], sums[2],
        programme.currency().valuePerPoint().multipliedBy(sums[2]), sums[3], sums[4], sums[5], sums[6],
        ratio(sums[5], sums[3]), ratio(sums[4], sums[3]), perTier);
  }

  private static BigDecimal ratio(long part, long whole) {
    if (whole <= 0) {
      return BigDecimal.ZERO.setScale(4);
    }
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
  }
}
