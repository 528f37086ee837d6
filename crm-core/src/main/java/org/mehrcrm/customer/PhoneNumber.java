package org.mehrcrm.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A telephone number in E.164 form, checked against libphonenumber's numbering plans.
 *
 * <p>Examples: {@code PhoneNumber.of("+98 912 123 4567")} and
 * {@code PhoneNumber.parse("0912 123 4567", "IR")} both hold {@code "+989121234567"}. Numbers
 * written in Persian or Arabic-Indic digits are accepted. Immutable and thread-safe.
 *
 * @param value the number in E.164 form
 */
public record PhoneNumber(String value) implements ContactAddress {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /**
   * Normalises and validates the number; without a region it must start with {@code +}.
   *
   * @throws InvalidFieldException if the number cannot be parsed or is not a valid number
   */
  public PhoneNumber {
    value = normalise(value, null);
  }

  /**
   * Returns the number, which must be written in international form (starting with {@code +}).
   *
   * @param value the number as typed
   * @return the number in E.164 form
   */
  public static PhoneNumber of(String value) {
    return new PhoneNumber(value);
  }

  /**
   * Returns the number, reading national forms in the given region.
   *
   * @param value the number as typed, national or international
   * @param defaultRegion the ISO 3166 region for national numbers, e.g. {@code "IR"}
   * @return the number in E.164 form
   * @throws InvalidFieldException if the number is invalid in that region
   */
  public static PhoneNumber parse(String value, String defaultRegion) {
    if (defaultRegion == null) {
      throw new InvalidFieldException("phone.region", "must not be null");
    }
    return new PhoneNumber(normalise(value, defaultRegion.toUpperCase(Locale.ROOT)));
  }

  @Override
  public ContactKind kind() {
    return ContactKind.PHONE;
  }

  @Override
  public String canonical() {
    return value;
  }

  /** Returns the number in E.164 form. */
  @Override
  public String toString() {
    return value;
  }

  private static String normalise(@Nullable String raw, @Nullable String region) {
    if (raw == null) {
      throw new InvalidFieldException("phone", "must not be null");
    }
    String digits = SearchNames.asciiDigits(raw.strip());
    if (digits.isEmpty()) {
      throw new InvalidFieldException("phone", "must not be blank");
    }
    if (region == null && !digits.startsWith("+")) {
      throw new InvalidFieldException("phone", "must start with '+' and a country code, or be parsed with a region");
    }
    Phonenumber.PhoneNumber parsed;
    try {
      parsed = UTIL.parse(digits, region == null ? "ZZ" : region);
    } catch (NumberParseException e) {
      throw new InvalidFieldException("phone", "must be a telephone number");
    }
    if (!UTIL.isValidNumber(parsed)) {
      throw new InvalidFieldException("phone", "must be a valid number for its country");
    }
    return UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
  }
}
