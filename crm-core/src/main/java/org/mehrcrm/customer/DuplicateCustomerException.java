package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.CrmException;

/**
 * Thrown when a change would give a second customer a verified e-mail address, verified phone
 * number or host reference that another customer already holds; names the existing customer.
 *
 * <p>Example: {@code "email: already held by customer C-17"}. Nothing was changed; the host
 * can show or merge the existing customer instead.
 */
public final class DuplicateCustomerException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final CustomerId existing;

  /**
   * Creates the exception.
   *
   * @param field the clashing field: {@code "email"}, {@code "phone"} or {@code "externalRef"}
   * @param existing the customer who already holds the value
   */
  public DuplicateCustomerException(String field, CustomerId existing) {
    super(requireNonNull(field, "field") + ": already held by customer " + requireNonNull(existing, "existing"));
    this.field = field;
    this.existing = existing;
  }

  /**
   * Returns the clashing field.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * Returns the customer who already holds the value.
   *
   * @return the existing customer's id
   */
  public CustomerId existing() {
    return existing;
  }
}
