package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

/**
 * One of a customer's contact points: an address with its primary and verified flags.
 *
 * <p>Example: {@code new ContactPoint(EmailAddress.of("ali@example.com"), true, false)} is the
 * primary, not yet verified, e-mail address. Immutable and thread-safe.
 *
 * @param address the address
 * @param primary whether it is the primary point of its kind
 * @param verified whether the customer proved they own it
 */
public record ContactPoint(ContactAddress address, boolean primary, boolean verified) {

  /** Validates the address. */
  public ContactPoint {
    requireNonNull(address, "address");
  }

  /**
   * Returns the kind of the address.
   *
   * @return the kind
   */
  public ContactKind kind() {
    return address.kind();
  }

  ContactPoint withPrimary(boolean newPrimary) {
    return new ContactPoint(address, newPrimary, verified);
  }

  ContactPoint asVerified() {
    return new ContactPoint(address, primary, true);
  }
}
