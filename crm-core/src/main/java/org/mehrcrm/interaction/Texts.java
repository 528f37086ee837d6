package org.mehrcrm.interaction;

import org.mehrcrm.kernel.InvalidFieldException;

/** The shared rule for free text in interactions: trimmed, bounded, no control characters but line breaks. */
final class Texts {
  private Texts() {}

  static String optional(String value, String field, int maxLength) {
    if (value == null) {
      throw new InvalidFieldException(field, "must not be null");
    }
    String trimmed = value.strip();
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
