package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.customer.Invalid.assertInvalid;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mehrcrm.kernel.Money;

class ConsentTest {
  private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

  @Test
  void grantedConsentRecordsChannelPurposeWhenAndWhere() {
    Consent consent = Consent.granted(Channel.EMAIL, Purpose.MARKETING, AT, " web-signup-form ");

    assertThat(consent).isEqualTo(new Consent(Channel.EMAIL, Purpose.MARKETING, ConsentStatus.GRANTED, AT,
        "web-signup-form"));
  }

  @Test
  void consentCoversExactlyItsChannelAndPurpose() {
    Consent consent = Consent.granted(Channel.EMAIL, Purpose.MARKETING, AT, "form");

    assertThat(consent.covers(Channel.EMAIL, Purpose.MARKETING)).isTrue();
    assertThat(consent.covers(Channel.SMS, Purpose.MARKETING)).isFalse();
    assertThat(consent.covers(Channel.EMAIL, Purpose.SURVEY)).isFalse();
  }

  @Test
  void sourceIsRequiredAndAtMostTwoHundredCharacters() {
    assertInvalid(() -> Consent.granted(Channel.EMAIL, Purpose.MARKETING, AT, " "), "consent.source",
        "must not be blank");
    assertInvalid(() -> Consent.granted(Channel.EMAIL, Purpose.MARKETING, AT, "s".repeat(201)), "consent.source",
        "must be at most 200 characters");
  }

  @Test
  void acquisitionCostMustNotBeNegative() {
    assertThat(new Acquisition("walk-in", null).cost()).isNull();
    assertThat(new Acquisition("walk-in", Money.of("0", "EUR")).cost()).isEqualTo(Money.of("0", "EUR"));
    assertInvalid(() -> new Acquisition("walk-in", Money.of("-1", "EUR")), "acquisition.cost",
        "must not be negative");
    assertInvalid(() -> new Acquisition(" ", null), "acquisition.source", "must not be blank");
  }
}
