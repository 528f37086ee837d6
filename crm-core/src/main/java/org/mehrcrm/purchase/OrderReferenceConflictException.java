package org.mehrcrm.purchase;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.CrmException;

/**
 * Thrown when a purchase or return is reported under a reference that is already recorded with
 * different content: the same reference twice is idempotent only when the content is the same.
 *
 * <p>Example: {@code new OrderReferenceConflictException("purchase", OrderReference.of("SO-1"))}
 * reads {@code "purchase SO-1: already recorded with different content"}. Nothing was written.
 */
public final class OrderReferenceConflictException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String reference;

  /**
   * Creates the exception.
   *
   * @param kind {@code "purchase"} or {@code "return"}
   * @param reference the reference reported twice
   */
  public OrderReferenceConflictException(String kind, OrderReference reference) {
    super(requireNonNull(kind, "kind") + " " + requireNonNull(reference, "reference")
        + ": already recorded with different content");
    this.kind = kind;
    this.reference = reference.value();
  }

  /**
   * Returns what was reported twice.
   *
   * @return {@code "purchase"} or {@code "return"}
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the reference reported twice.
   *
   * @return the reference
   */
  public OrderReference reference() {
    return OrderReference.of(reference);
  }
}
