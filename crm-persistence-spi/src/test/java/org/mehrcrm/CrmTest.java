package org.mehrcrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.customer.CustomerRegistration;
import org.mehrcrm.customer.PersonName;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.spi.StorageProvider;
import org.mehrcrm.spi.memory.InMemoryStorageProvider;

/** The entry point's wiring: the required clock and how the storage provider is chosen. */
class CrmTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:30:00Z"), ZoneOffset.UTC);

  @Test
  void refusesToBuildWithoutClock() {
    assertThatThrownBy(() -> Crm.builder().storage(new InMemoryStorageProvider()).build())
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("clock: must be set (the library never reads the system clock itself)")
        .extracting("field").isEqualTo("clock");
  }

  @Test
  void serviceLoaderFindsTheInMemoryProviderWithLowestPriority() {
    List<StorageProvider> found = new ArrayList<>();
    ServiceLoader.load(StorageProvider.class, StorageProvider.class.getClassLoader()).forEach(found::add);

    assertThat(found).hasSize(1).first().isInstanceOf(InMemoryStorageProvider.class);
    assertThat(found.get(0).name()).isEqualTo("in-memory");
    assertThat(found.get(0).priority()).isEqualTo(Integer.MIN_VALUE);
  }

  @Test
  void usesTheDiscoveredInMemoryProviderWhenNoneIsGiven() {
    Crm crm = Crm.builder().clock(clock).build();

    assertThat(crm.storage()).isInstanceOf(InMemoryStorageProvider.class);
    crm.customers().register(Actor.system(), CustomerRegistration.person(PersonName.of("Ali", "Rezaei")).build());
    assertThat(crm.storage().customers().count(org.mehrcrm.customer.CustomerQuery.all())).isEqualTo(1);
  }

  @Test
  void explicitStorageProviderWinsAndSeveralCrmsDoNotShareState() {
    InMemoryStorageProvider mine = new InMemoryStorageProvider();
    Crm first = Crm.builder().clock(clock).storage(mine).build();
    Crm second = Crm.builder().clock(clock).build();

    first.customers().register(Actor.system(), CustomerRegistration.person(PersonName.of("Ali", "Rezaei")).build());

    assertThat(first.storage()).isSameAs(mine);
    assertThat(second.storage()).isNotSameAs(mine);
    assertThat(second.storage().customers().count(org.mehrcrm.customer.CustomerQuery.all())).isZero();
  }
}
