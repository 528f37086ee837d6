package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mehrcrm.kernel.InvalidFieldException;

class PhoneNumberTest {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /** Every number the tests expect to be valid, with the region it is read in ("ZZ": international). */
  @ParameterizedTest
  @CsvSource({
      "+98 912 123 4567, ZZ", "0912 123 4567, IR", "021 8888 1234, IR", "+98 21 8888 1234, ZZ",
      "+1 650-253-0000, ZZ", "(650) 253-0000, US", "+49 30 901820, ZZ", "030 901820, DE",
      "+7 912 345-67-89, ZZ", "+44 20 7946 0958, ZZ", "+44 7911 123456, ZZ"})
  void exampleNumbersAreValidPerLibphonenumber(String number, String region) throws NumberParseException {
    assertThat(UTIL.isValidNumber(UTIL.parse(number, region))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"+98 912 12, ZZ", "+1 555 0100, ZZ"})
  void exampleInvalidNumbersAreInvalidPerLibphonenumber(String number, String region) throws NumberParseException {
    assertThat(UTIL.isValidNumber(UTIL.parse(number, region))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
      "+98 912 123 4567,  +989121234567",
      "+989121234567,     +989121234567",
      "+1 650-253-0000,   +16502530000",
      "+49 30 901820,     +4930901820",
      "+7 912 345-67-89,  +79123456789",
      "+44 20 7946 0958,  +442079460958"})
  void internationalNumbersAreHeldInE164(String typed, String e164) {
    PhoneNumber phone = PhoneNumber.of(typed);

    assertThat(phone.value()).isEqualTo(e164);
    assertThat(phone).hasToString(e164);
  }

  @ParameterizedTest
  @CsvSource({
      "0912 123 4567,   IR, +989121234567",
      "09121234567,     ir, +989121234567",
      "021 8888 1234,   IR, +982188881234",
      "(650) 253-0000,  US, +16502530000",
      "030 901820,      DE, +4930901820",
      "+98 912 123 4567, DE, +989121234567"})
  void nationalNumbersAreReadInTheGivenRegion(String typed, String region, String e164) {
    assertThat(PhoneNumber.parse(typed, region).value()).isEqualTo(e164);
  }

  @Test
  void persianDigitsAreReadWithRegionIran() {
    assertThat(PhoneNumber.parse("۰۹۱۲۱۲۳۴۵۶۷", "IR").value()).isEqualTo("+989121234567");
  }

  @Test
  void arabicIndicDigitsAreRead() {
    assertThat(PhoneNumber.parse("٠٩١٢١٢٣٤٥٦٧", "IR").value()).isEqualTo("+989121234567");
    assertThat(PhoneNumber.of("+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷").value()).isEqualTo("+989121234567");
  }

  @Test
  void isAPhoneContactWhoseKeyIsTheE164Form() {
    PhoneNumber phone = PhoneNumber.of("+98 912 123 4567");

    assertThat(phone.kind()).isEqualTo(ContactKind.PHONE);
    assertThat(phone.canonical()).isEqualTo("+989121234567");
    assertThat(phone.key()).isEqualTo("phone:+989121234567");
  }

  @Test
  void theE164FormReadsBackToTheSameNumber() {
    PhoneNumber phone = PhoneNumber.parse("0912 123 4567", "IR");

    assertThat(PhoneNumber.of(phone.value())).isEqualTo(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+98 912 12", "+1 555 0100", "+98 000 000 0000"})
  void rejectsNumbersThatAreNotValidForTheirCountry(String typed) {
    assertInvalid(() -> PhoneNumber.of(typed), "phone", "must be a valid number for its country");
  }

  @Test
  void rejectsNationalNumberWithoutARegion() {
    assertInvalid(() -> PhoneNumber.of("0912 123 4567"), "phone",
        "must start with '+' and a country code, or be parsed with a region");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+abc", "+"})
  void rejectsTextThatIsNotATelephoneNumber(String typed) {
    assertInvalid(() -> PhoneNumber.of(typed), "phone", "must be a telephone number");
  }

  @Test
  void rejectsNationalNumberInAnUnknownRegion() {
    assertInvalid(() -> PhoneNumber.parse("0912 123 4567", "XX"), "phone", "must be a telephone number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void rejectsBlank(String typed) {
    assertInvalid(() -> PhoneNumber.of(typed), "phone", "must not be blank");
  }

  @Test
  void rejectsNull() {
    assertInvalid(() -> PhoneNumber.of(null), "phone", "must not be null");
    assertInvalid(() -> PhoneNumber.parse(null, "IR"), "phone", "must not be null");
  }

  @Test
  void rejectsNullRegion() {
    assertInvalid(() -> PhoneNumber.parse("0912 123 4567", null), "phone.region", "must not be null");
  }

  private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
      String rule) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage(field + ": " + rule)
        .extracting("field", "rule")
        .containsExactly(field, rule);
  }
}
