package org.mehrcrm.customer;

import java.util.Locale;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * An e-mail address, trimmed and in lower case.
 *
 * <p>Example: {@code EmailAddress.of(" Ali.Rezaei@Example.COM ")} has value
 * {@code "ali.rezaei@example.com"}. International (non-ASCII) addresses are accepted; quoted
 * local parts and IP-literal domains are not. Immutable and thread-safe.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) implements ContactAddress {
  private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~.-";

  /**
   * Normalises and validates the address.
   *
   * @throws InvalidFieldException naming the broken rule, for example
   *     {@code "email: must contain '@'"}
   */
  public EmailAddress {
    if (value == null) {
      throw new InvalidFieldException("email", "must not be null");
    }
    value = value.strip().toLowerCase(Locale.ROOT);
    validate(value);
  }

  /**
   * Returns the address.
   *
   * @param value the address as typed
   * @return the normalised address
   */
  public static EmailAddress of(String value) {
    return new EmailAddress(value);
  }

  @Override
  public ContactKind kind() {
    return ContactKind.EMAIL;
  }

  @Override
  public String canonical() {
    return value;
  }

  /** Returns the address. */
  @Override
  public String toString() {
    return value;
  }

  private static void validate(String value) {
    int at = value.indexOf('@');
    if (at < 0) {
      throw new InvalidFieldException("email", "must contain '@'");
    }
    if (value.indexOf('@', at + 1) >= 0) {
      throw new InvalidFieldException("email", "must contain exactly one '@'");
    }
    if (value.length() > 254) {
      throw new InvalidFieldException("email", "must be at most 254 characters");
    }
    String local = value.substring(0, at);
    String domain = value.substring(at + 1);
    if (local.isEmpty() || local.length() > 64) {
      throw new InvalidFieldException("email", "must have a local part of 1 to 64 characters");
    }
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      throw new InvalidFieldException("email", "must not have a dot at the start or end of the local part, or two in a row");
    }
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      if (!Character.isLetterOrDigit(c) && LOCAL_SPECIALS.indexOf(c) < 0) {
        throw new InvalidFieldException("email", "must not contain '" + c + "' in the local part");
      }
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      throw new InvalidFieldException("email", "must have a domain with a dot");
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63) {
        throw new InvalidFieldException("email", "must have domain labels of 1 to 63 characters");
      }
      if (label.startsWith("-") || label.endsWith("-")) {
        throw new InvalidFieldException("email", "must not have a domain label starting or ending with '-'");
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!Character.isLetterOrDigit(c) && c != '-') {
          throw new InvalidFieldException("email", "must not contain '" + c + "' in the domain");
        }
      }
    }
    if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
      throw new InvalidFieldException("email", "must have a top-level domain that is not a number");
    }
  }
}
