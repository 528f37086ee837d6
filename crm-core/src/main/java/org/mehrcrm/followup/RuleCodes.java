package org.mehrcrm.followup;

import java.util.regex.Pattern;
import org.mehrcrm.kernel.InvalidFieldException;

/** The shared rules for codes and free text in follow-ups. */
final class RuleCodes {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

  private RuleCodes() {}

  static String requireCode(String value, String field) {
    if (value == null || !CODE.matcher(value).matches()) {
      throw new InvalidFieldException(field,
          "must be 1 to 40 lower-case letters, digits, '-' or '_', starting with a letter");
    }
    return value;
  }

  static String text(String value, String field, int maxLength, boolean allowEmpty) {
    if (value == null) {
      throw new InvalidFieldException(field, "must not be null");
    }
    String trimmed = value.strip();
    if (!allowEmpty && trimmed.isEmpty()) {
      throw new InvalidFieldException(field, "must not be blank");
    }
    if (trimmed.length() > maxLength) {
      throw new InvalidFieldException(field, "must be at most " + maxLength + " characters");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
        throw new InvalidFieldException(field, "must not contain control characters");
      }
    }
    return trimmed;
  }
}
