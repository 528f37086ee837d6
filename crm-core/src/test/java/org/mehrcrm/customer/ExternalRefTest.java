package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.customer.Invalid.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalRefTest {

  @Test
  void parseSplitsSystemAndIdAtTheFirstColon() {
    ExternalRef ref = ExternalRef.parse("sap:0000104711");

    assertThat(ref.system()).isEqualTo("sap");
    assertThat(ref.id()).isEqualTo("0000104711");
    assertThat(ref).isEqualTo(ExternalRef.of("sap", "0000104711"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sap:0000104711", "erp:A:B", "crm_legacy:مشتری-۱۷", "shop:x"})
  void toStringReadsBackThroughParse(String text) {
    ExternalRef ref = ExternalRef.parse(text);

    assertThat(ref).hasToString(text);
    assertThat(ExternalRef.parse(ref.toString())).isEqualTo(ref);
  }

  @Test
  void parseRejectsTextWithoutAColon() {
    assertInvalid(() -> ExternalRef.parse("sap-0000104711"), "externalRef", "must read 'system:id'");
  }

  @Test
  void systemMustBeACode() {
    assertInvalid(() -> ExternalRef.parse("SAP:1"), "externalRef.system",
        "must be 1 to 40 lower-case letters, digits, '-' or '_', starting with a letter");
  }

  @Test
  void idMustBeAValidIdentifier() {
    assertInvalid(() -> ExternalRef.parse("sap:"), "externalRef.id", "must not be empty");
    assertInvalid(() -> ExternalRef.of("sap", "10 47"), "externalRef.id",
        "must not contain whitespace or control characters");
    assertInvalid(() -> ExternalRef.of("sap", "1".repeat(65)), "externalRef.id", "must be at most 64 characters");
  }
}
