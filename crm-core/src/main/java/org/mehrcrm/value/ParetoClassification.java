package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * Pareto/ABC classes by cumulative value share: customers sorted by value, highest first; a
 * customer is {@link ValueClass#A} while the value before it is below the A share of the total,
 * {@link ValueClass#B} while below A + B, and {@link ValueClass#C} after that.
 *
 * <p>Example: {@code ParetoClassification.standard().classify(valueByCustomer)} with the cut-offs
 * 80/15/5; {@code ParetoClassification.of(0.7, 0.2)} for 70/20/10. Customers without positive
 * value are always C. Ties are broken by customer id, so the result is deterministic. Immutable
 * and thread-safe.
 *
 * @param aShare the share of value the A customers make, in {@code (0, 1)}
 * @param bShare the share the B customers make, with {@code aShare + bShare <= 1}
 */
public record ParetoClassification(double aShare, double bShare) {

  /**
   * Validates the cut-offs.
   *
   * @throws InvalidFieldException if a share is outside its range
   */
  public ParetoClassification {
    if (!(aShare > 0 && aShare < 1)) {
      throw new InvalidFieldException("aShare", "must lie strictly between 0 and 1");
    }
    if (!(bShare >= 0 && aShare + bShare <= 1)) {
      throw new InvalidFieldException("bShare", "must be >= 0 and leave aShare + bShare <= 1");
    }
  }

  /**
   * Returns the classification with the default cut-offs 80/15/5.
   *
   * @return the classification
   */
  public static ParetoClassification standard() {
    return new ParetoClassification(0.80, 0.15);
  }

  /**
   * Returns the classification with the given cut-offs; C takes the rest.
   *
   * @param aShare the share of value of the A customers
   * @param bShare the share of value of the B customers
   * @return the classification
   */
  public static ParetoClassification of(double aShare, double bShare) {
    return new ParetoClassification(aShare, bShare);
  }

  /**
   * Classifies the customers.
   *
   * @param valueByCustomer each customer's value (historical margin, revenue or CLV), finite
   * @return each customer's class, in descending order of value
   * @throws InvalidFieldException if a value is not finite
   */
  public Map<CustomerId, ValueClass> classify(Map<CustomerId, Double> valueByCustomer) {
    requireNonNull(valueByCustomer, "valueByCustomer");
    List<Map.Entry<CustomerId, Double>> entries = new ArrayList<>(valueByCustomer.entrySet());
    double total = 0;
    for (Map.Entry<CustomerId, Double> e : entries) {
      double v = e.getValue();
      if (!Double.isFinite(v)) {
        throw new InvalidFieldException("valueByCustomer", "must hold finite values");
      }
      if (v > 0) {
        total += v;
      }
    }
    entries.sort(Comparator.comparing((Map.Entry<CustomerId, Double> e) -> e.getValue()).reversed()
        .thenComparing(Map.Entry::getKey));
    Map<CustomerId, ValueClass> classes = new LinkedHashMap<>();
    double before = 0;
    for (Map.Entry<CustomerId, Double> e : entries) {
      double v = e.getValue();
      ValueClass c;
      if (v <= 0) {
        c = ValueClass.C;
      } else if (before < aShare * total) {
        c = ValueClass.A;
      } else if (before < (aShare + bShare) * total) {
        c = ValueClass.B;
      } else {
        c = ValueClass.C;
      }
      classes.put(e.getKey(), c);
      before += Math.max(v, 0);
    }
    return java.util.Collections.unmodifiableMap(classes);
  }
}
