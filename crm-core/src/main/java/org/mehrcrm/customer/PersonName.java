package org.mehrcrm.customer;

import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A person's name as the person writes it, in any script.
 *
 * <p>Examples: {@code PersonName.of("Ali", "Rezaei")}, {@code PersonName.of("علی", "رضایی")},
 * {@code PersonName.of("Алексей", "Смирнов")}, or a single name with an empty family name. The
 * parts are stored as given (only surrounding white space is removed); searching uses
 * {@link SearchNames#fold(String)}. Immutable and thread-safe.
 *
 * @param given the given name, may be empty if the family name is not
 * @param family the family name, may be empty if the given name is not
 */
public record PersonName(String given, String family) {
  private static final int MAX = 100;

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if both parts are blank, a part is too long or holds control
   *     characters
   */
  public PersonName {
    given = part(given, "name.given");
    family = part(family, "name.family");
    if (given.isEmpty() && family.isEmpty()) {
      throw new InvalidFieldException("name", "must have a given or a family name");
    }
  }

  /**
   * Returns a name.
   *
   * @param given the given name
   * @param family the family name
   * @return the name
   */
  public static PersonName of(String given, String family) {
    return new PersonName(given, family);
  }

  /**
   * Returns the name as usually displayed: given name, a space, family name.
   *
   * @return the full name
   */
  public String fullName() {
    if (given.isEmpty()) {
      return family;
    }
    return family.isEmpty() ? given : given + " " + family;
  }

  private static String part(String value, String field) {
    if (value == null) {
      throw new InvalidFieldException(field, "must not be null");
    }
    return value.isBlank() ? "" : Codes.requireText(value, field, MAX);
  }
}
