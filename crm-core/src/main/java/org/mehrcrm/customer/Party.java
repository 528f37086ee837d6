package org.mehrcrm.customer;

/**
 * Who the customer is: a natural {@link Person} or a legal entity, an {@link Organisation}.
 *
 * <p>Example: {@code Party person = new Person(PersonName.of("Ali", "Rezaei"));}. Immutable and
 * thread-safe.
 */
public sealed interface Party permits Person, Organisation {

  /**
   * Returns the name to display.
   *
   * @return the full name of a person, the legal name of an organisation
   */
  String displayName();

  /**
   * Returns the kind of party.
   *
   * @return {@link PartyKind#PERSON} or {@link PartyKind#ORGANISATION}
   */
  PartyKind kind();
}
