package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

/**
 * A natural person as a customer.
 *
 * <p>Example: {@code new Person(PersonName.of("Ali", "Rezaei"))}. Immutable and thread-safe.
 *
 * @param name the person's name
 */
public record Person(PersonName name) implements Party {

  /** Validates the name. */
  public Person {
    requireNonNull(name, "name");
  }

  @Override
  public String displayName() {
    return name.fullName();
  }

  @Override
  public PartyKind kind() {
    return PartyKind.PERSON;
  }
}
