package org.mehrcrm.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.ContactKind;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.spi.memory.InMemoryStorageProvider;

class SampleCustomersTest {
  private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  @DisplayName("a sample customer is a prospect person with one e-mail, one phone and one tag")
  void typicalCustomer() {
    Customer c = SampleCustomers.person(0, CustomerId.of("C-0"), AT);
    assertThat(c.stage()).isEqualTo(LifecycleStage.PROSPECT);
    assertThat(c.displayName()).isEqualTo("علی رضایی");
    assertThat(c.primary(ContactKind.EMAIL).orElseThrow().address()).isEqualTo(SampleCustomers.email(0));
    assertThat(c.primary(ContactKind.PHONE).orElseThrow().address()).isEqualTo(SampleCustomers.phone(0));
    assertThat(c.tags()).hasSize(1);
    assertThat(SampleCustomers.phone(1).value()).startsWith("+7916");
    assertThat(SampleCustomers.phone(2).value()).startsWith("+49151");
    assertThat(SampleCustomers.phone(3).value()).startsWith("+346");
  }

  @Test
  @DisplayName("sample customers have distinct e-mail addresses and phone numbers, up to the largest n")
  void distinctContacts() {
    Set<String> seen = new HashSet<>();
    for (int n = 0; n < 2_000; n++) {
      assertThat(seen.add(SampleCustomers.email(n).value())).isTrue();
      assertThat(seen.add(SampleCustomers.phone(n).value())).isTrue();
    }
    for (int n = SampleCustomers.MAX - 4; n < SampleCustomers.MAX; n++) {
      assertThat(seen.add(SampleCustomers.phone(n).value())).isTrue();
    }
    assertThatThrownBy(() -> SampleCustomers.email(SampleCustomers.MAX))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("names repeat as real names do, unless every name is to be distinct")
  void names() {
    CustomerId id = CustomerId.of("C-1");
    int sameName = 4 * 32 * 32; // Iranians, Russians and Germans: 32 given times 32 family names
    assertThat(SampleCustomers.person(sameName, id, AT).displayName())
        .isEqualTo(SampleCustomers.person(0, id, AT).displayName());
    assertThat(SampleCustomers.person(5, id, AT).displayName()).isEqualTo("Дмитрий Смирнов");
    assertThat(SampleCustomers.person(4 * 16 + 1, id, AT).displayName()).isEqualTo("Анна Смирнова");
    assertThat(SampleCustomers.person(3, id, AT).displayName()).isEqualTo("José García García");

    Set<String> distinct = new HashSet<>();
    for (int n = 0; n < 2_000; n++) {
      distinct.add(SampleCustomers.personWithDistinctName(n, id, AT).displayName());
    }
    distinct.add(SampleCustomers.personWithDistinctName(sameName, id, AT).displayName());
    distinct.add(SampleCustomers.personWithDistinctName(SampleCustomers.MAX - 1, id, AT).displayName());
    assertThat(distinct).hasSize(2_002);
  }

  @Test
  @DisplayName("ids look like the library's generated ids: 26 characters, distinct, in registration order")
  void ids() {
    CustomerId previous = SampleCustomers.id(0);
    assertThat(previous.value()).hasSize(26);
    for (int n = 1; n < 2_000; n++) {
      CustomerId id = SampleCustomers.id(n);
      assertThat(id).isGreaterThan(previous);
      previous = id;
    }
    assertThat(SampleCustomers.id(7)).isEqualTo(SampleCustomers.id(7));
    assertThat(SampleCustomers.registeredAt(1)).isEqualTo(SampleCustomers.FIRST.plus(SampleCustomers.EVERY));
  }

  @Test
  @DisplayName("sample customers save straight into the in-memory provider and are found again")
  void savesIntoTheProvider() {
    CustomerRepository repository = new InMemoryStorageProvider().customers();
    for (int n = 0; n < 100; n++) {
      repository.save(SampleCustomers.person(n, CustomerId.of("C-" + n), AT.plusSeconds(n)));
    }
    assertThat(repository.findById(CustomerId.of("C-42"))).isPresent();
    assertThat(repository.findByContact(SampleCustomers.email(42)))
        .extracting(Customer::id).containsExactly(CustomerId.of("C-42"));
  }
}
