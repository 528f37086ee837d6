package org.mehrcrm.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.Consent;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.EmailAddress;
import org.mehrcrm.customer.PhoneNumber;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.testing.World;

class ContactPlanProperties {
  private static final List<Channel> CHANNELS = List.of(Channel.PHONE, Channel.SMS, Channel.EMAIL, Channel.POST);

  @Property(tries = 300)
  void aChosenChannelHasConsentAndIsNeverInQuietHours(@ForAll("zones") ZoneId zone,
      @ForAll("moments") Instant at, @ForAll("subsets") List<Channel> preferred,
      @ForAll("subsets") List<Channel> consented) {
    World world = new World();
    world.person("C-1", "Ali", "Rezaei", b -> {
      b.timeZone(zone).contact(EmailAddress.of("ali@example.com")).contact(PhoneNumber.of("+98 912 123 4567"))
          .prefer(preferred.toArray(Channel[]::new));
      consented.forEach(c -> b.consent(Consent.granted(c, Purpose.SALES, Instant.parse("2020-01-01T00:00:00Z"), "f")));
      return b;
    });
    ContactRules rules = ContactRules.defaults(ZoneId.of("UTC"));
    ContactPlan plan = new ContactPlanner(world.customers, world.interactions, AccessPolicy.allowAll(), world.clock,
        rules).plan(Actor.of("a"), CustomerId.of("C-1"), Purpose.SALES, at);
    Customer c = world.customers.findById(CustomerId.of("C-1")).orElseThrow();

    plan.channel().ifPresent(ch -> {
      assertThat(c.hasConsent(ch, Purpose.SALES)).isTrue();
      assertThat(rules.interrupting().contains(ch) && rules.quietHours().isQuietAt(at, zone)).isFalse();
    });
    List<Channel> considered = new ArrayList<>(plan.skipped().stream().map(ContactPlan.Skip::channel).toList());
    plan.channel().ifPresent(considered::add);
    List<Channel> expectedOrder = new ArrayList<>(preferred);
    consented.stream().filter(ch -> !expectedOrder.contains(ch)).forEach(expectedOrder::add);
    assertThat(considered).as("channels are considered in preference order, each once")
        .isEqualTo(plan.channel().isPresent() ? expectedOrder.subList(0, considered.size()) : expectedOrder);
    plan.skipped().stream().filter(s -> s.reason() == ContactPlan.SkipReason.QUIET_HOURS).forEach(s -> {
      assertThat(s.until()).isAfter(at);
      assertThat(rules.quietHours().isQuietAt(s.until(), zone)).isFalse();
      assertThat(rules.quietHours().isQuietAt(s.until().minusNanos(1), zone)).isTrue();
    });
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("Asia/Tehran", "America/New_York", "Europe/Moscow", "Australia/Lord_Howe",
        "Pacific/Chatham", "America/St_Johns", "UTC", "Asia/Kathmandu").map(ZoneId::of);
  }

  @Provide
  Arbitrary<Instant> moments() {
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    return Arbitraries.longs().between(0, 365L * 24 * 60).map(m -> base.plus(Duration.ofMinutes(m)));
  }

  @Provide
  Arbitrary<List<Channel>> subsets() {
    return Arbitraries.of(CHANNELS).set().ofMaxSize(4).map(Set::copyOf).map(ArrayList::new)
        .map(list -> (List<Channel>) list);
  }
}
