package org.mehrcrm.value;

import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A customer's RFM score: recency, frequency and monetary value, each a quantile level from 1
 * (worst) to the number of bins (best).
 *
 * <p>Example: {@code new RfmScore(5, 4, 3, 5).segment()} is {@link RfmSegment#CHAMPIONS};
 * {@code toString()} reads {@code "543"}. Immutable and thread-safe.
 *
 * @param recency 1 for the longest time since the last purchase, {@code bins} for the shortest
 * @param frequency 1 for the fewest purchases, {@code bins} for the most
 * @param monetary 1 for the least value, {@code bins} for the most
 * @param bins the number of levels, 2 to 10
 */
public record RfmScore(int recency, int frequency, int monetary, int bins) {

  /**
   * Validates the score.
   *
   * @throws InvalidFieldException if the bins are outside 2 to 10 or a level outside 1 to bins
   */
  public RfmScore {
    if (bins < 2 || bins > 10) {
      throw new InvalidFieldException("bins", "must lie between 2 and 10");
    }
    requireLevel("recency", recency, bins);
    requireLevel("frequency", frequency, bins);
    requireLevel("monetary", monetary, bins);
  }

  static void requireLevel(String field, int level, int bins) {
    if (level < 1 || level > bins) {
      throw new InvalidFieldException(field, "must lie between 1 and " + bins);
    }
  }

  /**
   * Returns the named segment, with recency and frequency rescaled to five levels.
   *
   * @return the segment
   */
  public RfmSegment segment() {
    return RfmSegment.of(toFive(recency), toFive(frequency));
  }

  private int toFive(int level) {
    return (int) Math.ceil(level * 5.0 / bins);
  }

  /** Returns the three levels as digits, e.g. {@code "543"} (levels of 10 print as {@code "X"}). */
  @Override
  public String toString() {
    return digit(recency) + digit(frequency) + digit(monetary);
  }

  private static String digit(int level) {
    return level == 10 ? "X" : Integer.toString(level);
  }
}
