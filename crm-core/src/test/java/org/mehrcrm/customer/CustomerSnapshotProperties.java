package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.customer.TestCustomers.SCHEMA;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;
import org.mehrcrm.kernel.Money;

@Domain(CustomerDomain.class)
class CustomerSnapshotProperties {

  @Property(tries = 500)
  void customerSnapshotRoundTrips(@ForAll Customer customer) {
    CustomerSnapshot snapshot = customer.snapshot();

    Customer restored = Customer.restore(snapshot);

    assertThat(restored.snapshot()).isEqualTo(snapshot);
    assertThat(restored).isEqualTo(customer).hasSameHashCodeAs(customer);
    assertThat(Customer.restore(restored.snapshot())).isEqualTo(restored);
    Statistics.label("contact points").collect(Math.min(snapshot.contactPoints().size(), 4));
    Statistics.label("history").collect(Math.min(snapshot.lifecycleHistory().size(), 4));
  }

  @Property(tries = 500)
  void customerSnapshotSurvivesRebuildingEveryValueFromItsStoredText(@ForAll Customer customer) {
    CustomerSnapshot snapshot = customer.snapshot();

    CustomerSnapshot rebuilt = fromStoredText(snapshot);

    assertThat(rebuilt).isEqualTo(snapshot);
    assertThat(Customer.restore(rebuilt)).isEqualTo(customer);
  }

  /** Rebuilds a snapshot the way a storage adapter does: every value from the text it stored. */
  static CustomerSnapshot fromStoredText(CustomerSnapshot s) {
    Party party = s.party() instanceof Person p
        ? new Person(PersonName.of(p.name().given(), p.name().family()))
        : rebuild((Organisation) s.party());
    List<LifecycleChange> history = s.lifecycleHistory().stream().map(h -> new LifecycleChange(
        h.from() == null ? null : LifecycleStage.valueOf(h.from().name()), LifecycleStage.valueOf(h.to().name()),
        h.reason() == null ? null : ChurnReason.of(h.reason().code()), h.note(), h.actorId(),
        Instant.parse(h.at().toString()))).toList();
    List<ContactPoint> points = s.contactPoints().stream()
        .map(p -> new ContactPoint(rebuild(p.address()), p.primary(), p.verified())).toList();
    List<Consent> consents = s.consents().stream().map(c -> new Consent(Channel.of(c.channel().code()),
        Purpose.of(c.purpose().code()), ConsentStatus.valueOf(c.status().name()), Instant.parse(c.at().toString()),
        c.source())).toList();
    Map<String, String> attributes = new LinkedHashMap<>();
    s.attributes().forEach((name, value) -> attributes.put(name, SCHEMA.definition(name).orElseThrow()
        .canonicalise(value)));
    return new CustomerSnapshot(CustomerId.of(s.id().value()), s.version(), party,
        LifecycleStage.valueOf(s.stage().name()), history, points,
        s.preferredChannels().stream().map(c -> Channel.of(c.code())).toList(), consents,
        s.tags().stream().map(t -> Tag.of(t.value())).toList(), s.owner(), s.keyAccount(),
        s.acquisition() == null ? null : new Acquisition(s.acquisition().source(),
            s.acquisition().cost() == null ? null : Money.parse(s.acquisition().cost().toString())),
        attributes, s.externalRefs().stream().map(r -> ExternalRef.parse(r.toString())).toList(),
        Instant.parse(s.registeredAt().toString()));
  }

  private static Organisation rebuild(Organisation o) {
    return new Organisation(o.legalName(), o.registrationNumber(), o.contactPersons().stream()
        .map(cp -> new ContactPerson(CustomerId.of(cp.person().value()), cp.role())).toList());
  }

  private static ContactAddress rebuild(ContactAddress address) {
    if (address instanceof EmailAddress e) {
      return EmailAddress.of(e.value());
    } else if (address instanceof PhoneNumber p) {
      return PhoneNumber.of(p.value());
    } else if (address instanceof PostalAddress a) {
      return new PostalAddress(a.street(), a.locality(), a.region(), a.postalCode(), a.country());
    } else {
      SocialHandle h = (SocialHandle) address;
      return SocialHandle.of(h.network(), h.handle());
    }
  }
}
