package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A member's statement for a period: the opening balance, every posting in the period and the
 * closing balance.
 *
 * <p>Example: {@code Statement[membership=M-1, from=2026-11-01T00:00Z, until=2026-12-01T00:00Z,
 * opening=420, postings=[EARN +42, REDEEM -300, EXPIRE -20], closing=142]}. Built from plain
 * postings, without scanning the whole ledger: the closing balance is the current balance less
 * whatever was posted after the period, the opening balance the closing less the period's
 * postings. Immutable and thread-safe.
 *
 * @param membership the account
 * @param from the first moment (inclusive)
 * @param until the first moment after the period
 * @param opening the balance at {@code from}
 * @param postings the postings in the period, by id
 * @param closing the balance at {@code until}
 * @since 0.1
 */
public record Statement(MembershipId membership, Instant from, Instant until, long opening, List<Posting> postings,
    long closing) {

  /**
   * Validates that the statement adds up.
   *
   * @throws InvalidFieldException if the period is empty or opening plus postings is not closing
   */
  public Statement {
    requireNonNull(membership, "membership");
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    postings = List.copyOf(postings);
    if (!until.isAfter(from)) {
      throw new InvalidFieldException("until", "must be after from");
    }
    long sum = 0;
    for (Posting p : postings) {
      sum += p.points();
    }
    if (opening + sum != closing) {
      throw new InvalidFieldException("closing", "must equal the opening balance plus the postings");
    }
  }

  /**
   * Returns the statement of a period.
   *
   * @param membership the account
   * @param from the first moment
   * @param until the first moment after
   * @param balanceNow the account's balance now
   * @param inPeriod the postings in the period, by id
   * @param afterPeriod the postings made at or after {@code until}
   * @return the statement
   * @throws InvalidFieldException if the period is empty
   */
  public static Statement of(MembershipId membership, Instant from, Instant until, long balanceNow,
      List<Posting> inPeriod, List<Posting> afterPeriod) {
    long closing = balanceNow;
    for (Posting p : afterPeriod) {
      closing -= p.points();
    }
    long opening = closing;
    for (Posting p : inPeriod) {
      opening -= p.points();
    }
    return new Statement(membership, from, until, opening, inPeriod, closing);
  }

  /**
   * Returns the points credited in the period.
   *
   * @return the sum of positive postings
   */
  public long credits() {
    return postings.stream().mapToLong(Posting::points).filter(p -> p > 0).sum();
  }

  /**
   * Returns the points debited in the period, as a positive number.
   *
   * @return the sum of negative postings, negated
   */
  public long debits() {
    return -postings.stream().mapToLong(Posting::points).filter(p -> p < 0).sum();
  }
}
