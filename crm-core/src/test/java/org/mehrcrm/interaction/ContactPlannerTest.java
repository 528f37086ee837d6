package org.mehrcrm.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.testing.Invalid.assertInvalid;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.Consent;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRegistration;
import org.mehrcrm.customer.EmailAddress;
import org.mehrcrm.customer.PhoneNumber;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.interaction.ContactPlan.Skip;
import org.mehrcrm.interaction.ContactPlan.SkipReason;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.testing.World;

class ContactPlannerTest {
  private static final Actor AGENT = Actor.of("agent-7", "agent");
  private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant LONG_AGO = Instant.parse("2025-01-01T00:00:00Z");
  private static final CustomerId C1 = CustomerId.of("C-1");

  private final World world = new World();
  private final ContactPlanner planner = new ContactPlanner(world.customers, world.interactions,
      RoleBasedAccessPolicy.builder().grant("agent", "interaction:read").build(), world.clock,
      ContactRules.defaults(ZoneId.of("UTC")));

  private static Consent yes(Channel channel, Purpose purpose) {
    return Consent.granted(channel, purpose, LONG_AGO, "form");
  }

  private void customer(String id, UnaryOperator<CustomerRegistration.Builder> edit) {
    world.person(id, "Ali", "Rezaei", b -> edit.apply(b.contact(EmailAddress.of("ali@example.com"))
        .contact(PhoneNumber.of("+98 912 123 4567"))));
  }

  @Test
  void choosesTheFirstPreferredChannelWithConsentAndSaysWhyOthersWereSkipped() {
    customer("C-1", b -> b.prefer(Channel.SMS, Channel.EMAIL, Channel.PHONE)
        .consent(yes(Channel.EMAIL, Purpose.MARKETING)).consent(yes(Channel.PHONE, Purpose.MARKETING)));

    ContactPlan plan = planner.plan(AGENT, C1, Purpose.MARKETING, Instant.parse("2026-03-02T12:00:00Z"));

    assertThat(plan.channel()).contains(Channel.EMAIL);
    assertThat(plan.skipped()).containsExactly(new Skip(Channel.SMS, SkipReason.NO_CONSENT, null));
    assertThat(plan.reason()).isEqualTo("email: first preferred channel with consent; skipped sms (no consent)");
    assertThat(plan.retryAt()).isEmpty();
  }

  @Test
  void skipsAChannelWithoutTheContactPointItNeeds() {
    world.person("C-1", "Ali", "Rezaei", b -> b.contact(PhoneNumber.of("+98 912 123 4567"))
        .prefer(Channel.EMAIL, Channel.SMS).consent(yes(Channel.EMAIL, Purpose.SERVICE)).consent(yes(Channel.SMS, Purpose.SERVICE)));

    ContactPlan plan = planner.plan(AGENT, C1, Purpose.SERVICE, Instant.parse("2026-03-02T12:00:00Z"));

    assertThat(plan.channel()).contains(Channel.SMS);
    assertThat(plan.skipped()).containsExactly(new Skip(Channel.EMAIL, SkipReason.NO_ADDRESS, null));
  }

  @Test
  void considersConsentedChannelsAfterThePreferredOnes() {
    customer("C-1", b -> b.prefer(Channel.SMS).consent(yes(Channel.EMAIL, Purpose.SALES)));

    assertThat(planner.plan(AGENT, C1, Purpose.SALES, Instant.parse("2026-03-02T12:00:00Z")).channel())
        .contains(Channel.EMAIL);
  }

  @Test
  void theSameMomentIsQuietInNewYorkButNotInTehran() {
    customer("C-1", b -> b.timeZone(NEW_YORK).prefer(Channel.PHONE).consent(yes(Channel.PHONE, Purpose.SALES)));
    customer("C-2", b -> b.timeZone(TEHRAN).prefer(Channel.PHONE).consent(yes(Channel.PHONE, Purpose.SALES)));
    Instant at = Instant.parse("2026-03-08T06:30:00Z"); // 01:30 in New York, 10:00 in Tehran

    ContactPlan ny = planner.plan(AGENT, C1, Purpose.SALES, at);
    ContactPlan tehran = planner.plan(AGENT, CustomerId.of("C-2"), Purpose.SALES, at);

    assertThat(ny.channel()).isEmpty();
    // quiet ends at 08:00 local, which on this day is already daylight time (UTC-4)
    assertThat(ny.skipped()).containsExactly(new Skip(Channel.PHONE, SkipReason.QUIET_HOURS,
        Instant.parse("2026-03-08T12:00:00Z")));
    assertThat(ny.retryAt()).contains(Instant.parse("2026-03-08T12:00:00Z"));
    assertThat(ny.zone()).isEqualTo(NEW_YORK);
    assertThat(tehran.channel()).contains(Channel.PHONE);
  }

