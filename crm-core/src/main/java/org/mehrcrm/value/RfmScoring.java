package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * Scores customers on recency, frequency and monetary value by quantiles of the cohort.
 *
 * <p>Example: {@code RfmScoring.withBins(5).score(sinceLast, purchases, revenue)} returns one
 * {@link RfmScore} per customer, in the order given. A customer's level in a dimension is
 * {@code 1 + floor(bins × (customers ranked strictly worse) / customers)}: ties share a level, and
 * every level holds about the same number of customers. Immutable and thread-safe.
 *
 * @param bins the number of levels per dimension, 2 to 10 (5 is usual)
 */
public record RfmScoring(int bins) {

  /**
   * Validates the bins.
   *
   * @throws InvalidFieldException if they are outside 2 to 10
   */
  public RfmScoring {
    if (bins < 2 || bins > 10) {
      throw new InvalidFieldException("bins", "must lie between 2 and 10");
    }
  }

  /**
   * Returns the scoring with the given number of levels.
   *
   * @param bins the number of levels, 2 to 10
   * @return the scoring
   */
  public static RfmScoring withBins(int bins) {
    return new RfmScoring(bins);
  }

  /**
   * Scores the customers.
   *
   * @param timeSinceLastPurchase per customer, {@code >= 0} (smaller is better)
   * @param purchases per customer, {@code >= 0}
   * @param value monetary value per customer
   * @return the scores in the same order
   * @throws InvalidFieldException if the arrays differ in length or hold a value that is not finite
   */
  public List<RfmScore> score(double[] timeSinceLastPurchase, double[] purchases, double[] value) {
    requireNonNull(timeSinceLastPurchase, "timeSinceLastPurchase");
    requireNonNull(purchases, "purchases");
    requireNonNull(value, "value");
    int n = timeSinceLastPurchase.length;
    if (purchases.length != n || value.length != n) {
      throw new InvalidFieldException("purchases", "must have as many rows as timeSinceLastPurchase and value");
    }
    double[] negatedRecency = new double[n];
    for (int i = 0; i < n; i++) {
      negatedRecency[i] = -timeSinceLastPurchase[i];
    }
    int[] r = levels(negatedRecency, "timeSinceLastPurchase");
    int[] f = levels(purchases, "purchases");
    int[] m = levels(value, "value");
    List<RfmScore> scores = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      scores.add(new RfmScore(r[i], f[i], m[i], bins));
    }
    return List.copyOf(scores);
  }

  /** Levels where a larger value is better. */
  private int[] levels(double[] values, String field) {
    int n = values.length;
    double[] sorted = values.clone();
    for (double v : sorted) {
      if (!Double.isFinite(v)) {
        throw new InvalidFieldException(field, "must hold finite numbers");
      }
    }
    Arrays.sort(sorted);
    int[] levels = new int[n];
    for (int i = 0; i < n; i++) {
      int worse = lowerBound(sorted, values[i]);
      levels[i] = 1 + (int) ((long) bins * worse / n);
    }
    return levels;
  }

  private static int lowerBound(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
