package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.customer.Invalid.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostalAddressTest {

  @Test
  void partsAreStoredTrimmedAsGivenAndTheCountryUpperCased() {
    PostalAddress address = new PostalAddress("  Valiasr St. 12 ", " Tehran ", " Tehran Province ", " 1434843 ", " ir ");

    assertThat(address.street()).isEqualTo("Valiasr St. 12");
    assertThat(address.locality()).isEqualTo("Tehran");
    assertThat(address.region()).isEqualTo("Tehran Province");
    assertThat(address.postalCode()).isEqualTo("1434843");
    assertThat(address.country()).isEqualTo("IR");
  }

  @Test
  void addressesInPersianScriptAreKeptAsWritten() {
    PostalAddress address = new PostalAddress("خیابان ولیعصر، پلاک ۱۲", "تهران", null, "۱۴۳۴۸۴۳", "IR");

    assertThat(address.street()).isEqualTo("خیابان ولیعصر، پلاک ۱۲");
    assertThat(address.postalCode()).as("postal codes are held in ASCII digits").isEqualTo("1434843");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void blankRegionAndPostalCodeAreAbsent(String blank) {
    PostalAddress address = new PostalAddress("Valiasr St. 12", "Tehran", blank, blank, "IR");

    assertThat(address.region()).isNull();
    assertThat(address.postalCode()).isNull();
  }

  @Test
  void isAPostalContactWhoseKeyIgnoresCaseAndAccents() {
    PostalAddress a = new PostalAddress("Rue de l'Église 5", "Genève", null, "1204", "CH");
    PostalAddress b = new PostalAddress("RUE DE L'EGLISE 5", "geneve", "", "1204", "ch");

    assertThat(a.kind()).isEqualTo(ContactKind.POSTAL);
    assertThat(a.canonical()).isEqualTo("rue de l'eglise 5|geneve||1204|CH");
    assertThat(a.key()).isEqualTo(b.key()).isEqualTo("postal:rue de l'eglise 5|geneve||1204|CH");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void toStringIsOneLine() {
    assertThat(new PostalAddress("Valiasr St. 12", "Tehran", "Tehran", "1434843", "IR"))
        .hasToString("Valiasr St. 12, 1434843 Tehran, Tehran, IR");
    assertThat(new PostalAddress("Valiasr St. 12", "Tehran", null, null, "IR"))
        .hasToString("Valiasr St. 12, Tehran, IR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "IRN", "", "I"})
  void rejectsUnknownCountry(String country) {
    assertInvalid(() -> new PostalAddress("Valiasr St. 12", "Tehran", null, null, country), "postal.country",
        "must be an ISO 3166-1 alpha-2 code");
  }

  @Test
  void rejectsNullCountry() {
    assertInvalid(() -> new PostalAddress("Valiasr St. 12", "Tehran", null, null, null), "postal.country",
        "must not be null");
  }

  @Test
  void rejectsBlankStreetAndLocality() {
    assertInvalid(() -> new PostalAddress(" ", "Tehran", null, null, "IR"), "postal.street", "must not be blank");
    assertInvalid(() -> new PostalAddress("Valiasr St. 12", "", null, null, "IR"), "postal.locality",
        "must not be blank");
  }

  @Test
  void rejectsOverlongParts() {
    assertInvalid(() -> new PostalAddress("s".repeat(201), "Tehran", null, null, "IR"), "postal.street",
        "must be at most 200 characters");
    assertInvalid(() -> new PostalAddress("Valiasr St. 12", "l".repeat(101), null, null, "IR"), "postal.locality",
        "must be at most 100 characters");
    assertInvalid(() -> new PostalAddress("Valiasr St. 12", "Tehran", "r".repeat(101), null, "IR"), "postal.region",
        "must be at most 100 characters");
    assertInvalid(() -> new PostalAddress("Valiasr St. 12", "Tehran", null, "1".repeat(21), "IR"),
        "postal.postalCode", "must be at most 20 characters");
  }

  @Test
  void rejectsControlCharacters() {
    assertInvalid(() -> new PostalAddress("Valiasr\nSt. 12", "Tehran", null, null, "IR"), "postal.street",
        "must not contain control characters");
  }
}
