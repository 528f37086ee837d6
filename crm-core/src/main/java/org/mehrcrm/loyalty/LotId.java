package org.mehrcrm.loyalty;

import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The identifier of a lot within its member account: the sequence number of the credit posting
 * that created the lot.
 *
 * <p>Example: the earning posted as {@code PostingId.of(3)} creates {@code LotId.of(3)}; a
 * cancelled redemption restores points into the same lot ids. Immutable and thread-safe.
 *
 * @param sequence the creating posting's sequence number, at least 1
 * @since 0.1
 */
public record LotId(long sequence) implements Comparable<LotId> {

  /**
   * Validates the sequence number.
   *
   * @throws InvalidFieldException if it is below 1
   */
  public LotId {
    if (sequence < 1) {
      throw new InvalidFieldException("lotId", "must be at least 1");
    }
  }

  /**
   * Returns the identifier of the lot created by a posting.
   *
   * @param sequence the creating posting's sequence number, at least 1
   * @return the identifier
   * @throws InvalidFieldException if it is below 1
   */
  public static LotId of(long sequence) {
    return new LotId(sequence);
  }

  @Override
  public int compareTo(LotId other) {
    return Long.compare(sequence, other.sequence);
  }

  /** Returns the sequence number as text. */
  @Override
  public String toString() {
    return Long.toString(sequence);
  }
}
