package org.mehrcrm.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.testing.Invalid.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;

class InteractionValuesTest {
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void valuesAreEqualByContent() {
    new EqualsTester()
        .addEqualityGroup(InteractionId.of("I-1"), new InteractionId("I-1"))
        .addEqualityGroup(InteractionId.of("I-2"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Outcome.REACHED, Outcome.of("reached"))
        .addEqualityGroup(Outcome.NO_ANSWER)
        .testEquals();
    assertThat(Outcome.CALLBACK_REQUESTED).hasToString("callback-requested");
  }

  @Test
  void frequencyAddsUpAndValidates() {
    ContactFrequency f = new ContactFrequency(CustomerId.of("C-1"), AT, AT.plusSeconds(1), 2, 3);

    assertThat(f.total()).isEqualTo(5);
    assertInvalid(() -> new ContactFrequency(CustomerId.of("C-1"), AT, AT.minusSeconds(1), 0, 0),
        "to", "must not be before from");
    assertInvalid(() -> new ContactFrequency(CustomerId.of("C-1"), AT, AT, -1, 0), "count", "must not be negative");
  }

  @Test
  void exceptionsCarryTheirFields() {
    ConsentMissingException e = new ConsentMissingException(CustomerId.of("C-1"), Channel.of("bale"), Purpose.DONATION);

    assertThat(e.channel()).isEqualTo(Channel.of("bale"));
    assertThat(new DuplicateInteractionException(InteractionId.of("I-1")).id()).isEqualTo(InteractionId.of("I-1"));
  }

  @Test
  void constructorsRejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(CustomerId.class, CustomerId.of("C-1"))
        .setDefault(Instant.class, AT).setDefault(Channel.class, Channel.SMS).setDefault(Purpose.class, Purpose.SALES)
        .setDefault(ZoneId.class, ZoneId.of("UTC"))
        .setDefault(QuietHours.class, QuietHours.of(LocalTime.of(22, 0), LocalTime.of(7, 0)));
    tester.testAllPublicConstructors(ConsentMissingException.class);
    tester.testAllPublicStaticMethods(QuietHours.class);
    tester.testAllPublicStaticMethods(ContactRules.class);
    tester.testAllPublicInstanceMethods(QuietHours.of(LocalTime.of(22, 0), LocalTime.of(7, 0)));
  }
}
