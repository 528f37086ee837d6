package org.mehrcrm.overview;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.loyalty.MembershipId;
import org.mehrcrm.loyalty.ProgrammeId;
import org.mehrcrm.loyalty.TierId;

/**
 * A customer's standing in one loyalty programme, as the 360° view shows it.
 *
 * <p>Example: {@code view.loyalty().ifPresent(list -> list.forEach(s -> show(s.tier(), s.balance())))}.
 * Immutable and thread-safe.
 *
 * @param programme the programme
 * @param membership the member account
 * @param balance the points balance (negative while in arrears, where the programme allows it)
 * @param available the points that can be spent now
 * @param tier the current tier
 * @param priorityService whether the tier gives priority service
 */
public record LoyaltyStanding(ProgrammeId programme, MembershipId membership, long balance, long available,
    TierId tier, boolean priorityService) {
  /** Checks for nulls. */
  public LoyaltyStanding {
    requireNonNull(programme, "programme");
    requireNonNull(membership, "membership");
    requireNonNull(tier, "tier");
  }
}
