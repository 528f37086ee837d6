package org.mehrcrm.kernel;

import static java.util.Objects.requireNonNull;

/**
 * The rule every typed identifier's string form follows.
 *
 * <p>An identifier is opaque: 1 to 64 characters, no whitespace and no control characters. Hosts
 * may use their own numbers ({@code "ERP-000417"}) or let an {@link IdGenerator} mint them.
 */
public final class Ids {
  /** The longest identifier accepted, in UTF-16 chars. */
  public static final int MAX_LENGTH = 64;

  private Ids() {}

  /**
   * Checks an identifier's string form.
   *
   * @param value the candidate identifier
   * @param field the field name used in the error
   * @return the value, unchanged
   * @throws InvalidFieldException if the value is empty, too long, or holds whitespace or
   *     control characters
   */
  public static String requireValid(String value, String field) {
    requireNonNull(field, "field");
    if (value == null) {
      throw new InvalidFieldException(field, "must not be null");
    }
    if (value.isEmpty()) {
      throw new InvalidFieldException(field, "must not be empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidFieldException(field, "must be at most " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        throw new InvalidFieldException(field, "must not contain whitespace or control characters");
      }
    }
    return value;
  }
}
