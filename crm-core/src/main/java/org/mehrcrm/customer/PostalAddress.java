package org.mehrcrm.customer;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A postal address in any script, with an ISO 3166 country code.
 *
 * <p>Example: {@code new PostalAddress("Valiasr St. 12", "Tehran", null, "1434843", "IR")}.
 * Parts are stored as given (trimmed); the country code is upper case. Immutable and thread-safe.
 *
 * @param street street and house, 1 to 200 characters
 * @param locality city or town, 1 to 100 characters
 * @param region province or state, or {@code null}
 * @param postalCode postal code, or {@code null}
 * @param country ISO 3166-1 alpha-2 country code
 */
public record PostalAddress(String street, String locality, @Nullable String region,
    @Nullable String postalCode, String country) implements ContactAddress {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if a part is blank or too long, or the country is unknown
   */
  public PostalAddress {
    street = Codes.requireText(street, "postal.street", 200);
    locality = Codes.requireText(locality, "postal.locality", 100);
    region = region == null || region.isBlank() ? null : Codes.requireText(region, "postal.region", 100);
    postalCode = postalCode == null || postalCode.isBlank()
        ? null : SearchNames.asciiDigits(Codes.requireText(postalCode, "postal.postalCode", 20));
    if (country == null) {
      throw new InvalidFieldException("postal.country", "must not be null");
    }
    country = country.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(country)) {
      throw new InvalidFieldException("postal.country", "must be an ISO 3166-1 alpha-2 code");
    }
  }

  @Override
  public ContactKind kind() {
    return ContactKind.POSTAL;
  }

  @Override
  public String canonical() {
    return String.join("|", SearchNames.fold(street), SearchNames.fold(locality),
        region == null ? "" : SearchNames.fold(region), postalCode == null ? "" : postalCode, country);
  }

  /** Returns the address on one line, parts separated by commas. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(street).append(", ");
    if (postalCode != null) {
      sb.append(postalCode).append(' ');
    }
    sb.append(locality);
    if (region != null) {
      sb.append(", ").append(region);
    }
    return sb.append(", ").append(country).toString();
  }
}
