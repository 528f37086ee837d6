package org.mehrcrm.access;

import static java.util.Objects.requireNonNull;

/**
 * Masks personal data for log lines, so that logs identify a record without exposing a person.
 *
 * <p>Examples: {@code maskEmail("ali.rezaei@example.com")} is {@code "a***@e***.com"},
 * {@code maskPhone("+989121234567")} is {@code "+98*******567"}, {@code maskName("علی رضایی")} is
 * {@code "ع*** ر***"}. Log customer identifiers instead where you can.
 */
public final class PersonalData {
  private PersonalData() {}

  /**
   * Masks an e-mail address, keeping the first letter of the local part and of the domain and the
   * top-level domain.
   *
   * @param email the address, in any form
   * @return the masked address
   */
  public static String maskEmail(String email) {
    requireNonNull(email, "email");
    int at = email.lastIndexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      return "***";
    }
    String domain = email.substring(at + 1);
    int dot = domain.lastIndexOf('.');
    String tld = dot > 0 ? domain.substring(dot) : "";
    return firstCodePoint(email) + "***@" + firstCodePoint(domain) + "***" + tld;
  }

  /**
   * Masks a phone number, keeping a leading {@code +} with up to two digits and the last three
   * digits.
   *
   * @param phone the number, in any form
   * @return the masked number
   */
  public static String maskPhone(String phone) {
    requireNonNull(phone, "phone");
    String digits = phone.replaceAll("[^0-9]", "");
    if (digits.length() < 6) {
      return "***";
    }
    String head = phone.startsWith("+") ? "+" + digits.substring(0, 2) : "";
    int hidden = digits.length() - 3 - (head.isEmpty() ? 0 : 2);
    return head + "*".repeat(hidden) + digits.substring(digits.length() - 3);
  }

  /**
   * Masks a name word by word, keeping each word's first letter.
   *
   * @param name the name, in any script
   * @return the masked name
   */
  public static String maskName(String name) {
    requireNonNull(name, "name");
    StringBuilder out = new StringBuilder();
    for (String word : name.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(firstCodePoint(word)).append("***");
    }
    return out.length() == 0 ? "***" : out.toString();
  }

  private static String firstCodePoint(String s) {
    return new String(Character.toChars(s.codePointAt(0)));
  }
}
