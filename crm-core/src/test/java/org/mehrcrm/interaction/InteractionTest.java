package org.mehrcrm.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.testing.Invalid.assertInvalid;

import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.ExternalRef;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.purchase.OrderReference;

class InteractionTest {
  static final CustomerId ALI = CustomerId.of("C-1");
  static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  static Interaction.Builder call(String id) {
    return Interaction.builder(InteractionId.of(id), ALI, Channel.PHONE, Direction.OUTBOUND, Purpose.SALES, AT)
        .agent("agent-7");
  }

  @Test
  void buildsWithDefaultsAndLinks() {
    Interaction i = call("I-1").subject("  Renewal  ").complaint("CMP-1").purchase(OrderReference.of("SO-1"))
        .document(ExternalRef.of("sap", "Q-9")).build();

    assertThat(i.subject()).isEqualTo("Renewal");
    assertThat(i.summary()).isEmpty();
    assertThat(i.duration()).isEqualTo(Duration.ZERO);
    assertThat(i.outcome()).isEqualTo(Outcome.NONE);
    assertThat(i.complaint()).contains("CMP-1");
    assertThat(i.purchaseRef()).contains(OrderReference.of("SO-1"));
    assertThat(i.documentRef()).contains(ExternalRef.of("sap", "Q-9"));
    assertThat(i.correctionOf()).isEmpty();
    assertThat(i.isOutbound()).isTrue();
  }

  @Test
  void acceptsCustomChannelsAndOutcomes() {
    Interaction i = call("I-1").channel(Channel.of("bale")).outcome(Outcome.of("quote-sent")).build();

    assertThat(i.channel().code()).isEqualTo("bale");
    assertThat(i.outcome().code()).isEqualTo("quote-sent");
    assertThat(Channel.MEETING.code()).isEqualTo("meeting");
    assertThat(Channel.WEB.code()).isEqualTo("web");
    assertThat(Channel.LETTER).isEqualTo(Channel.POST);
  }

  @Test
  void requiresAnAgent() {
    assertInvalid(() -> Interaction.builder(InteractionId.of("I-1"), ALI, Channel.PHONE, Direction.INBOUND,
        Purpose.SERVICE, AT).build(), "agent", "must be set");
  }

  @Test
  void rejectsNegativeDurationAndOverlongText() {
    assertInvalid(() -> call("I-1").duration(Duration.ofSeconds(-1)).build(), "duration", "must not be negative");
    assertInvalid(() -> call("I-1").subject("x".repeat(201)).build(), "subject", "must be at most 200 characters");
    assertInvalid(() -> call("I-1").summary("a\u0000b").build(), "summary", "must not contain control characters");
    assertInvalid(() -> Outcome.of("Bad Code"), "outcome",
        "must be 1 to 40 lower-case letters, digits, '-' or '_', starting with a letter");
  }

  @Test
  void aCorrectionKeepsTheContentAndNamesTheOriginal() {
    Interaction original = call("I-1").subject("Renewl").build();
    Interaction fixed = original.correction(InteractionId.of("I-2")).subject("Renewal").build();

    assertThat(fixed.correctionOf()).contains(original.id());
    assertThat(fixed.customerId()).isEqualTo(original.customerId());
    assertThat(fixed.subject()).isEqualTo("Renewal");
    assertInvalid(() -> original.correction(original.id()).build(), "corrects", "must not be the interaction itself");
  }

  @Test
  void builderRejectsNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(InteractionId.class, InteractionId.of("I-1"))
        .setDefault(CustomerId.class, ALI).setDefault(Channel.class, Channel.SMS)
        .setDefault(Purpose.class, Purpose.SALES);
    tester.testAllPublicStaticMethods(Interaction.class);
    tester.testAllPublicInstanceMethods(call("I-1"));
  }
}
