package org.mehrcrm.purchase;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.DomainEvent;

/**
 * What happens to purchases: one was recorded, or a return against one was. Raised once per
 * reference, however often the host reports it.
 *
 * <p>Example:
 * <pre>{@code
 * if (event instanceof PurchaseEvent.PurchaseRecorded p) loyalty.earnFor(p.reference());
 * }</pre>
 * Events carry references and ids, never amounts' owners' personal data.
 */
public sealed interface PurchaseEvent extends DomainEvent {

  /**
   * Returns the customer.
   *
   * @return the customer id
   */
  CustomerId customerId();

  /**
   * Returns the reference of the purchase or return recorded.
   *
   * @return the reference
   */
  OrderReference reference();

  @Override
  default String aggregateId() {
    return reference().value();
  }

  /**
   * A purchase or donation was recorded for the first time.
   *
   * @param reference the order reference
   * @param customerId the customer
   * @param kind sale or donation
   * @param occurredAt when it was recorded
   */
  record PurchaseRecorded(OrderReference reference, CustomerId customerId, PurchaseKind kind,
      Instant occurredAt) implements PurchaseEvent {
    /** Checks for nulls. */
    public PurchaseRecorded {
      requireNonNull(reference, "reference");
      requireNonNull(customerId, "customerId");
      requireNonNull(kind, "kind");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A return was recorded for the first time.
   *
   * @param reference the return's reference
   * @param purchase the original purchase's reference
   * @param customerId the customer
   * @param whole true if the whole purchase came back
   * @param occurredAt when it was recorded
   */
  record ReturnRecorded(OrderReference reference, OrderReference purchase, CustomerId customerId,
      boolean whole, Instant occurredAt) implements PurchaseEvent {
    /** Checks for nulls. */
    public ReturnRecorded {
      requireNonNull(reference, "reference");
      requireNonNull(purchase, "purchase");
      requireNonNull(customerId, "customerId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }
}
