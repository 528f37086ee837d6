package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.CrmException;

/**
 * Thrown when a member does not have the available points a redemption needs.
 *
 * <p>Example: {@code new InsufficientPointsException(MembershipId.of("M-1"), 500, 320)} reads
 * {@code "membership M-1: needs 500 available points, has 320"}. Nothing was changed.
 *
 * @since 0.1
 */
public final class InsufficientPointsException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String membership;
  private final long required;
  private final long available;

  /**
   * Creates the exception.
   *
   * @param membership the account
   * @param required the available points needed
   * @param available the available points held
   */
  public InsufficientPointsException(MembershipId membership, long required, long available) {
    super("membership " + requireNonNull(membership, "membership") + ": needs " + required
        + " available points, has " + available);
    this.membership = membership.value();
    this.required = required;
    this.available = available;
  }

  /**
   * Returns the account's id.
   *
   * @return the membership id's string form
   */
  public String membership() {
    return membership;
  }

  /**
   * Returns the available points needed.
   *
   * @return the required points
   */
  public long required() {
    return required;
  }

  /**
   * Returns the available points held.
   *
   * @return the available points
   */
  public long available() {
    return available;
  }
}
