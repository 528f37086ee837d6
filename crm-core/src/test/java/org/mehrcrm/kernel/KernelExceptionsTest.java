package org.mehrcrm.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class KernelExceptionsTest {

  @Test
  void invalidFieldMessageReadsFieldColonRule() {
    InvalidFieldException e = new InvalidFieldException("email", "must contain '@'");

    assertThat(e).hasMessage("email: must contain '@'").isInstanceOf(CrmException.class);
    assertThat(e.field()).isEqualTo("email");
    assertThat(e.rule()).isEqualTo("must contain '@'");
  }

  @Test
  void invalidFieldNamesNestedFieldsWithDots() {
    assertThat(new InvalidFieldException("name.given", "must not be blank"))
        .hasMessage("name.given: must not be blank");
  }

  @Test
  void notFoundNamesKindAndId() {
    NotFoundException e = new NotFoundException("customer", "C-1001");

    assertThat(e).hasMessage("customer C-1001: not found").isInstanceOf(CrmException.class);
    assertThat(e.kind()).isEqualTo("customer");
    assertThat(e.id()).isEqualTo("C-1001");
  }

  @Test
  void concurrentUpdateNamesBothVersions() {
    ConcurrentUpdateException e = new ConcurrentUpdateException("customer", "C-7", 3, 4);

    assertThat(e)
        .hasMessage("customer C-7: was changed concurrently (expected version 3, stored version 4)")
        .isInstanceOf(CrmException.class);
    assertThat(e.kind()).isEqualTo("customer");
    assertThat(e.id()).isEqualTo("C-7");
    assertThat(e.expectedVersion()).isEqualTo(3);
    assertThat(e.actualVersion()).isEqualTo(4);
  }

  @Test
  void accessDeniedNamesActorAndPermission() {
    AccessDeniedException e = new AccessDeniedException("agent-17", "customer:register");

    assertThat(e).hasMessage("actor agent-17: may not customer:register").isInstanceOf(CrmException.class);
    assertThat(e.actorId()).isEqualTo("agent-17");
    assertThat(e.permission()).isEqualTo("customer:register");
  }

  @Test
  void currencyMismatchCarriesBothCurrencies() {
    Currency eur = Currency.getInstance("EUR");
    Currency irr = Currency.getInstance("IRR");

    CurrencyMismatchException e = new CurrencyMismatchException(eur, irr);

    assertThat(e).hasMessage("currency: must match (EUR vs IRR)").isInstanceOf(CrmException.class);
    assertThat(e.first()).isEqualTo(eur);
    assertThat(e.second()).isEqualTo(irr);
  }

  @Test
  void crmExceptionsAreUnchecked() {
    assertThat(RuntimeException.class).isAssignableFrom(CrmException.class);
  }
}
