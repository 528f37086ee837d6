package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The repeat-purchase histories of a cohort of customers, as the purchase models read them: for
 * each customer the frequency {@code x} (repeat purchases), the recency {@code tₓ} (time of the
 * last repeat purchase since the first) and the age {@code T} (time from the first purchase to
 * the end of the calibration period), with an optional weight (how many customers share the row,
 * for compressed data).
 *
 * <p>Example: {@code PurchaseHistories.of(new double[] {2, 0}, new double[] {30.43, 0},
 * new double[] {38.86, 38.86})}. For the discrete BG/BB model the age is the number of
 * transaction opportunities {@code n} and the recency the opportunity of the last transaction.
 * The arrays are copied in and out. Immutable and thread-safe.
 */
public final class PurchaseHistories {
  private final double[] frequency;
  private final double[] recency;
  private final double[] age;
  private final double[] weight;
  private final double totalWeight;

  private PurchaseHistories(double[] frequency, double[] recency, double[] age, double[] weight) {
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.weight = weight;
    double total = 0;
    for (double w : weight) {
      total += w;
    }
    this.totalWeight = total;
  }

  /**
   * Returns the histories of single customers.
   *
   * @param frequency the repeat purchases, whole numbers {@code >= 0}
   * @param recency the time of the last repeat purchase, {@code 0} when there was none
   * @param age the time from the first purchase to the end of the calibration period
   * @return the histories
   * @throws InvalidFieldException if the arrays differ in length, are empty, or a value breaks
   *     {@code 0 <= recency <= age}, {@code frequency} whole and {@code >= 0}, or
   *     {@code recency = 0} when {@code frequency = 0}
   */
  public static PurchaseHistories of(double[] frequency, double[] recency, double[] age) {
    double[] ones = new double[requireNonNull(frequency, "frequency").length];
    Arrays.fill(ones, 1);
    return weighted(frequency, recency, age, ones);
  }

  /**
   * Returns compressed histories: row {@code i} stands for {@code weight[i]} customers.
   *
   * @param frequency the repeat purchases, whole numbers {@code >= 0}
   * @param recency the time of the last repeat purchase
   * @param age the time from the first purchase to the end of the calibration period
   * @param weight how many customers share each row, {@code >= 0} and finite
   * @return the histories
   * @throws InvalidFieldException as {@link #of}, or if a weight is negative or not finite
   */
  public static PurchaseHistories weighted(double[] frequency, double[] recency, double[] age, double[] weight) {
    double[] x = requireNonNull(frequency, "frequency").clone();
    double[] tx = requireNonNull(recency, "recency").clone();
    double[] t = requireNonNull(age, "age").clone();
    double[] w = requireNonNull(weight, "weight").clone();
    if (x.length == 0) {
      throw new InvalidFieldException("frequency", "must hold at least one customer");
    }
    if (tx.length != x.length || t.length != x.length || w.length != x.length) {
      throw new InvalidFieldException("recency", "must have as many rows as frequency, age and weight");
    }
    for (int i = 0; i < x.length; i++) {
      if (!(x[i] >= 0) || x[i] != Math.rint(x[i]) || Double.isInfinite(x[i])) {
        throw new InvalidFieldException("frequency[" + i + "]", "must be a whole number >= 0");
      }
      if (!(t[i] >= 0) || Double.isInfinite(t[i])) {
        throw new InvalidFieldException("age[" + i + "]", "must be finite and >= 0");
      }
      if (!(tx[i] >= 0 && tx[i] <= t[i])) {
        throw new InvalidFieldException("recency[" + i + "]", "must lie between 0 and age");
      }
      if (x[i] == 0 && tx[i] != 0) {
        throw new InvalidFieldException("recency[" + i + "]", "must be 0 when frequency is 0");
      }
      if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
        throw new InvalidFieldException("weight[" + i + "]", "must be finite and >= 0");
      }
    }
    return new PurchaseHistories(x, tx, t, w);
  }

  /**
   * Returns the number of rows.
   *
   * @return the rows
   */
  public int size() {
    return frequency.length;
  }

  /**
   * Returns the number of customers: the sum of the weights.
   *
   * @return the customers
   */
  public double customers() {
    return totalWeight;
  }

  /**
   * Returns a copy of the frequencies.
   *
   * @return the repeat purchases per row
   */
  public double[] frequency() {
    return frequency.clone();
  }

  /**
   * Returns a copy of the recencies.
   *
   * @return the time of the last repeat purchase per row
   */
  public double[] recency() {
    return recency.clone();
  }

  /**
   * Returns a copy of the ages.
   *
   * @return the age per row
   */
  public double[] age() {
    return age.clone();
  }

  /**
   * Returns a copy of the weights.
   *
   * @return the customers per row
   */
  public double[] weight() {
    return weight.clone();
  }

  /**
   * Returns the largest frequency.
   *
   * @return the largest number of repeat purchases
   */
  public double maxFrequency() {
    double max = 0;
    for (double v : frequency) {
      max = Math.max(max, v);
    }
    return max;
  }
}
