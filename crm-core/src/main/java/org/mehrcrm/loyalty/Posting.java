package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * One entry of a member account's append-only ledger: a credit or debit of whole points with its
 * reason, actor, source and time. Postings are never changed or deleted; corrections are new
 * postings that {@linkplain #reverses() refer} to the ones they correct.
 *
 * <p>Example: a redemption of 150 points reads
 * {@code Posting[account=M-1, id=7, key=req-88, kind=REDEEM, points=-150, balanceAfter=270, …,
 * draws=[LotDraw(3, 100, …), LotDraw(5, 50, …)]]}. The balance of an account is the sum of its
 * postings' points; {@link #balanceAfter()} is that sum up to and including this posting.
 * Immutable and thread-safe.
 *
 * @param account the member account
 * @param id the posting's sequence number in the account
 * @param key the idempotency key of the command that made it (one command may make several)
 * @param kind what it records
 * @param points the signed change: positive for credits, negative for debits
 * @param balanceAfter the balance after this posting
 * @param at when it was posted
 * @param actorId who or what posted it ({@code "system"} for expiry runs)
 * @param reason why, for people reading a statement; may be empty
 * @param source the order, return or request behind it, or {@code null}
 * @param reverses the posting it corrects (the redemption a {@code RESTORE} cancels, the
 *     earning a {@code REVERSAL} takes back), or {@code null}
 * @param amount the money involved (the purchase total of an {@code EARN}, the refund of a
 *     {@code REVERSAL}), or {@code null}
 * @param draws the lots a debit took points from, or a {@code RESTORE} gave points back to
 * @param lines the points per purchase line of an {@code EARN}, or per returned line of a
 *     {@code REVERSAL} (their sum is what was due; a reversal may have taken less, see
 *     {@link #shortfall()})
 * @since 0.1
 */
public record Posting(MembershipId account, PostingId id, IdempotencyKey key, PostingKind kind,
    long points, long balanceAfter, Instant at, String actorId, String reason,
    @Nullable SourceRef source, @Nullable PostingId reverses, @Nullable Money amount,
    List<LotDraw> draws, List<LinePoints> lines) {

  /**
   * Validates the posting: the sign fits the kind, and the draws add up.
   *
   * @throws InvalidFieldException if the sign does not fit the kind, the draws do not add up to
   *     the points, or the actor id is invalid
   */
  public Posting {
    requireNonNull(account, "account");
    requireNonNull(id, "id");
    requireNonNull(key, "key");
    requireNonNull(kind, "kind");
    requireNonNull(at, "at");
    Ids.requireValid(actorId, "actorId");
    requireNonNull(reason, "reason");
    draws = List.copyOf(draws);
    lines = List.copyOf(lines);
    long drawn = 0;
    for (LotDraw d : draws) {
      drawn = Math.addExact(drawn, d.points());
    }
    boolean ok = switch (kind) {
      case EARN -> points >= 0 && draws.isEmpty();
      case RESTORE -> points > 0 && drawn == points;
      case REDEEM, EXPIRE, SETTLEMENT -> points < 0 && drawn == -points;
      case REVERSAL -> points <= 0 && drawn <= -points && reverses != null;
      case ADJUSTMENT -> points != 0 && (points > 0 ? draws.isEmpty() : drawn == -points);
    };
    if (!ok) {
      throw new InvalidFieldException("posting.points",
          "must fit the kind " + kind + " and its draws (points " + points + ", drawn " + drawn + ")");
    }
  }

  /**
   * Returns the points a {@code REVERSAL} was due to take back but could not, because they were
   * already spent: the amount recorded as arrears. Zero for other kinds.
   *
   * @return the shortfall, at least 0
   */
  public long shortfall() {
    if (kind != PostingKind.REVERSAL) {
      return 0;
    }
    long drawn = 0;
    for (LotDraw d : draws) {
      drawn += d.points();
    }
    return due() - drawn;
  }

  /**
   * Returns the points the lines add up to: what an {@code EARN} earned or a {@code REVERSAL}
   * was due to take back.
   *
   * @return the sum of the lines' points
   */
  public long due() {
    long sum = 0;
    for (LinePoints l : lines) {
      sum = Math.addExact(sum, l.points());
    }
    return sum;
  }

  /**
   * Tells whether the posting is a credit (its points are above zero).
   *
   * @return true for a credit
   */
  public boolean isCredit() {
    return points > 0;
  }
}
