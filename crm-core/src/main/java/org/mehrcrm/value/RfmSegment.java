package org.mehrcrm.value;

/**
 * A named RFM segment, read from the recency and frequency scores on a five-level scale (the
 * usual R×F grid; monetary value refines it through {@link RfmScore#monetary()}).
 *
 * <p>Example: {@code RfmSegment.of(5, 5)} is {@link #CHAMPIONS}; {@code RfmSegment.of(1, 5)} is
 * {@link #CANNOT_LOSE}.
 */
public enum RfmSegment {
  /** Bought recently and often (R 5, F 4-5). */
  CHAMPIONS,
  /** Buy often and not long ago (R 3-4, F 4-5). */
  LOYAL,
  /** Recent customers with some repeat purchases (R 4-5, F 2-3). */
  POTENTIAL_LOYALISTS,
  /** Bought for the first time very recently (R 5, F 1). */
  NEW,
  /** Recent first-time buyers (R 4, F 1). */
  PROMISING,
  /** Average on both (R 3, F 3). */
  NEED_ATTENTION,
  /** Slipping, with few purchases (R 3, F 1-2). */
  ABOUT_TO_SLEEP,
  /** Bought often but not for long (R 1-2, F 3-4). */
  AT_RISK,
  /** Were among the most frequent, gone quiet (R 1-2, F 5). */
  CANNOT_LOSE,
  /** Long ago and rarely (R 1-2, F 1-2, but not both 1). */
  HIBERNATING,
  /** Longest ago and least often (R 1, F 1). */
  LOST;

  /**
   * Returns the segment of the scores on a five-level scale.
   *
   * @param recency the recency score, 1 (longest ago) to 5 (most recent)
   * @param frequency the frequency score, 1 (least) to 5 (most)
   * @return the segment
   * @throws org.mehrcrm.kernel.InvalidFieldException if a score is outside 1 to 5
   */
  public static RfmSegment of(int recency, int frequency) {
    RfmScore.requireLevel("recency", recency, 5);
    RfmScore.requireLevel("frequency", frequency, 5);
    if (recency <= 2) {
      if (frequency == 5) {
        return CANNOT_LOSE;
      }
      if (frequency >= 3) {
        return AT_RISK;
      }
      return recency == 1 && frequency == 1 ? LOST : HIBERNATING;
    }
    if (recency == 3) {
      if (frequency >= 4) {
        return LOYAL;
      }
      return frequency == 3 ? NEED_ATTENTION : ABOUT_TO_SLEEP;
    }
    if (frequency == 1) {
      return recency == 5 ? NEW : PROMISING;
    }
    if (frequency <= 3) {
      return POTENTIAL_LOYALISTS;
    }
    return recency == 5 ? CHAMPIONS : LOYAL;
  }
}
