package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mehrcrm.customer.CustomerId;

/**
 * A customer proposed as a key account: in the A class by value so far, by potential (predicted
 * lifetime value), or both.
 *
 * <p>Example: {@code KeyAccountCandidate.select(marginByCustomer, clvByCustomer,
 * ParetoClassification.standard())}. Immutable and thread-safe.
 *
 * @param customer the customer
 * @param value their value so far
 * @param potential their predicted value
 * @param reason {@code "A by value"}, {@code "A by potential"} or {@code "A by value and potential"}
 */
public record KeyAccountCandidate(CustomerId customer, double value, double potential, String reason) {

  /** Checks the parts. */
  public KeyAccountCandidate {
    requireNonNull(customer, "customer");
    requireNonNull(reason, "reason");
  }

  /**
   * Selects the candidates: the customers classed A by value or by potential.
   *
   * @param value each customer's value so far
   * @param potential each customer's predicted value (a customer missing here counts as 0)
   * @param classification the cut-offs
   * @return the candidates, highest potential first
   */
  public static List<KeyAccountCandidate> select(Map<CustomerId, Double> value, Map<CustomerId, Double> potential,
      ParetoClassification classification) {
    requireNonNull(value, "value");
    requireNonNull(potential, "potential");
    requireNonNull(classification, "classification");
    Map<CustomerId, ValueClass> byValue = classification.classify(value);
    Map<CustomerId, ValueClass> byPotential = classification.classify(potential);
    Set<CustomerId> all = new HashSet<>(value.keySet());
    all.addAll(potential.keySet());
    List<KeyAccountCandidate> candidates = new ArrayList<>();
    for (CustomerId id : all) {
      boolean v = byValue.get(id) == ValueClass.A;
      boolean p = byPotential.get(id) == ValueClass.A;
      if (v || p) {
        String reason = v && p ? "A by value and potential" : v ? "A by value" : "A by potential";
        candidates.add(new KeyAccountCandidate(id, value.getOrDefault(id, 0.0), potential.getOrDefault(id, 0.0),
            reason));
      }
    }
    candidates.sort(Comparator.comparingDouble(KeyAccountCandidate::potential).reversed()
        .thenComparing(KeyAccountCandidate::customer));
    return List.copyOf(candidates);
  }
}
