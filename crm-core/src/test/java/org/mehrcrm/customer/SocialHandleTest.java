package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.customer.Invalid.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SocialHandleTest {
  private static final String CODE_RULE =
      "must be 1 to 40 lower-case letters, digits, '-' or '_', starting with a letter";

  @Test
  void leadingAtIsDroppedAndTheHandleLowerCased() {
    SocialHandle handle = SocialHandle.of("telegram", " @AliRezaei ");

    assertThat(handle.network()).isEqualTo("telegram");
    assertThat(handle.handle()).isEqualTo("alirezaei");
  }

  @Test
  void isASocialContactWhoseKeyIsNetworkAndHandle() {
    SocialHandle handle = SocialHandle.of("linkedin", "ali-rezaei");

    assertThat(handle.kind()).isEqualTo(ContactKind.SOCIAL);
    assertThat(handle.canonical()).isEqualTo("linkedin:ali-rezaei");
    assertThat(handle.key()).isEqualTo("social:linkedin:ali-rezaei");
    assertThat(handle).hasToString("linkedin:ali-rezaei");
  }

  @Test
  void aHundredCharactersAreAcceptedWithOrWithoutAt() {
    assertThat(SocialHandle.of("x", "h".repeat(100)).handle()).hasSize(100);
    assertThat(SocialHandle.of("x", "@" + "h".repeat(100)).handle()).hasSize(100);
  }

  @ParameterizedTest
  @ValueSource(ints = {101, 102, 500})
  void longerHandlesAreRejectedByTheOneToHundredRule(int length) {
    assertInvalid(() -> SocialHandle.of("x", "h".repeat(length)), "social.handle", "must be 1 to 100 characters");
  }

  @Test
  void handleThatGrowsWhenLowerCasedIsCheckedAfterLowerCasing() {
    assertInvalid(() -> SocialHandle.of("x", "\u0130".repeat(60)), "social.handle", "must be 1 to 100 characters");
  }

  @Test
  void theStoredHandleReadsBackToTheSameHandle() {
    SocialHandle handle = SocialHandle.of("instagram", "@\u0130STANBUL_cafe");

    assertThat(SocialHandle.of(handle.network(), handle.handle())).isEqualTo(handle);
  }

  @Test
  void atAloneIsRejected() {
    assertInvalid(() -> SocialHandle.of("telegram", "@"), "social.handle", "must be 1 to 100 characters");
  }

  @Test
  void whiteSpaceInsideIsRejected() {
    assertInvalid(() -> SocialHandle.of("telegram", "ali rezaei"), "social.handle", "must not contain white space");
  }

  @Test
  void blankHandleIsRejected() {
    assertInvalid(() -> SocialHandle.of("telegram", "  "), "social.handle", "must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Telegram", "1tg", "", "tele gram"})
  void networkMustBeACode(String network) {
    assertInvalid(() -> SocialHandle.of(network, "ali"), "social.network", CODE_RULE);
  }
}