  @Test
  void quietHoursFollowDaylightSavingTime() {
    customer("C-1", b -> b.timeZone(NEW_YORK).prefer(Channel.PHONE).consent(yes(Channel.PHONE, Purpose.SALES)));

    // 12:30Z is 07:30 EST before the switch (quiet) and 08:30 EDT after it (not quiet)
    assertThat(planner.plan(AGENT, C1, Purpose.SALES, Instant.parse("2026-03-07T12:30:00Z")).channel()).isEmpty();
    assertThat(planner.plan(AGENT, C1, Purpose.SALES, Instant.parse("2026-03-09T12:30:00Z")).channel())
        .contains(Channel.PHONE);
    // in November, 12:30Z is 07:30 EST again
    assertThat(planner.plan(AGENT, C1, Purpose.SALES, Instant.parse("2026-11-02T12:30:00Z")).channel()).isEmpty();
  }

  @Test
  void quietHoursSpanMidnightInTheCustomersZone() {
    customer("C-1", b -> b.timeZone(TEHRAN).prefer(Channel.PHONE).consent(yes(Channel.PHONE, Purpose.SALES)));

    ContactPlan late = planner.plan(AGENT, C1, Purpose.SALES, Instant.parse("2026-03-08T18:00:00Z")); // 21:30 local

    assertThat(late.skipped()).containsExactly(new Skip(Channel.PHONE, SkipReason.QUIET_HOURS,
        Instant.parse("2026-03-09T04:30:00Z")));
    assertThat(planner.plan(AGENT, C1, Purpose.SALES, Instant.parse("2026-03-08T17:29:59Z")).channel())
        .contains(Channel.PHONE);
  }

  @Test
  void nonInterruptingChannelsIgnoreQuietHours() {
    customer("C-1", b -> b.timeZone(TEHRAN).prefer(Channel.PHONE, Channel.EMAIL)
        .consent(yes(Channel.PHONE, Purpose.SALES)).consent(yes(Channel.EMAIL, Purpose.SALES)));

    ContactPlan plan = planner.plan(AGENT, C1, Purpose.SALES, Instant.parse("2026-03-08T22:00:00Z"));

    assertThat(plan.channel()).contains(Channel.EMAIL);
    assertThat(plan.reason()).isEqualTo(
        "email: first preferred channel with consent; skipped phone (quiet hours until 2026-03-09T04:30:00Z)");
  }

  @Test
  void aCustomerWithoutTimeZoneIsJudgedInTheFallbackZone() {
    customer("C-1", b -> b.prefer(Channel.PHONE).consent(yes(Channel.PHONE, Purpose.SALES)));

    ContactPlan plan = planner.plan(AGENT, C1, Purpose.SALES, Instant.parse("2026-03-08T22:00:00Z"));

    assertThat(plan.zone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(plan.channel()).isEmpty();
  }

  @Test
  void theFrequencyCapCountsOutboundContactsInThePeriod() {
    customer("C-1", b -> b.prefer(Channel.EMAIL).consent(yes(Channel.EMAIL, Purpose.SALES)));
    Instant now = Instant.parse("2026-03-09T12:00:00Z");
    for (int i = 0; i < 3; i++) {
      world.interactions.append(Interaction.builder(InteractionId.of("I-" + i), C1, Channel.PHONE,
          i == 0 ? Direction.INBOUND : Direction.OUTBOUND, Purpose.SERVICE, now.minus(Duration.ofDays(i + 1)))
          .agent("a").build());
    }

    assertThat(planner.plan(AGENT, C1, Purpose.SALES, now).channel()).contains(Channel.EMAIL);
    world.interactions.append(Interaction.builder(InteractionId.of("I-9"), C1, Channel.EMAIL, Direction.OUTBOUND,
        Purpose.SALES, now.minusSeconds(60)).agent("a").build());
    ContactPlan capped = planner.plan(AGENT, C1, Purpose.SALES, now);
    assertThat(capped.channel()).isEmpty();
    assertThat(capped.skipped()).containsExactly(new Skip(Channel.EMAIL, SkipReason.FREQUENCY_CAP, null));
    assertThat(capped.reason()).isEqualTo("no channel now; skipped email (frequency cap)");
    assertThat(planner.plan(AGENT, C1, Purpose.SALES, now.plus(Duration.ofDays(6))).channel()).contains(Channel.EMAIL);
  }

  @Test
  void rulesAndQuietHoursValidate() {
    assertInvalid(() -> QuietHours.of(LocalTime.NOON, LocalTime.NOON), "quietHours", "must not start and end at the same time");
    QuietHours office = QuietHours.of(LocalTime.of(12, 0), LocalTime.of(13, 0));
    assertThat(office.isQuietAt(Instant.parse("2026-03-02T12:30:00Z"), ZoneId.of("UTC"))).isTrue();
    assertThat(office.endAfter(Instant.parse("2026-03-02T13:00:00Z"), ZoneId.of("UTC"))).isEmpty();
    assertInvalid(() -> new ContactRules(office, java.util.Set.of(), 0, Duration.ofDays(1), TEHRAN),
        "maxContacts", "must be at least 1");
  }

  @Test
  void planningNeedsReadPermission() {
    customer("C-1", b -> b);
    assertThatThrownBy(() -> planner.plan(Actor.of("x", "none"), C1, Purpose.SALES))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(planner.plan(AGENT, C1, Purpose.SALES).channel()).isEmpty();
  }
}
