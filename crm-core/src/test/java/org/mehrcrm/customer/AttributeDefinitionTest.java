package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.customer.Invalid.assertInvalid;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributeDefinitionTest {
  private static final AttributeDefinition NOTE = AttributeDefinition.of("note", AttributeType.TEXT, false);
  private static final AttributeDefinition EMPLOYEES = AttributeDefinition.of("employees", AttributeType.INTEGER, false);
  private static final AttributeDefinition CREDIT_LIMIT =
      AttributeDefinition.of("credit-limit", AttributeType.DECIMAL, false);
  private static final AttributeDefinition NEWSLETTER = AttributeDefinition.of("newsletter", AttributeType.BOOLEAN, false);
  private static final AttributeDefinition FOUNDED = AttributeDefinition.of("founded", AttributeType.DATE, false);
  private static final AttributeDefinition INDUSTRY =
      AttributeDefinition.choice("industry", true, List.of("retail", "banking"));

  @Test
  void textIsTrimmed() {
    assertThat(NOTE.canonicalise("  prefers mornings ")).isEqualTo("prefers mornings");
    assertThat(NOTE.canonicalise("t".repeat(500))).hasSize(500);
  }

  @Test
  void textMustNotBeBlankOrOverlong() {
    assertInvalid(() -> NOTE.canonicalise("  "), "attributes.note", "must not be blank");
    assertInvalid(() -> NOTE.canonicalise("t".repeat(501)), "attributes.note", "must be at most 500 characters");
  }

  @ParameterizedTest
  @CsvSource({"42, 42", "' 42 ', 42", "+7, 7", "-0, 0", "007, 7", "۴۲, 42", "٤٢, 42",
      "-9223372036854775808, -9223372036854775808"})
  void integerCanonicalFormIsThePlainNumber(String typed, String canonical) {
    assertThat(EMPLOYEES.canonicalise(typed)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4.2", "forty-two", "", "9223372036854775808", "1e3"})
  void integerRejectsEverythingButAWholeNumber(String typed) {
    assertInvalid(() -> EMPLOYEES.canonicalise(typed), "attributes.employees", "must be an integer");
  }

  @ParameterizedTest
  @CsvSource({"12.50, 12.5", "1500.00, 1500", "1e3, 1000", "0.00, 0", "-1.10, -1.1", "۱۲.۵۰, 12.5", "0.001, 0.001",
      "' 3 ', 3"})
  void decimalCanonicalFormHasNoTrailingZerosOrExponent(String typed, String canonical) {
    assertThat(CREDIT_LIMIT.canonicalise(typed)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12,5", "NaN", "", "one"})
  void decimalRejectsWhatIsNotADecimalNumber(String typed) {
    assertInvalid(() -> CREDIT_LIMIT.canonicalise(typed), "attributes.credit-limit", "must be a decimal");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999", "1E+2147483647"})
  void decimalRejectsMagnitudesWhoseCanonicalFormWouldBeHuge(String typed) {
    assertInvalid(() -> CREDIT_LIMIT.canonicalise(typed), "attributes.credit-limit",
        "must be a decimal of at most 500 digits");
  }

  @Test
  void decimalOfFiveHundredDigitsIsAccepted() {
    assertThat(CREDIT_LIMIT.canonicalise("1e499")).hasSize(500);
  }

  @ParameterizedTest
  @CsvSource({"true, true", "TRUE, true", "' False ', false"})
  void booleanCanonicalFormIsLowerCase(String typed, String canonical) {
    assertThat(NEWSLETTER.canonicalise(typed)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "1", "", "truee"})
  void booleanRejectsAnythingButTrueOrFalse(String typed) {
    assertInvalid(() -> NEWSLETTER.canonicalise(typed), "attributes.newsletter", "must be true or false");
  }

  @Test
  void dateCanonicalFormIsIso8601() {
    assertThat(FOUNDED.canonicalise(" 2026-11-23 ")).isEqualTo("2026-11-23");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "23.11.2026", "2026-11-23T10:00", ""})
  void dateRejectsWhatIsNotACalendarDate(String typed) {
    assertInvalid(() -> FOUNDED.canonicalise(typed), "attributes.founded", "must be a date");
  }

  @Test
  void choiceAcceptsOnlyAllowedValuesExactly() {
    assertThat(INDUSTRY.canonicalise(" retail ")).isEqualTo("retail");
    assertInvalid(() -> INDUSTRY.canonicalise("Retail"), "attributes.industry", "must be one of [retail, banking]");
  }

  @Test
  void nullValueIsRejectedForEveryType() {
    for (AttributeDefinition d : List.of(NOTE, EMPLOYEES, CREDIT_LIMIT, NEWSLETTER, FOUNDED, INDUSTRY)) {
      assertInvalid(() -> d.canonicalise(null), "attributes." + d.name(), "must not be null");
    }
  }

  @Test
  void choiceNeedsAllowedValues() {
    assertInvalid(() -> AttributeDefinition.choice("industry", false, List.of()), "attribute.allowedValues",
        "must not be empty for a choice");
  }

  @Test
  void otherTypesMustNotHaveAllowedValues() {
    assertInvalid(() -> new AttributeDefinition("note", AttributeType.TEXT, false, List.of("a")),
        "attribute.allowedValues", "must be empty unless the type is CHOICE");
  }

  @Test
  void choiceValuesMustBeDistinctTrimmedAndNonBlank() {
    assertInvalid(() -> AttributeDefinition.choice("industry", false, List.of("retail", "retail")),
        "attribute.allowedValues", "must not repeat a value");
    assertInvalid(() -> AttributeDefinition.choice("industry", false, List.of(" retail")),
        "attribute.allowedValues", "must hold non-blank values without surrounding white space");
    assertInvalid(() -> AttributeDefinition.choice("industry", false, List.of(" ")),
        "attribute.allowedValues", "must hold non-blank values without surrounding white space");
  }

  @Test
  void schemaNamesTheFirstBadAttributeInNameOrder() {
    AttributeSchema schema = AttributeSchema.of(CREDIT_LIMIT, INDUSTRY);

    assertInvalid(() -> schema.validate(Map.of("industry", "mining", "credit-limit", "lots")),
        "attributes.credit-limit", "must be a decimal");
  }

  @Test
  void nameMustBeACode() {
    assertInvalid(() -> AttributeDefinition.of("Credit Limit", AttributeType.DECIMAL, false), "attribute.name",
        "must be 1 to 40 lower-case letters, digits, '-' or '_', starting with a letter");
  }

  @Test
  void schemaRejectsTwoDefinitionsWithOneName() {
    assertInvalid(() -> AttributeSchema.of(NOTE, AttributeDefinition.of("note", AttributeType.INTEGER, false)),
        "attribute.name", "must be unique (note)");
  }

  @Test
  void schemaFindsDefinitionsByName() {
    AttributeSchema schema = AttributeSchema.of(NOTE, INDUSTRY);

    assertThat(schema.definition("industry")).contains(INDUSTRY);
    assertThat(schema.definition("colour")).isEmpty();
    assertThat(schema.definitions()).containsExactlyInAnyOrder(NOTE, INDUSTRY);
    assertThat(AttributeSchema.copyOf(List.of(NOTE, INDUSTRY)).definitions()).containsExactlyInAnyOrder(NOTE, INDUSTRY);
  }

  @Test
  void schemaValidatesAndCanonicalisesAFullSetOfValues() {
    AttributeSchema schema = AttributeSchema.of(CREDIT_LIMIT, INDUSTRY);

    assertThat(schema.validate(Map.of("credit-limit", "1500.00", "industry", "banking")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("credit-limit", "1500", "industry", "banking"));
  }

  @Test
  void schemaRequiresRequiredAttributes() {
    AttributeSchema schema = AttributeSchema.of(CREDIT_LIMIT, INDUSTRY);

    assertInvalid(() -> schema.validate(Map.of("credit-limit", "1")), "attributes.industry", "is required");
  }

  @Test
  void schemaRefusesUndeclaredAttributes() {
    assertInvalid(() -> AttributeSchema.empty().validate(Map.of("colour", "red")), "attributes.colour",
        "must be declared in the attribute schema");
  }

  @Test
  void emptySchemaAcceptsNoValues() {
    assertThat(AttributeSchema.empty().validate(Map.of())).isEmpty();
    assertThat(AttributeSchema.empty().definitions()).isEmpty();
  }
}
