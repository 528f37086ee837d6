package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * A change to a member account's ledger, carrying the idempotency key that makes it safe to
 * repeat: the host's order or request id.
 *
 * <p>Example: {@code new LedgerCommand.Redeem(IdempotencyKey.of("req-88"), 150, "voucher", null)}.
 * {@link LoyaltyAccount#handle} applies a command; a second command with a key already used
 * changes nothing and the first result stands. Immutable and thread-safe.
 *
 * @since 0.1
 */
public sealed interface LedgerCommand {

  /**
   * Returns the idempotency key.
   *
   * @return the key
   */
  IdempotencyKey key();

  /**
   * Returns the kind of the first posting this command makes.
   *
   * @return the kind
   */
  PostingKind kind();

  /**
   * Tells whether a posting recorded under this command's key was made by the same command
   * (rather than a different command reusing the key).
   *
   * @param first the first posting recorded under the key
   * @return true if kind and source or target agree
   */
  boolean sameAs(Posting first);

  /**
   * Earn points for a purchase.
   *
   * @param key the idempotency key
   * @param purchase the purchase
   */
  record Earn(IdempotencyKey key, Purchase purchase) implements LedgerCommand {
    /** Checks for nulls. */
    public Earn {
      requireNonNull(key, "key");
      requireNonNull(purchase, "purchase");
    }

    @Override
    public PostingKind kind() {
      return PostingKind.EARN;
    }

    @Override
    public boolean sameAs(Posting first) {
      return first.kind() == PostingKind.EARN && purchase.order().equals(first.source());
    }
  }

  /**
   * Earn points for an engagement.
   *
   * @param key the idempotency key
   * @param engagement the engagement
   */
  record EarnForEngagement(IdempotencyKey key, Engagement engagement) implements LedgerCommand {
    /** Checks for nulls. */
    public EarnForEngagement {
      requireNonNull(key, "key");
      requireNonNull(engagement, "engagement");
    }

    @Override
    public PostingKind kind() {
      return PostingKind.EARN;
    }

    @Override
    public boolean sameAs(Posting first) {
      return first.kind() == PostingKind.EARN && engagement.source().equals(first.source());
    }
  }

  /**
   * Spend points.
   *
   * @param key the idempotency key
   * @param points the points, at least 1
   * @param reason what they are spent on
   * @param source the host's order or voucher, or {@code null}
   */
  record Redeem(IdempotencyKey key, long points, String reason, @Nullable SourceRef source) implements LedgerCommand {
    /**
     * Validates the command.
     *
     * @throws InvalidFieldException if the points are below 1
     */
    public Redeem {
      requireNonNull(key, "key");
      requireNonNull(reason, "reason");
      if (points < 1) {
        throw new InvalidFieldException("points", "must be at least 1");
      }
    }

    @Override
    public PostingKind kind() {
      return PostingKind.REDEEM;
    }

    @Override
    public boolean sameAs(Posting first) {
      return first.kind() == PostingKind.REDEEM && first.points() == -points && Objects.equals(source, first.source());
    }
  }

  /**
   * Spend points on a reward from the programme's catalogue.
   *
   * @param key the idempotency key
   * @param reward the reward
   */
  record RedeemReward(IdempotencyKey key, RewardId reward) implements LedgerCommand {
    /** Checks for nulls. */
    public RedeemReward {
      requireNonNull(key, "key");
      requireNonNull(reward, "reward");
    }

    /**
     * Returns the source recorded on the redemption posting.
     *
     * @return {@code reward:<id>}
     */
    public SourceRef source() {
      return SourceRef.of("reward:" + reward.value());
    }

    @Override
    public PostingKind kind() {
      return PostingKind.REDEEM;
    }

    @Override
    public boolean sameAs(Posting first) {
      return first.kind() == PostingKind.REDEEM && source().equals(first.source());
    }
  }

  /**
   * Cancel a redemption, restoring its points to exactly the lots it drew on.
   *
   * @param key the idempotency key
   * @param redemption the {@code REDEEM} posting
   * @param reason why
   */
  record CancelRedemption(IdempotencyKey key, PostingId redemption, String reason) implements LedgerCommand {
    /** Checks for nulls. */
    public CancelRedemption {
      requireNonNull(key, "key");
      requireNonNull(redemption, "redemption");
      requireNonNull(reason, "reason");
    }

    @Override
    public PostingKind kind() {
      return PostingKind.RESTORE;
    }

    @Override
    public boolean sameAs(Posting first) {
      return first.kind() == PostingKind.RESTORE && redemption.equals(first.reverses());
    }
  }

  /**
   * Take back the points of returned goods: by line when {@code lines} are given, else in
   * proportion to the refund.
   *
   * @param key the idempotency key
   * @param order the order whose earning is reversed
   * @param lines the returned lines, or empty for a proportional reversal
   * @param refund the money refunded; required when {@code lines} is empty
   */
  record ReturnPurchase(IdempotencyKey key, SourceRef order, List<ReturnedLine> lines, @Nullable Money refund)
      implements LedgerCommand {
    /**
     * Validates the command.
     *
     * @throws InvalidFieldException if neither lines nor a refund are given, or the refund is negative
     */
    public ReturnPurchase {
      requireNonNull(key, "key");
      requireNonNull(order, "order");
      lines = List.copyOf(lines);
      if (lines.isEmpty() && refund == null) {
        throw new InvalidFieldException("refund", "must be given when no lines are returned");
      }
      if (refund != null && refund.isNegative()) {
        throw new InvalidFieldException("refund", "must not be negative");
      }
    }

    @Override
    public PostingKind kind() {
      return PostingKind.REVERSAL;
    }

    @Override
    public boolean sameAs(Posting first) {
      return first.kind() == PostingKind.REVERSAL && order.equals(first.source());
    }
  }

  /**
   * Correct the balance by hand, up or down, with a reason.
   *
   * @param key the idempotency key
   * @param points the signed change, not zero
   * @param reason why, not blank
   */
  record Adjust(IdempotencyKey key, long points, String reason) implements LedgerCommand {
    /**
     * Validates the command.
     *
     * @throws InvalidFieldException if the points are zero or the reason blank
     */
    public Adjust {
      requireNonNull(key, "key");
      requireNonNull(reason, "reason");
      if (points == 0) {
        throw new InvalidFieldException("points", "must not be zero");
      }
      if (reason.isBlank()) {
        throw new InvalidFieldException("reason", "must not be blank");
      }
    }

    @Override
    public PostingKind kind() {
      return PostingKind.ADJUSTMENT;
    }

    @Override
    public boolean sameAs(Posting first) {
      return first.kind() == PostingKind.ADJUSTMENT && first.points() == points;
    }
  }
}
