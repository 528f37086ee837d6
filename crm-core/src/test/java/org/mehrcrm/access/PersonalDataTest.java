package org.mehrcrm.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ali.rezaei@example.com  | a***@e***.com",
      "Ali.Rezaei@Example.COM  | A***@E***.COM",
      "ali@mail.example.co.uk  | a***@m***.uk",
      "ali@localhost           | a***@l***",
      "علی@مثال.ایران          | ع***@م***.ایران",
      "алёша@пример.рф         | а***@п***.рф"})
  void maskEmailKeepsFirstLettersAndTopLevelDomain(String email, String masked) {
    assertThat(PersonalData.maskEmail(email)).isEqualTo(masked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-an-email", "@example.com", "ali@", ""})
  void maskEmailHidesEverythingWhenItIsNotShapedLikeAnAddress(String text) {
    assertThat(PersonalData.maskEmail(text)).isEqualTo("***");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "+989121234567     | +98*******567",
      "+98 912 123 4567  | +98*******567",
      "09121234567       | ********567",
      "+16502530000      | +16******000",
      "+4930901820       | +49*****820"})
  void maskPhoneKeepsCountryPrefixAndLastThreeDigits(String phone, String masked) {
    assertThat(PersonalData.maskPhone(phone)).isEqualTo(masked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "+1 23", "", "no digits"})
  void maskPhoneHidesEverythingOfShortNumbers(String phone) {
    assertThat(PersonalData.maskPhone(phone)).isEqualTo("***");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ali Rezaei          | A*** R***",
      "علی رضایی           | ع*** ر***",
      "Алексей Смирнов     | А*** С***",
      "  Jean   Dupont     | J*** D***",
      "Mohammad-Ali        | M***",
      "\uD835\uDC9Clice Liddell | \uD835\uDC9C*** L***"})
  void maskNameKeepsTheFirstLetterOfEachWord(String name, String masked) {
    assertThat(PersonalData.maskName(name)).isEqualTo(masked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void maskNameOfNothingIsStars(String blank) {
    assertThat(PersonalData.maskName(blank)).isEqualTo("***");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ali Rezaei", "علی رضایی", "Алексей Смирнов", "Zoë Ångström", "محمدعلی نوری‌زاده"})
  void maskedNameContainsNeitherTheNameNorAnyOfItsWords(String name) {
    String masked = PersonalData.maskName(name);

    assertThat(masked).doesNotContain(name);
    for (String word : name.split("\\s+")) {
      assertThat(masked).doesNotContain(word);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ali.rezaei@example.com", "علی.رضایی@مثال.ایران", "алексей@пример.рф"})
  void maskedEmailContainsNeitherTheAddressNorItsLocalPartOrDomainName(String email) {
    String masked = PersonalData.maskEmail(email);
    String local = email.substring(0, email.indexOf('@'));
    String domainName = email.substring(email.indexOf('@') + 1, email.lastIndexOf('.'));

    assertThat(masked).doesNotContain(email).doesNotContain(local).doesNotContain(domainName);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+989121234567", "+16502530000", "09121234567", "+44 20 7946 0958"})
  void maskedPhoneDoesNotContainTheSubscriberNumber(String phone) {
    String masked = PersonalData.maskPhone(phone);
    String digits = phone.replaceAll("[^0-9]", "");

    assertThat(masked).doesNotContain(phone).doesNotContain(digits.substring(2, digits.length() - 3));
  }
}
