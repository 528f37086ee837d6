package org.mehrcrm.loyalty;

import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The identifier of a posting within its member account: the posting's sequence number, starting
 * at 1 and increasing by one with every posting the account appends.
 *
 * <p>Example: {@code PostingId.of(17)} is the account's 17th posting. Together with the
 * {@link MembershipId} it identifies a posting globally. Immutable and thread-safe.
 *
 * @param sequence the sequence number, at least 1
 * @since 0.1
 */
public record PostingId(long sequence) implements Comparable<PostingId> {

  /**
   * Validates the sequence number.
   *
   * @throws InvalidFieldException if it is below 1
   */
  public PostingId {
    if (sequence < 1) {
      throw new InvalidFieldException("postingId", "must be at least 1");
    }
  }

  /**
   * Returns the identifier of the posting with a sequence number.
   *
   * @param sequence the sequence number, at least 1
   * @return the identifier
   * @throws InvalidFieldException if it is below 1
   */
  public static PostingId of(long sequence) {
    return new PostingId(sequence);
  }

  @Override
  public int compareTo(PostingId other) {
    return Long.compare(sequence, other.sequence);
  }

  /** Returns the sequence number as text. */
  @Override
  public String toString() {
    return Long.toString(sequence);
  }
}
