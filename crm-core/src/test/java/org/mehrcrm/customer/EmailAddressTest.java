package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mehrcrm.kernel.InvalidFieldException;

class EmailAddressTest {

  @Test
  void isTrimmedAndLowerCased() {
    assertThat(EmailAddress.of(" Ali.Rezaei@Example.COM ").value()).isEqualTo("ali.rezaei@example.com");
  }

  @Test
  void lowerCasingDoesNotDependOnTheDefaultLocale() {
    assertThat(EmailAddress.of("INFO@ISTANBUL.COM").value()).isEqualTo("info@istanbul.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@b.co", "ali+crm@example.com", "o'brien@example.ie", "first.last@sub.example.co.uk",
      "x_y-z@my-host.example", "علی@مثال.ایران", "алёша@пример.рф", "user@xn--mgbh0fb.xn--mgba3a4f16a",
      "a!#$%&'*+/=?^_`{|}~-@example.com"})
  void acceptsCommonAndInternationalAddresses(String address) {
    assertThat(EmailAddress.of(address).value()).isEqualTo(address);
  }

  @Test
  void isAnEmailContactWhoseKeyIsTheAddress() {
    EmailAddress email = EmailAddress.of("Ali@Example.com");

    assertThat(email.kind()).isEqualTo(ContactKind.EMAIL);
    assertThat(email.canonical()).isEqualTo("ali@example.com");
    assertThat(email.key()).isEqualTo("email:ali@example.com");
    assertThat(email).hasToString("ali@example.com");
  }

  @Test
  void rejectsNull() {
    assertInvalid(null, "must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ali.example.com", "", "   "})
  void rejectsEmailWithoutAt(String address) {
    assertInvalid(address, "must contain '@'");
  }

  @Test
  void rejectsEmailWithTwoAts() {
    assertInvalid("ali@rezaei@example.com", "must contain exactly one '@'");
  }

  @Test
  void rejectsEmailLongerThan254Characters() {
    String address = "a".repeat(64) + "@" + ("b".repeat(60) + ".").repeat(3) + "c".repeat(7);
    assertThat(address).hasSize(255);

    assertInvalid(address, "must be at most 254 characters");
  }

  @Test
  void accepts254Characters() {
    String address = "a".repeat(64) + "@" + ("b".repeat(60) + ".").repeat(3) + "c".repeat(6);

    assertThat(EmailAddress.of(address).value()).hasSize(254);
  }

  @Test
  void rejectsEmptyLocalPart() {
    assertInvalid("@example.com", "must have a local part of 1 to 64 characters");
  }

  @Test
  void rejectsLocalPartLongerThan64Characters() {
    assertInvalid("a".repeat(65) + "@example.com", "must have a local part of 1 to 64 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {".ali@example.com", "ali.@example.com", "ali..rezaei@example.com"})
  void rejectsMisplacedDotsInTheLocalPart(String address) {
    assertInvalid(address, "must not have a dot at the start or end of the local part, or two in a row");
  }

  @Test
  void rejectsSpaceInTheLocalPart() {
    assertInvalid("ali rezaei@example.com", "must not contain ' ' in the local part");
  }

  @Test
  void rejectsQuotedLocalPart() {
    assertInvalid("\"ali\"@example.com", "must not contain '\"' in the local part");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ali@localhost", "ali@"})
  void rejectsDomainWithoutADot(String address) {
    assertInvalid(address, "must have a domain with a dot");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ali@example..com", "ali@.example.com", "ali@example.com."})
  void rejectsEmptyDomainLabels(String address) {
    assertInvalid(address, "must have domain labels of 1 to 63 characters");
  }

  @Test
  void rejectsDomainLabelLongerThan63Characters() {
    assertInvalid("ali@" + "b".repeat(64) + ".com", "must have domain labels of 1 to 63 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ali@-example.com", "ali@example-.com", "ali@example.-com"})
  void rejectsDomainLabelsStartingOrEndingWithHyphen(String address) {
    assertInvalid(address, "must not have a domain label starting or ending with '-'");
  }

  @Test
  void rejectsUnderscoreInTheDomain() {
    assertInvalid("ali@my_host.example.com", "must not contain '_' in the domain");
  }

  @Test
  void rejectsIpLiteralDomain() {
    assertInvalid("ali@[192.168.0.1]", "must not contain '[' in the domain");
  }

  @Test
  void rejectsNumericTopLevelDomain() {
    assertInvalid("ali@192.168.0.1", "must have a top-level domain that is not a number");
  }

  private static void assertInvalid(String address, String rule) {
    assertThatThrownBy(() -> EmailAddress.of(address))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("email: " + rule)
        .extracting("field", "rule")
        .containsExactly("email", rule);
  }
}
