package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The lookups a member account needs into its own stored postings: by idempotency key (to answer
 * repeated commands), by id (the redemption a cancellation restores), by what a posting corrects,
 * and by source (the earning a return reverses).
 *
 * <p>The account aggregate keeps only its open lots and running totals, so that commands stay
 * O(open lots) however long the ledger grows; the postings themselves live behind the port.
 * {@link LoyaltyAccountRepository#history(MembershipId)} returns one; tests and small hosts can use
 * {@link #of(Collection)}:
 * <pre>{@code
 * LoyaltyAccount after = account.handle(command, programme, PostingHistory.of(savedPostings), "agent-7", now);
 * }</pre>
 *
 * <h2>Specification for implementors</h2>
 * Every method answers from the postings committed for one account, in ascending
 * {@link PostingId} order, and never returns {@code null}. The lookups by key, by
 * {@link Posting#reverses()} and by {@link Posting#source()} are called on every command, so an
 * adapter should index them (a unique index on (account, id), plain indexes on (account, key),
 * (account, reverses) and (account, source)).
 *
 * @since 0.1
 */
public interface PostingHistory {

  /**
   * Returns the postings a command with this key made.
   *
   * @param key the idempotency key
   * @return the postings, in id order; empty if no command with this key was recorded
   */
  List<Posting> byKey(IdempotencyKey key);

  /**
   * Returns the posting with an id.
   *
   * @param id the id
   * @return the posting, or empty
   */
  Optional<Posting> byId(PostingId id);

  /**
   * Returns the postings that correct a posting (whose {@link Posting#reverses()} is {@code id}).
   *
   * @param id the corrected posting
   * @return the corrections, in id order
   */
  List<Posting> correctionsOf(PostingId id);

  /**
   * Returns the postings caused by a source, such as the earning for an order.
   *
   * @param source the source
   * @return the postings, in id order
   */
  List<Posting> bySource(SourceRef source);

  /**
   * Returns a history with no postings, for a new account.
   *
   * @return the empty history
   */
  static PostingHistory empty() {
    return of(List.of());
  }

  /**
   * Returns a history over postings held in memory; lookups scan the list.
   *
   * @param postings the account's postings, in id order
   * @return the history
   */
  static PostingHistory of(Collection<Posting> postings) {
    List<Posting> all = List.copyOf(requireNonNull(postings, "postings"));
    return new PostingHistory() {
      @Override
      public List<Posting> byKey(IdempotencyKey key) {
        requireNonNull(key, "key");
        return select(all, p -> p.key().equals(key));
      }

      @Override
      public Optional<Posting> byId(PostingId id) {
        requireNonNull(id, "id");
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
      }

      @Override
      public List<Posting> correctionsOf(PostingId id) {
        requireNonNull(id, "id");
        return select(all, p -> id.equals(p.reverses()));
      }

      @Override
      public List<Posting> bySource(SourceRef source) {
        requireNonNull(source, "source");
        return select(all, p -> source.equals(p.source()));
      }
    };
  }

  private static List<Posting> select(List<Posting> all, java.util.function.Predicate<Posting> test) {
    List<Posting> out = new ArrayList<>();
    for (Posting p : all) {
      if (test.test(p)) {
        out.add(p);
      }
    }
    return out;
  }
}
