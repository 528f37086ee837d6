package org.mehrcrm.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.testing.Invalid.assertInvalid;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.Consent;
import org.mehrcrm.customer.ConsentStatus;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.testing.World;

class InteractionServiceTest {
  private static final Actor AGENT = Actor.of("agent-7", "agent");
  private static final Actor VIEWER = Actor.of("viewer-1", "viewer");
  private static final CustomerId ALI = CustomerId.of("C-1");
  private static final Instant T0 = World.T0;

  private final World world = new World();
  private final InteractionService interactions = new InteractionService(world.interactions, world.customers,
      world.unitOfWork, RoleBasedAccessPolicy.builder()
          .grant("agent", "interaction:*").grant("viewer", "interaction:read").build(),
      world.clock, world.ids);

  @BeforeEach
  void registerAli() {
    world.person("C-1", "Ali", "Rezaei", b -> b
        .consent(Consent.granted(Channel.PHONE, Purpose.SALES, T0.minusSeconds(86_400), "web-form")));
  }

  private Interaction.Builder contact(String id, Channel channel, Direction direction, Purpose purpose, Instant at) {
    return Interaction.builder(InteractionId.of(id), ALI, channel, direction, purpose, at).agent("agent-7");
  }

  @Test
  void recordsAnOutboundContactWithConsentAndRaisesOneEvent() {
    Interaction call = contact("I-1", Channel.PHONE, Direction.OUTBOUND, Purpose.SALES, T0).build();

    assertThat(interactions.record(AGENT, call)).isTrue();
    assertThat(interactions.record(AGENT, call)).isFalse();
    assertThat(world.delivered).containsExactly(new InteractionEvent.Recorded(call.id(), ALI, Channel.PHONE,
        Direction.OUTBOUND, Purpose.SALES, T0, T0));
  }

  @Test
  void refusesAnOutboundContactWithoutConsentNamingChannelAndPurpose() {
    Interaction sms = contact("I-1", Channel.SMS, Direction.OUTBOUND, Purpose.MARKETING, T0).build();

    assertThatThrownBy(() -> interactions.record(AGENT, sms))
        .isInstanceOfSatisfying(ConsentMissingException.class, e -> {
          assertThat(e.customerId()).isEqualTo(ALI);
          assertThat(e.channel()).isEqualTo(Channel.SMS);
          assertThat(e.purpose()).isEqualTo(Purpose.MARKETING);
        })
        .hasMessage("customer C-1: no consent to be contacted by sms for marketing");
    assertThat(world.interactions.findById(sms.id())).isEmpty();
    assertThat(world.delivered).isEmpty();
  }

  @Test
  void inboundContactsNeedNoConsent() {
    assertThat(interactions.record(AGENT,
        contact("I-1", Channel.SMS, Direction.INBOUND, Purpose.MARKETING, T0).build())).isTrue();
  }

  @Test
  void checksTheConsentInForceAtTheContactsMoment() {
    world.customers.save(world.customers.findById(ALI).orElseThrow().recordConsent(
        new Consent(Channel.PHONE, Purpose.SALES, ConsentStatus.WITHDRAWN, T0.plusSeconds(3600), "call")));

    assertThat(interactions.record(AGENT,
        contact("I-1", Channel.PHONE, Direction.OUTBOUND, Purpose.SALES, T0).build())).isTrue();
    assertThatThrownBy(() -> interactions.record(AGENT,
        contact("I-2", Channel.PHONE, Direction.OUTBOUND, Purpose.SALES, T0.plusSeconds(7200)).build()))
        .isInstanceOf(ConsentMissingException.class);
    assertThatThrownBy(() -> interactions.record(AGENT,
        contact("I-3", Channel.PHONE, Direction.OUTBOUND, Purpose.SALES, T0.minusSeconds(2 * 86_400)).build()))
        .isInstanceOf(ConsentMissingException.class);
  }

  @Test
  void reusingAnIdForOtherContentIsRefused() {
    interactions.record(AGENT, contact("I-1", Channel.PHONE, Direction.INBOUND, Purpose.SERVICE, T0).build());

    assertThatThrownBy(() -> interactions.record(AGENT,
        contact("I-1", Channel.PHONE, Direction.INBOUND, Purpose.SALES, T0).build()))
        .isInstanceOf(DuplicateInteractionException.class)
        .hasMessage("interaction I-1: already recorded with different content");
  }

  @Test
  void refusesAContactOfAnUnknownCustomer() {
    assertThatThrownBy(() -> interactions.record(AGENT, Interaction.builder(InteractionId.of("I-1"),
        CustomerId.of("C-404"), Channel.PHONE, Direction.INBOUND, Purpose.SERVICE, T0).agent("a").build()))
        .isInstanceOf(NotFoundException.class).hasMessage("customer C-404: not found");
  }

