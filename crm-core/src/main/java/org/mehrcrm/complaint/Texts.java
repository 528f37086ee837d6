package org.mehrcrm.complaint;

import java.util.regex.Pattern;
import org.mehrcrm.kernel.InvalidFieldException;

/** The rules for codes and free text in the complaint feature. */
final class Texts {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

  private Texts() {}

  static String requireCode(String value, String field) {
    java.util.Objects.requireNonNull(value, field);
    if (!CODE.matcher(value).matches()) {
      throw new InvalidFieldException(field,
          "must be 1 to 40 lower-case letters, digits, '-' or '_', starting with a letter");
    }
    return value;
  }

  static String requireText(String value, String field, int maxLength) {
    java.util.Objects.requireNonNull(value, field);
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidFieldException(field, "must not be blank");
    }
    if (trimmed.length() > maxLength) {
      throw new InvalidFieldException(field, "must be at most " + maxLength + " characters");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        throw new InvalidFieldException(field, "must not contain control characters");
      }
    }
    return trimmed;
  }
}
