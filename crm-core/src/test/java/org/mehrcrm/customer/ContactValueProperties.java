package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.mehrcrm.kernel.InvalidFieldException;

class ContactValueProperties {

  @Property
  void emailNormalisationIsIdempotent(@ForAll("typedEmails") String typed) {
    EmailAddress email;
    try {
      email = EmailAddress.of(typed);
    } catch (InvalidFieldException refused) {
      Statistics.label("email").collect("refused");
      return;
    }
    Statistics.label("email").collect("accepted");

    assertThat(EmailAddress.of(email.value())).isEqualTo(email);
    assertThat(email.value()).isEqualTo(email.value().strip().toLowerCase(Locale.ROOT));
    Statistics.label("email").coverage(checker -> checker.check("accepted").percentage(p -> p > 30));
  }

  @Property
  void contactValuesRefuseAnyTextOnlyWithInvalidField(@ForAll("anyText") String text) {
    for (Runnable parse : new Runnable[] {
        () -> EmailAddress.of(text), () -> PhoneNumber.of(text), () -> PhoneNumber.parse(text, "IR"),
        () -> SocialHandle.of("telegram", text), () -> Tag.of(text), () -> PersonName.of(text, ""),
        () -> new PostalAddress(text, text, text, text, text), () -> ExternalRef.parse(text)}) {
      Throwable thrown = catchThrowable(parse::run);
      assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(),
          t -> assertThat(t).isInstanceOf(InvalidFieldException.class));
    }
  }

  @Property
  void normalisedContactValuesReadBackUnchanged(@ForAll("anyText") String text) {
    assertReadsBack(() -> Tag.of(text), t -> Tag.of(t.value()));
    assertReadsBack(() -> SocialHandle.of("telegram", text), h -> SocialHandle.of(h.network(), h.handle()));
    assertReadsBack(() -> PersonName.of(text, text), n -> PersonName.of(n.given(), n.family()));
    assertReadsBack(() -> PhoneNumber.parse(text, "IR"), p -> PhoneNumber.of(p.value()));
    assertReadsBack(() -> new PostalAddress(text, text, text, text, "ir"),
        a -> new PostalAddress(a.street(), a.locality(), a.region(), a.postalCode(), a.country()));
  }

  @Property
  void attributeCanonicalFormIsIdempotent(@ForAll("attributeText") String text, @ForAll AttributeType type) {
    AttributeDefinition definition = type == AttributeType.CHOICE
        ? AttributeDefinition.choice("x", false, java.util.List.of("retail", "banking"))
        : AttributeDefinition.of("x", type, false);
    String canonical;
    try {
      canonical = definition.canonicalise(text);
    } catch (InvalidFieldException refused) {
      return;
    }
    assertThat(definition.canonicalise(canonical)).isEqualTo(canonical);
  }

  private static <T> void assertReadsBack(java.util.function.Supplier<T> make, java.util.function.UnaryOperator<T> readBack) {
    T value;
    try {
      value = make.get();
    } catch (InvalidFieldException refused) {
      return;
    }
    assertThat(readBack.apply(value)).isEqualTo(value);
  }

  @Provide
  Arbitrary<String> typedEmails() {
    Arbitrary<String> local = Arbitraries.strings()
        .withChars(CustomerDomain.LATIN + CustomerDomain.PERSIAN + CustomerDomain.CYRILLIC + "0123456789.+_-'")
        .ofMinLength(1).ofMaxLength(30);
    Arbitrary<String> label = Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyzABCDEFXYZ0123456789-ابپکیдомен").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> domain = label.list().ofMinSize(1).ofMaxSize(3).map(ls -> String.join(".", ls) + ".com");
    Arbitrary<String> space = Arbitraries.of("", " ", "  ", "\t", "\u2003");
    return Combinators.combine(space, local, domain, space).as((a, l, d, b) -> a + l + "@" + d + b);
  }

  @Provide
  Arbitrary<String> anyText() {
    return SearchNamesProperties.Texts.anyText();
  }

  @Provide
  Arbitrary<String> attributeText() {
    Arbitrary<String> numbers = Arbitraries.strings().withChars("0123456789۰۱۲۳۴۵۶۷۸۹.-+eE ").ofMaxLength(12);
    Arbitrary<String> words = Arbitraries.of("true", "FALSE", " True ", "retail", " banking", "2026-11-23",
        "2024-02-29", "1e499", "-0.000", "007");
    return Arbitraries.oneOf(numbers, words, SearchNamesProperties.Texts.anyText());
  }
}
