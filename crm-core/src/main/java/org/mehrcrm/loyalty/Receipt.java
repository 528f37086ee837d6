package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of a ledger command through {@link LoyaltyService}: the postings it made and the
 * account's balance afterwards. A repeated command returns the first command's postings with
 * {@code repeated} set.
 *
 * <p>Example: {@code Receipt[membership=M-1, key=order-1001, postings=[…EARN +42…], balance=442,
 * available=400, repeated=false]}. Immutable and thread-safe.
 *
 * @param membership the account
 * @param key the command's idempotency key
 * @param postings the postings the command made (expiry postings of the catch-up run excluded)
 * @param balance the account's balance now
 * @param available the account's available points now
 * @param repeated whether the key had been used before, so nothing changed
 * @since 0.1
 */
public record Receipt(MembershipId membership, IdempotencyKey key, List<Posting> postings, long balance,
    long available, boolean repeated) {

  /** Checks for nulls and copies the list. */
  public Receipt {
    requireNonNull(membership, "membership");
    requireNonNull(key, "key");
    postings = List.copyOf(postings);
  }

  /**
   * Returns the signed points of the command's postings.
   *
   * @return the net change
   */
  public long points() {
    long sum = 0;
    for (Posting p : postings) {
      sum += p.points();
    }
    return sum;
  }
}
