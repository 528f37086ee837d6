package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.DomainEvent;

/**
 * Everything that can happen to a member account; one record per kind of change.
 *
 * <p>Events carry ids and numbers only. Example:
 * <pre>{@code
 * switch (event) {
 *   case LoyaltyEvent.TierChanged t -> slaPolicy.onTier(t.membership(), t.to());
 *   case LoyaltyEvent.Posted p when p.kind() == PostingKind.EXPIRE -> reminders.onExpired(p.membership());
 *   default -> { }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface LoyaltyEvent extends DomainEvent {

  /**
   * Returns the account the event is about.
   *
   * @return the membership id
   */
  MembershipId membership();

  @Override
  default String aggregateId() {
    return membership().value();
  }

  /**
   * A customer enrolled in a programme.
   *
   * @param membership the new account
   * @param programme the programme
   * @param customer the member
   * @param occurredAt when
   */
  record Enrolled(MembershipId membership, ProgrammeId programme, CustomerId customer, Instant occurredAt)
      implements LoyaltyEvent {
    /** Checks for nulls. */
    public Enrolled {
      requireNonNull(membership, "membership");
      requireNonNull(programme, "programme");
      requireNonNull(customer, "customer");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A posting was appended to the ledger.
   *
   * @param membership the account
   * @param posting the posting's id
   * @param kind what it records
   * @param points its signed points
   * @param balanceAfter the balance after it
   * @param occurredAt when
   */
  record Posted(MembershipId membership, PostingId posting, PostingKind kind, long points, long balanceAfter,
      Instant occurredAt) implements LoyaltyEvent {
    /** Checks for nulls. */
    public Posted {
      requireNonNull(membership, "membership");
      requireNonNull(posting, "posting");
      requireNonNull(kind, "kind");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A return took back points that were already spent; the shortfall is owed.
   *
   * @param membership the account
   * @param posting the reversal
   * @param shortfall the points that could not be taken back
   * @param arrears the total owed afterwards
   * @param occurredAt when
   */
  record ArrearsRecorded(MembershipId membership, PostingId posting, long shortfall, long arrears,
      Instant occurredAt) implements LoyaltyEvent {
    /** Checks for nulls. */
    public ArrearsRecorded {
      requireNonNull(membership, "membership");
      requireNonNull(posting, "posting");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The member moved to another tier.
   *
   * @param membership the account
   * @param from the tier before
   * @param to the tier after
   * @param occurredAt when
   */
  record TierChanged(MembershipId membership, TierId from, TierId to, Instant occurredAt) implements LoyaltyEvent {
    /** Checks for nulls. */
    public TierChanged {
      requireNonNull(membership, "membership");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(occurredAt, "occurredAt");
    }
  }
}
