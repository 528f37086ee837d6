package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.customer.Invalid.assertInvalid;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodesTest {
  private static final String RULE = "must be 1 to 40 lower-case letters, digits, '-' or '_', starting with a letter";

  static Stream<Arguments> codeTypes() {
    return Stream.of(
        Arguments.of("channel", (Function<String, Object>) Channel::of),
        Arguments.of("purpose", (Function<String, Object>) Purpose::of),
        Arguments.of("churnReason", (Function<String, Object>) ChurnReason::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeTypes")
  void hostsMayDeclareTheirOwnCodes(String field, Function<String, Object> of) {
    assertThat(of.apply("bale")).hasToString("bale");
    assertThat(of.apply("branch-closed_2")).hasToString("branch-closed_2");
    assertThat(of.apply("a".repeat(40))).hasToString("a".repeat(40));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeTypes")
  void codesMustBeLowerCaseWordsStartingWithALetter(String field, Function<String, Object> of) {
    for (String bad : new String[] {"Email", "1st", "", "-x", "e mail", "a".repeat(41), "ایمیل"}) {
      assertInvalid(() -> of.apply(bad), field, RULE);
    }
    assertInvalid(() -> of.apply(null), field, "must not be null");
  }

  @Test
  void shippedChannelsHaveTheirCodes() {
    assertThat(Stream.of(Channel.EMAIL, Channel.PHONE, Channel.SMS, Channel.CHAT, Channel.MESSENGER, Channel.POST,
        Channel.VISIT, Channel.SOCIAL).map(Channel::code))
        .containsExactly("email", "phone", "sms", "chat", "messenger", "post", "visit", "social");
    assertThat(Channel.of("email")).isEqualTo(Channel.EMAIL);
  }

  @Test
  void shippedPurposesHaveTheirCodes() {
    assertThat(Stream.of(Purpose.MARKETING, Purpose.SALES, Purpose.SERVICE, Purpose.SURVEY, Purpose.COLLECTION,
        Purpose.DONATION).map(Purpose::code))
        .containsExactly("marketing", "sales", "service", "survey", "collection", "donation");
    assertThat(Purpose.of("marketing")).isEqualTo(Purpose.MARKETING);
  }

  @Test
  void shippedChurnReasonsHaveTheirCodes() {
    assertThat(Stream.of(ChurnReason.PRICE, ChurnReason.SERVICE, ChurnReason.NEGLECT, ChurnReason.MOVED,
        ChurnReason.COMPETITOR, ChurnReason.PRODUCT, ChurnReason.COMPLAINT, ChurnReason.NO_NEED, ChurnReason.DECEASED,
        ChurnReason.UNKNOWN).map(ChurnReason::code))
        .containsExactly("price", "service", "neglect", "moved", "competitor", "product", "complaint", "no-need",
            "deceased", "unknown");
    assertThat(ChurnReason.of("no-need")).isEqualTo(ChurnReason.NO_NEED);
  }
}
