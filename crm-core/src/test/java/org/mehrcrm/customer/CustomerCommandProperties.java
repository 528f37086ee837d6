package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.customer.TestCustomers.T0;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;
import org.mehrcrm.customer.CustomerDomain.Command;
import org.mehrcrm.kernel.InvalidFieldException;

@Domain(CustomerDomain.class)
class CustomerCommandProperties {
  private static final Instant LATER = T0.plusSeconds(86_400);

  @Property(tries = 400)
  void commandsNeverChangeTheReceiver(@ForAll Customer customer, @ForAll Command command) {
    CustomerSnapshot before = customer.snapshot();
    List<CustomerEvent> eventsBefore = customer.pendingEvents();

    try {
      command.apply().apply(customer, LATER);
    } catch (InvalidFieldException refused) {
      Statistics.label("outcome").collect("refused");
    }

    assertThat(customer.snapshot()).isEqualTo(before);
    assertThat(customer.pendingEvents()).isEqualTo(eventsBefore);
  }

  @Property(tries = 400)
  void aCommandRaisesOneEventExactlyWhenItChangesTheCustomer(@ForAll Customer customer, @ForAll Command command) {
    Customer result;
    try {
      result = command.apply().apply(customer, LATER);
    } catch (InvalidFieldException refused) {
      Statistics.label("outcome").collect("refused");
      return;
    }

    if (result == customer) {
      Statistics.label("outcome").collect("no-op");
      assertThat(result.pendingEvents()).isEqualTo(customer.pendingEvents());
    } else {
      Statistics.label("outcome").collect("changed");
      assertThat(result.snapshot()).isNotEqualTo(customer.snapshot());
      assertThat(result.pendingEvents()).hasSize(customer.pendingEvents().size() + 1);
      assertThat(result.pendingEvents().subList(0, customer.pendingEvents().size()))
          .isEqualTo(customer.pendingEvents());
      CustomerEvent event = result.pendingEvents().get(result.pendingEvents().size() - 1);
      assertThat(event.customerId()).isEqualTo(customer.id());
      assertThat(result.id()).isEqualTo(customer.id());
      assertThat(result.version()).isEqualTo(customer.version());
      assertThat(result.registeredAt()).isEqualTo(customer.registeredAt());
    }
    Statistics.label("outcome").coverage(checker -> {
      checker.check("changed").count(n -> n > 0);
      checker.check("no-op").count(n -> n > 0);
    });
  }

  @Property(tries = 400)
  void commandsKeepEverySnapshotInvariant(@ForAll Customer customer, @ForAll List<Command> commands) {
    Customer changed = CustomerDomain.applyAll(customer, commands);

    CustomerSnapshot s = changed.snapshot();
    assertThat(new CustomerSnapshot(s.id(), s.version(), s.party(), s.stage(), s.lifecycleHistory(),
        s.contactPoints(), s.preferredChannels(), s.consents(), s.tags(), s.owner(), s.keyAccount(), s.acquisition(),
        s.attributes(), s.externalRefs(), s.registeredAt())).isEqualTo(s);
    for (ContactKind kind : ContactKind.values()) {
      boolean hasKind = s.contactPoints().stream().anyMatch(p -> p.kind() == kind);
      assertThat(changed.primary(kind).isPresent()).as("a primary %s exactly when there is one", kind)
          .isEqualTo(hasKind);
    }
  }
}
