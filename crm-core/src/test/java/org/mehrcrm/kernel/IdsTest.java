package org.mehrcrm.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"ERP-000417", "C-1", "x", "01JD3Q4X5M7N8P9R0S1T2V3W4X", "مشتری-۱۷", "sap:0000104711"})
  void acceptsOpaqueIdentifiersAndReturnsThemUnchanged(String id) {
    assertThat(Ids.requireValid(id, "customerId")).isSameAs(id);
  }

  @Test
  void acceptsSixtyFourCharacters() {
    String longest = "A".repeat(Ids.MAX_LENGTH);

    assertThat(Ids.requireValid(longest, "customerId")).isEqualTo(longest);
  }

  @Test
  void rejectsSixtyFiveCharacters() {
    assertThatThrownBy(() -> Ids.requireValid("A".repeat(65), "customerId"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("customerId: must be at most 64 characters");
  }

  @Test
  void rejectsNullNamingTheField() {
    assertThatThrownBy(() -> Ids.requireValid(null, "owner"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("owner: must not be null")
        .extracting("field", "rule")
        .containsExactly("owner", "must not be null");
  }

  @Test
  void rejectsEmpty() {
    assertThatThrownBy(() -> Ids.requireValid("", "customerId"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("customerId: must not be empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ERP 1", " C-1", "C-1\t", "C\n1", "C\u00A01", "C\u20031", "C\u0007", "C\u0000"})
  void rejectsWhitespaceAndControlCharacters(String id) {
    assertThatThrownBy(() -> Ids.requireValid(id, "customerId"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("customerId: must not contain whitespace or control characters");
  }

  @Test
  void rejectsNullFieldNameAsAProgrammingError() {
    assertThatThrownBy(() -> Ids.requireValid("C-1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("field");
  }
}
