package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

/**
 * A person who speaks for an organisation, referenced by the person's own customer id.
 *
 * <p>Example: {@code new ContactPerson(CustomerId.of("P-17"), "purchasing manager")}. The person
 * is a customer of kind {@link PartyKind#PERSON} with its own profile, contact points and consent.
 * Immutable and thread-safe.
 *
 * @param person the person's customer id
 * @param role the person's role in the organisation, 1 to 100 characters
 */
public record ContactPerson(CustomerId person, String role) {

  /**
   * Validates the parts.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if the role is blank or too long
   */
  public ContactPerson {
    requireNonNull(person, "person");
    role = Codes.requireText(role, "contactPerson.role", 100);
  }
}
