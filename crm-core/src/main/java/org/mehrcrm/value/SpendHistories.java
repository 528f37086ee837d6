package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The spend of repeat buyers, as the spend models read it: for each customer the number of
 * repeat purchases {@code x >= 1} and their mean value {@code z̄ > 0}.
 *
 * <p>Example: {@code SpendHistories.of(new double[] {2, 1}, new double[] {22.35, 11.77})}.
 * Customers without repeat purchases carry no information on spend and are left out by the
 * caller. The arrays are copied in and out. Immutable and thread-safe.
 */
public final class SpendHistories {
  private final double[] frequency;
  private final double[] meanSpend;

  private SpendHistories(double[] frequency, double[] meanSpend) {
    this.frequency = frequency;
    this.meanSpend = meanSpend;
  }

  /**
   * Returns the spend histories.
   *
   * @param frequency the repeat purchases, whole numbers {@code >= 1}
   * @param meanSpend the mean value of those purchases, positive and finite
   * @return the histories
   * @throws InvalidFieldException if the arrays differ in length, are empty, or hold a value
   *     that breaks the rules above
   */
  public static SpendHistories of(double[] frequency, double[] meanSpend) {
    double[] x = requireNonNull(frequency, "frequency").clone();
    double[] m = requireNonNull(meanSpend, "meanSpend").clone();
    if (x.length == 0) {
      throw new InvalidFieldException("frequency", "must hold at least one customer");
    }
    if (m.length != x.length) {
      throw new InvalidFieldException("meanSpend", "must have as many rows as frequency");
    }
    for (int i = 0; i < x.length; i++) {
      if (!(x[i] >= 1) || x[i] != Math.rint(x[i]) || Double.isInfinite(x[i])) {
        throw new InvalidFieldException("frequency[" + i + "]", "must be a whole number >= 1");
      }
      if (!(m[i] > 0) || Double.isInfinite(m[i])) {
        throw new InvalidFieldException("meanSpend[" + i + "]", "must be positive and finite");
      }
    }
    return new SpendHistories(x, m);
  }

  /**
   * Returns the number of customers.
   *
   * @return the customers
   */
  public int size() {
    return frequency.length;
  }

  /**
   * Returns a copy of the frequencies.
   *
   * @return the repeat purchases per customer
   */
  public double[] frequency() {
    return frequency.clone();
  }

  /**
   * Returns a copy of the mean spends.
   *
   * @return the mean value of the repeat purchases per customer
   */
  public double[] meanSpend() {
    return meanSpend.clone();
  }
}
