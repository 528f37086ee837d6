package org.mehrcrm.complaint;

import java.util.Optional;
import org.mehrcrm.customer.CustomerId;

/**
 * Tells the segment a customer's complaints are served in, when the intake names none: what lets
 * key accounts and top loyalty tiers get tighter service-time targets without every caller
 * looking it up.
 *
 * <p>Example: {@code customer -> customers.findById(customer).filter(Customer::isKeyAccount).map(c -> "key-account")}.
 * Implementations must be thread-safe and must not return {@code null}.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface CustomerSegments {
  /** Knows no segments: intakes keep what they name. */
  CustomerSegments NONE = customer -> Optional.empty();

  /**
   * Returns a customer's segment code.
   *
   * @param customer the customer
   * @return the segment, e.g. {@code "key-account"}, or empty
   */
  Optional<String> segmentOf(CustomerId customer);
}
