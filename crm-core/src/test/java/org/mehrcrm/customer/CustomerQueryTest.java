package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.customer.Invalid.assertInvalid;
import static org.mehrcrm.customer.TestCustomers.AGENT;
import static org.mehrcrm.customer.TestCustomers.SCHEMA;
import static org.mehrcrm.customer.TestCustomers.T0;
import static org.mehrcrm.customer.TestCustomers.at;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerQueryTest {
  private static final Customer ALI = person("C-1", "علی", "رضایی");
  private static final Customer ALEXEI = person("C-2", "Алёша", "Смирнов");
  private static final Customer JOSE = person("C-3", "José", "García");

  private static Customer person(String id, String given, String family) {
    return Customer.register(CustomerId.of(id), CustomerRegistration.person(PersonName.of(given, family)).build(),
        SCHEMA, AGENT, T0);
  }

  @Test
  void allMatchesEveryCustomer() {
    assertThat(CustomerQuery.all().matches(ALI)).isTrue();
    assertThat(CustomerQuery.all().matches(TestCustomers.parsSteel())).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"علی", "علي", "رضا", "رضائي", "علی رض", "رضایی ع"})
  void namePrefixMatchesGivenOrFamilyNameFirstHoweverItIsTyped(String prefix) {
    assertThat(CustomerQuery.all().withNamePrefix(prefix).matches(ALI)).isTrue();
  }

  @Test
  void namePrefixMatchesOnlyTheStartOfAName() {
    assertThat(CustomerQuery.all().withNamePrefix("ضایی").matches(ALI)).isFalse();
    assertThat(CustomerQuery.all().withNamePrefix("Ali").matches(ALI)).isFalse();
  }

  @Test
  void namePrefixIsFoldedWhenTheQueryIsMade() {
    assertThat(CustomerQuery.all().withNamePrefix("  АЛЕША ").namePrefix()).isEqualTo("алеша");
    assertThat(CustomerQuery.all().withNamePrefix("алеша").matches(ALEXEI)).isTrue();
    assertThat(CustomerQuery.all().withNamePrefix("GARCIA JO").matches(JOSE)).isTrue();
  }

  @Test
  void namePrefixOfAnOrganisationIsItsLegalName() {
    assertThat(CustomerQuery.all().withNamePrefix("pars st").matches(TestCustomers.parsSteel())).isTrue();
    assertThat(CustomerQuery.all().withNamePrefix("steel").matches(TestCustomers.parsSteel())).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u200C", "\u0640"})
  void namePrefixThatFoldsToNothingIsRejected(String prefix) {
    assertInvalid(() -> CustomerQuery.all().withNamePrefix(prefix), "namePrefix", "must not be blank");
  }

  @Test
  void stageTagOwnerAndKeyAccountMustEachMatch() {
    Customer rich = TestCustomers.richAli();

    assertThat(CustomerQuery.all().withStage(LifecycleStage.ACTIVE).matches(rich)).isTrue();
    assertThat(CustomerQuery.all().withStage(LifecycleStage.PROSPECT).matches(rich)).isFalse();
    assertThat(CustomerQuery.all().withTag(Tag.of("VIP")).matches(rich)).isTrue();
    assertThat(CustomerQuery.all().withTag(Tag.of("gold")).matches(rich)).isFalse();
    assertThat(CustomerQuery.all().withOwner("agent-3").matches(rich)).isTrue();
    assertThat(CustomerQuery.all().withOwner("agent-4").matches(rich)).isFalse();
    assertThat(CustomerQuery.all().withOwner("agent-3").matches(ALI)).as("unowned").isFalse();
    assertThat(CustomerQuery.all().withKeyAccount(true).matches(rich)).isTrue();
    assertThat(CustomerQuery.all().withKeyAccount(false).matches(rich)).isFalse();
    assertThat(CustomerQuery.all().withKeyAccount(false).matches(ALI)).isTrue();
  }

  @Test
  void everyGivenCriterionMustMatch() {
    Customer rich = TestCustomers.richAli();
    CustomerQuery query = CustomerQuery.all().withNamePrefix("rezaei").withTag(Tag.of("vip"))
        .withStage(LifecycleStage.ACTIVE).withOwner("agent-3").withKeyAccount(true);

    assertThat(query.matches(rich)).isTrue();
    assertThat(query.matches(rich.untag(Tag.of("vip"), at(1)))).isFalse();
    assertThat(query.matches(rich.moveTo(LifecycleStage.AT_RISK, null, "", AGENT, at(1)))).isFalse();
    assertThat(query.withNamePrefix("sara").matches(rich)).isFalse();
  }

  @Test
  void narrowingReturnsANewQuery() {
    CustomerQuery all = CustomerQuery.all();

    CustomerQuery narrowed = all.withStage(LifecycleStage.LOST);

    assertThat(all).isEqualTo(new CustomerQuery(null, null, null, null, null));
    assertThat(narrowed.stage()).isEqualTo(LifecycleStage.LOST);
  }

  @Test
  void ownerMustBeAValidId() {
    assertInvalid(() -> CustomerQuery.all().withOwner("agent 3"), "owner",
        "must not contain whitespace or control characters");
  }
}