  @Test
  void aCorrectionSupersedesTheOriginalInCountsAndHistory() {
    Interaction wrong = contact("I-1", Channel.PHONE, Direction.INBOUND, Purpose.SERVICE, T0).subject("Typo").build();
    interactions.record(AGENT, wrong);
    Interaction fixed = wrong.correction(InteractionId.of("I-2")).subject("Billing question").build();

    assertThat(interactions.record(AGENT, fixed)).isTrue();

    try (Stream<Interaction> history = interactions.history(VIEWER, ALI)) {
      assertThat(history).containsExactly(fixed);
    }
    assertThat(interactions.find(VIEWER, wrong.id())).contains(wrong);
    assertThat(world.interactions.isSuperseded(wrong.id())).isTrue();
    assertThat(interactions.frequency(VIEWER, ALI, T0, T0.plusSeconds(1)).total()).isEqualTo(1);
    assertThat(world.events(InteractionEvent.Corrected.class)).containsExactly(
        new InteractionEvent.Corrected(fixed.id(), wrong.id(), ALI, T0));
  }

  @Test
  void aSecondCorrectionOfTheSameOriginalLoses() {
    Interaction wrong = contact("I-1", Channel.PHONE, Direction.INBOUND, Purpose.SERVICE, T0).build();
    interactions.record(AGENT, wrong);
    interactions.record(AGENT, wrong.correction(InteractionId.of("I-2")).subject("a").build());

    assertThatThrownBy(() -> interactions.record(AGENT, wrong.correction(InteractionId.of("I-3")).subject("b").build()))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void aCorrectionMustNameAnExistingInteractionOfTheSameCustomer() {
    world.person("C-2", "Sara", "Ahmadi", b -> b);
    Interaction sara = Interaction.builder(InteractionId.of("I-9"), CustomerId.of("C-2"), Channel.PHONE,
        Direction.INBOUND, Purpose.SERVICE, T0).agent("a").build();
    interactions.record(AGENT, sara);
    Interaction ali = contact("I-1", Channel.PHONE, Direction.INBOUND, Purpose.SERVICE, T0).build();

    assertThatThrownBy(() -> interactions.record(AGENT, ali.correction(InteractionId.of("I-2")).build()))
        .isInstanceOf(NotFoundException.class).hasMessage("interaction I-1: not found");
    interactions.record(AGENT, ali);
    Interaction crossed = Interaction.builder(InteractionId.of("I-3"), ALI, Channel.PHONE, Direction.INBOUND,
        Purpose.SERVICE, T0).agent("a").build();
    Interaction pretendsToFixSara = new Interaction(crossed.id(), ALI, crossed.channel(), crossed.direction(),
        crossed.purpose(), crossed.at(), crossed.duration(), "", "", Outcome.NONE, "a", null, null, null, sara.id());
    assertInvalid(() -> interactions.record(AGENT, pretendsToFixSara),
        "corrects", "must name an interaction of the same customer");
  }

  @Test
  void countsContactFrequencyByDirectionOverAnyPeriod() {
    interactions.record(AGENT, contact("I-1", Channel.PHONE, Direction.OUTBOUND, Purpose.SALES, T0).build());
    interactions.record(AGENT, contact("I-2", Channel.EMAIL, Direction.INBOUND, Purpose.SERVICE, T0.plusSeconds(60)).build());
    interactions.record(AGENT, contact("I-3", Channel.EMAIL, Direction.INBOUND, Purpose.SERVICE, T0.plusSeconds(120)).build());

    ContactFrequency f = interactions.frequency(VIEWER, ALI, T0, T0.plusSeconds(120));
    assertThat(f.outbound()).isEqualTo(1);
    assertThat(f.inbound()).isEqualTo(1);
    assertThat(f.total()).isEqualTo(2);
    assertInvalid(() -> interactions.frequency(VIEWER, ALI, T0, T0.minusSeconds(1)), "to", "must not be before from");
  }

  @Test
  void measuresTheGapSinceTheLastContact() {
    assertThat(interactions.gapSinceLastContact(VIEWER, ALI)).isEmpty();
    interactions.record(AGENT, contact("I-1", Channel.PHONE, Direction.INBOUND, Purpose.SERVICE, T0).build());
    interactions.record(AGENT, contact("I-2", Channel.PHONE, Direction.INBOUND, Purpose.SERVICE, T0.minusSeconds(60)).build());
    world.clock.advance(Duration.ofDays(3));

    assertThat(interactions.gapSinceLastContact(VIEWER, ALI)).contains(Duration.ofDays(3));
    assertThat(interactions.lastContact(VIEWER, ALI).map(Interaction::id)).contains(InteractionId.of("I-1"));
  }

  @Test
  void recordingAndReadingNeedTheirPermissions() {
    assertThatThrownBy(() -> interactions.record(VIEWER,
        contact("I-1", Channel.PHONE, Direction.INBOUND, Purpose.SERVICE, T0).build()))
        .isInstanceOf(AccessDeniedException.class).hasMessage("actor viewer-1: may not interaction:record");
    assertThatThrownBy(() -> interactions.history(Actor.of("x", "none"), ALI)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void mintsIds() {
    assertThat(interactions.nextId()).isNotEqualTo(interactions.nextId());
  }
}
