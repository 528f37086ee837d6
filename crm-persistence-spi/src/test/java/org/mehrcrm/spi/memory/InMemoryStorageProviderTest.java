package org.mehrcrm.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerEvent;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerQuery;
import org.mehrcrm.customer.Tag;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.PageRequest;
import org.mehrcrm.kernel.RecordedEvent;
import org.mehrcrm.spi.StorageProvider;
import org.mehrcrm.tck.StorageProviderContract;

/**
 * Runs the whole TCK against the in-memory reference provider, plus what only the reference
 * promises beyond the contract.
 */
class InMemoryStorageProviderTest extends StorageProviderContract {

  @Override
  protected StorageProvider newProvider() {
    return new InMemoryStorageProvider();
  }

  @Test
  void isNamedInMemoryWithTheLowestPriority() {
    assertThat(provider().name()).isEqualTo("in-memory");
    assertThat(provider().priority()).isEqualTo(Integer.MIN_VALUE);
  }

  @Test
  void numbersOutboxEventsFromOne() {
    provider().outbox().record(List.of(
        new CustomerEvent.TagChanged(CustomerId.of("C-1"), Tag.of("vip"), true, Instant.EPOCH),
        new CustomerEvent.TagChanged(CustomerId.of("C-1"), Tag.of("vip"), false, Instant.EPOCH)));

    assertThat(provider().outbox().pending(10)).extracting(RecordedEvent::sequence).containsExactly(1L, 2L);
  }

  @Test
  void refusesPendingLimitBelowOne() {
    assertThatThrownBy(() -> provider().outbox().pending(0))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("limit: must be at least 1");
  }

  @Test
  void rejectsNullArgumentsNamingThem() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(CustomerQuery.class, CustomerQuery.all())
        .setDefault(PageRequest.class, PageRequest.first(10));
    tester.testAllPublicInstanceMethods(provider().customers());
    tester.testAllPublicInstanceMethods(provider().outbox());
    tester.testAllPublicInstanceMethods(provider().transactions());
    assertThatThrownBy(() -> provider().customers().findById(null))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
  }
}
