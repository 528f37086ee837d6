package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A legal entity as a customer: a company, public body or charity, with its contact persons.
 *
 * <p>Example: {@code Organisation.of("Pars Steel Co.", "10101234567")}. Immutable and
 * thread-safe.
 *
 * @param legalName the registered name, 1 to 200 characters, stored as given
 * @param registrationNumber the company register number, or {@code null} if unknown
 * @param contactPersons the people who speak for it, at most one entry per person
 */
public record Organisation(String legalName, @Nullable String registrationNumber,
    List<ContactPerson> contactPersons) implements Party {

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the name is blank or too long, the registration number is
   *     blank, or a person is listed twice
   */
  public Organisation {
    legalName = Codes.requireText(legalName, "legalName", 200);
    if (registrationNumber != null) {
      registrationNumber = Codes.requireText(registrationNumber, "registrationNumber", 50);
    }
    contactPersons = List.copyOf(requireNonNull(contactPersons, "contactPersons"));
    Set<CustomerId> seen = new HashSet<>();
    for (ContactPerson cp : contactPersons) {
      if (!seen.add(cp.person())) {
        throw new InvalidFieldException("contactPersons", "must not list a person twice");
      }
    }
  }

  /**
   * Returns an organisation without contact persons.
   *
   * @param legalName the registered name
   * @param registrationNumber the register number, or {@code null}
   * @return the organisation
   */
  public static Organisation of(String legalName, @Nullable String registrationNumber) {
    return new Organisation(legalName, registrationNumber, List.of());
  }

  @Override
  public String displayName() {
    return legalName;
  }

  @Override
  public PartyKind kind() {
    return PartyKind.ORGANISATION;
  }
}
