package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.customer.Invalid.assertInvalid;

import org.junit.jupiter.api.Test;

class TagTest {

  @Test
  void tagsAreTrimmedAndComparedWithoutRegardToCase() {
    assertThat(Tag.of(" VIP ")).isEqualTo(Tag.of("vip"));
    assertThat(Tag.of("VIP").value()).isEqualTo("vip");
    assertThat(Tag.of("VIP")).hasToString("vip");
  }

  @Test
  void tagsAreHeldInNfc() {
    assertThat(Tag.of("Cafe\u0301").value()).isEqualTo("caf\u00e9");
  }

  @Test
  void tagsInAnyScriptAreAccepted() {
    assertThat(Tag.of("مشتری ویژه").value()).isEqualTo("مشتری ویژه");
    assertThat(Tag.of("Оптовик").value()).isEqualTo("оптовик");
  }

  @Test
  void fiftyCharactersAreAcceptedAndFiftyOneRejected() {
    assertThat(Tag.of("t".repeat(50)).value()).hasSize(50);
    assertInvalid(() -> Tag.of("t".repeat(51)), "tag", "must be at most 50 characters");
  }

  @Test
  void lengthIsCheckedOnTheNormalisedLabel() {
    assertInvalid(() -> Tag.of("\u0130".repeat(30)), "tag", "must be at most 50 characters");
  }

  @Test
  void theStoredValueReadsBackToTheSameTag() {
    Tag tag = Tag.of("\u0130".repeat(25));

    assertThat(Tag.of(tag.value())).isEqualTo(tag);
  }

  @Test
  void lowerCasingBeforeNfcKeepsCombiningMarksInCanonicalOrder() {
    Tag tag = Tag.of("\u0130\u0316");

    assertThat(tag.value()).isEqualTo("i\u0316\u0307");
    assertThat(Tag.of(tag.value())).isEqualTo(tag);
  }

  @Test
  void blankAndControlCharactersAreRejected() {
    assertInvalid(() -> Tag.of("   "), "tag", "must not be blank");
    assertInvalid(() -> Tag.of("v\u0000ip"), "tag", "must not contain control characters");
    assertInvalid(() -> Tag.of(null), "tag", "must not be null");
  }

  @Test
  void tagsSortByValue() {
    assertThat(Tag.of("b2b")).isLessThan(Tag.of("vip"));
    assertThat(Tag.of("VIP").compareTo(Tag.of("vip"))).isZero();
  }
}
