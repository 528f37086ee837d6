package org.mehrcrm.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mehrcrm.kernel.InvalidFieldException;

class PermissionTest {

  @Test
  void parseSplitsFeatureAndAction() {
    Permission permission = Permission.parse("customer:register");

    assertThat(permission.feature()).isEqualTo("customer");
    assertThat(permission.action()).isEqualTo("register");
    assertThat(permission).isEqualTo(Permission.of("customer", "register"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"customer:register", "customer:move-stage", "*:*", "customer:*", "*:read", "loyalty2:post"})
  void toStringReadsBackThroughParse(String text) {
    assertThat(Permission.parse(text)).hasToString(text);
  }

  @Test
  void parseRejectsTextWithoutAColon() {
    assertThatThrownBy(() -> Permission.parse("customer"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("permission: must read 'feature:action'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Customer:read", ":read", "1customer:read", "cust omer:read", "**:read", "kunde\u00e9:read"})
  void featureMustBeALowerCaseWordOrStar(String text) {
    assertThatThrownBy(() -> Permission.parse(text))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("permission.feature: must be a lower-case word or '*'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"customer:", "customer:Read", "customer:read:all", "customer:read*", "customer:-read"})
  void actionMustBeALowerCaseWordOrStar(String text) {
    assertThatThrownBy(() -> Permission.parse(text))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("permission.action: must be a lower-case word or '*'");
  }

  @Test
  void wordsAreAtMostFortyCharacters() {
    String forty = "a".repeat(40);

    assertThat(Permission.of(forty, "read").feature()).isEqualTo(forty);
    assertThatThrownBy(() -> Permission.of(forty + "a", "read"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("permission.feature: must be a lower-case word or '*'");
  }

  @ParameterizedTest(name = "{0} covers {1}: {2}")
  @CsvSource({
      "customer:read,   customer:read,   true",
      "customer:read,   customer:update, false",
      "customer:read,   complaint:read,  false",
      "customer:*,      customer:read,   true",
      "customer:*,      customer:move-stage, true",
      "customer:*,      complaint:read,  false",
      "*:read,          complaint:read,  true",
      "*:read,          complaint:update, false",
      "*:*,             loyalty:post,    true",
      "customer:read,   customer:*,      false",
      "customer:*,      *:*,             false",
      "*:*,             *:*,             true"})
  void coversFollowsWildcards(String held, String requested, boolean covers) {
    assertThat(Permission.parse(held).covers(Permission.parse(requested))).isEqualTo(covers);
  }
}
