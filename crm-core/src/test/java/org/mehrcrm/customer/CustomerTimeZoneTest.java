package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.customer.TestCustomers.T0;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.testing.World;

class CustomerTimeZoneTest {
  private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

  private static Customer register(CustomerRegistration r) {
    return Customer.register(CustomerId.of("C-1"), r, AttributeSchema.empty(), "agent-7", T0);
  }

  @Test
  void aCustomerHasNoTimeZoneUnlessRegisteredWithOne() {
    assertThat(register(CustomerRegistration.person(PersonName.of("Ali", "Rezaei")).build()).timeZone()).isEmpty();
    assertThat(register(CustomerRegistration.person(PersonName.of("Ali", "Rezaei")).timeZone(TEHRAN).build())
        .timeZone()).contains(TEHRAN);
  }

  @Test
  void changingTheTimeZoneRaisesAnEventAndKeepsItInTheSnapshot() {
    Customer c = Customer.restore(register(CustomerRegistration.person(PersonName.of("Ali", "Rezaei")).build()).snapshot());

    Customer moved = c.changeTimeZone(TEHRAN, T0);

    assertThat(moved.pendingEvents()).containsExactly(new CustomerEvent.TimeZoneChanged(c.id(), TEHRAN, T0));
    assertThat(Customer.restore(moved.snapshot()).timeZone()).contains(TEHRAN);
    assertThat(moved.changeTimeZone(TEHRAN, T0)).isSameAs(moved);
    assertThat(moved.changeTimeZone(null, T0).timeZone()).isEmpty();
  }

  @Test
  void theShorterConstructorsMeanNoTimeZone() {
    CustomerSnapshot s = register(CustomerRegistration.person(PersonName.of("Ali", "Rezaei")).timeZone(TEHRAN).build()).snapshot();
    CustomerSnapshot without = new CustomerSnapshot(s.id(), s.version(), s.party(), s.stage(), s.lifecycleHistory(),
        s.contactPoints(), s.preferredChannels(), s.consents(), s.tags(), s.owner(), s.keyAccount(), s.acquisition(),
        s.attributes(), s.externalRefs(), s.registeredAt());

    assertThat(without.timeZone()).isNull();
    assertThat(s.withVersion(3).timeZone()).isEqualTo(TEHRAN);
    CustomerRegistration r = CustomerRegistration.person(PersonName.of("A", "B")).build();
    assertThat(new CustomerRegistration(r.id(), r.party(), r.stage(), r.contactPoints(), r.preferredChannels(),
        r.consents(), r.tags(), r.owner(), r.keyAccount(), r.acquisition(), r.attributes(), r.externalRefs())
        .timeZone()).isNull();
  }

  @Test
  void theServiceChangesTheTimeZone() {
    World world = new World();
    CustomerService service = new CustomerService(world.customers, world.unitOfWork, AccessPolicy.allowAll(),
        world.clock, IdGenerator.timeOrdered(world.clock), AttributeSchema.empty());
    Customer ali = service.register(Actor.of("agent-7"), CustomerRegistration.person(PersonName.of("Ali", "Rezaei")).build());

    Customer changed = service.changeTimeZone(Actor.of("agent-7"), ali.id(), TEHRAN);

    assertThat(changed.timeZone()).contains(TEHRAN);
    assertThat(world.events(CustomerEvent.TimeZoneChanged.class)).extracting(CustomerEvent.TimeZoneChanged::timeZone)
        .isEqualTo(List.of(TEHRAN));
  }
}
