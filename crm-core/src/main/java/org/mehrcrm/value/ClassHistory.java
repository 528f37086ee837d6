package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The history of a customer's Pareto/ABC class: each change with the time it was classified so.
 *
 * <p>Example: {@code ClassHistory.empty(id).record(ValueClass.B, jan).record(ValueClass.A, feb)}
 * holds two entries; recording the same class again adds nothing. Immutable and thread-safe.
 *
 * @param customer the customer
 * @param changes the classes in time order, each different from the one before
 */
public record ClassHistory(CustomerId customer, List<Change> changes) {

  /**
   * One classification that changed the class. Immutable and thread-safe.
   *
   * @param valueClass the new class
   * @param at when the customer was classified so
   */
  public record Change(ValueClass valueClass, Instant at) {
    /** Checks the parts. */
    public Change {
      requireNonNull(valueClass, "valueClass");
      requireNonNull(at, "at");
    }
  }

  /**
   * Validates and copies the history.
   *
   * @throws InvalidFieldException if the changes are out of time order or repeat a class
   */
  public ClassHistory {
    requireNonNull(customer, "customer");
    changes = List.copyOf(changes);
    for (int i = 1; i < changes.size(); i++) {
      if (changes.get(i).at().isBefore(changes.get(i - 1).at())) {
        throw new InvalidFieldException("changes", "must be in time order");
      }
      if (changes.get(i).valueClass() == changes.get(i - 1).valueClass()) {
        throw new InvalidFieldException("changes", "must not repeat the class before");
      }
    }
  }

  /**
   * Returns a history without entries.
   *
   * @param customer the customer
   * @return the empty history
   */
  public static ClassHistory empty(CustomerId customer) {
    return new ClassHistory(customer, List.of());
  }

  /**
   * Returns the history with a classification added, if it changes the class.
   *
   * @param valueClass the class the customer now has
   * @param at when it was classified
   * @return the new history, or this one if the class is unchanged
   * @throws InvalidFieldException if {@code at} lies before the last change
   */
  public ClassHistory record(ValueClass valueClass, Instant at) {
    requireNonNull(valueClass, "valueClass");
    requireNonNull(at, "at");
    if (!changes.isEmpty()) {
      Change last = changes.get(changes.size() - 1);
      if (at.isBefore(last.at())) {
        throw new InvalidFieldException("at", "must not lie before the last change");
      }
      if (last.valueClass() == valueClass) {
        return this;
      }
    }
    List<Change> next = new ArrayList<>(changes);
    next.add(new Change(valueClass, at));
    return new ClassHistory(customer, next);
  }

  /**
   * Returns the current class.
   *
   * @return the class of the last change, empty before the first classification
   */
  public Optional<ValueClass> current() {
    return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1).valueClass());
  }

  /**
   * Returns the class the customer had at a time.
   *
   * @param at the time
   * @return the class then, empty before the first classification
   */
  public Optional<ValueClass> at(Instant at) {
    requireNonNull(at, "at");
    @Nullable ValueClass found = null;
    for (Change c : changes) {
      if (c.at().isAfter(at)) {
        break;
      }
      found = c.valueClass();
    }
    return Optional.ofNullable(found);
  }
}
