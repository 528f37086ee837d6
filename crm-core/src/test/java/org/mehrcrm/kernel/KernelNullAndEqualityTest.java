package org.mehrcrm.kernel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KernelNullAndEqualityTest {
  private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
  private static final DomainEvent EVENT = new UnitOfWorkTest.Note("C-1", 1, AT);

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(Currency.class, Currency.getInstance("EUR"))
      .setDefault(Money.class, Money.of("1.00", "EUR"))
      .setDefault(BigDecimal.class, BigDecimal.ONE)
      .setDefault(String.class, "1")
      .setDefault(Clock.class, Clock.fixed(AT, ZoneOffset.UTC))
      .setDefault(Random.class, new Random(1))
      .setDefault(DomainEvent.class, EVENT)
      .setDefault(PageRequest.class, PageRequest.first(10))
      .setDefault(Transactions.class, new UnitOfWorkTest.FakeTransactions(new UnitOfWorkTest.FakeOutbox()))
      .setDefault(EventOutbox.class, new UnitOfWorkTest.FakeOutbox())
      .setDefault(EventListener.class, EventListener.NONE);

  @Test
  void moneyRejectsNullsWithNullPointerException() {
    tester.testAllPublicConstructors(Money.class);
    tester.testAllPublicStaticMethods(Money.class);
    tester.testAllPublicInstanceMethods(Money.of("12.50", "EUR"));
  }

  @Test
  void pagingRejectsNullsExceptTheDocumentedNullableCursor() {
    tester.testAllPublicConstructors(PageRequest.class);
    tester.testAllPublicStaticMethods(PageRequest.class);
    tester.testAllPublicConstructors(Page.class);
    tester.testAllPublicStaticMethods(Page.class);
    tester.testAllPublicInstanceMethods(new Page<>(List.of("C-1"), null));
  }

  @Test
  void exceptionsRejectNullParts() {
    tester.testAllPublicConstructors(InvalidFieldException.class);
    tester.testAllPublicConstructors(NotFoundException.class);
    tester.testAllPublicConstructors(ConcurrentUpdateException.class);
    tester.testAllPublicConstructors(AccessDeniedException.class);
    tester.testAllPublicConstructors(CurrencyMismatchException.class);
  }

  @Test
  void eventMachineryRejectsNulls() {
    tester.testAllPublicConstructors(RecordedEvent.class);
    tester.testAllPublicConstructors(UnitOfWork.class);
    UnitOfWorkTest.FakeOutbox outbox = new UnitOfWorkTest.FakeOutbox();
    tester.testAllPublicInstanceMethods(
        new UnitOfWork(new UnitOfWorkTest.FakeTransactions(outbox), outbox, EventListener.NONE));
  }

  @Test
  void idGeneratorFactoriesRejectNulls() {
    tester.testAllPublicStaticMethods(IdGenerator.class);
  }

  @Test
  void idRuleRejectsANullFieldNameButTreatsANullValueAsAnInvalidField() throws Exception {
    tester.testMethodParameter(null, Ids.class.getMethod("requireValid", String.class, String.class), 1);
    assertThatThrownBy(() -> Ids.requireValid(null, "customerId"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("customerId: must not be null");
  }

  @Test
  void moneyEqualityIgnoresWrittenScaleOnly() {
    new EqualsTester()
        .addEqualityGroup(Money.of("1", "EUR"), Money.of("1.00", "EUR"), Money.of(new BigDecimal("1.0"),
            Currency.getInstance("EUR")), Money.parse("EUR 1.00"))
        .addEqualityGroup(Money.of("1", "USD"))
        .addEqualityGroup(Money.of("1.01", "EUR"))
        .addEqualityGroup(Money.of("-1", "EUR"))
        .addEqualityGroup(Money.of("1", "JPY"), Money.ofRounded(new BigDecimal("1.4"), Currency.getInstance("JPY"),
            java.math.RoundingMode.HALF_UP))
        .testEquals();
  }

  @Test
  void pagingValuesAreEqualByTheirParts() {
    new EqualsTester()
        .addEqualityGroup(PageRequest.first(10), new PageRequest(null, 10))
        .addEqualityGroup(new PageRequest("C-1", 10))
        .addEqualityGroup(PageRequest.first(11))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new RecordedEvent(1, EVENT), new RecordedEvent(1, new UnitOfWorkTest.Note("C-1", 1, AT)))
        .addEqualityGroup(new RecordedEvent(2, EVENT))
        .testEquals();
  }
}
