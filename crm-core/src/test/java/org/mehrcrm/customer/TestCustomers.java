package org.mehrcrm.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mehrcrm.kernel.Money;

/** Shared example customers, addresses and fixed moments for the customer tests. */
final class TestCustomers {
  static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  static final String AGENT = "agent-7";

  static final CustomerId ALI_ID = CustomerId.of("C-1");
  static final CustomerId PARS_ID = CustomerId.of("ORG-1");
  static final CustomerId SARA_ID = CustomerId.of("C-2");

  static final EmailAddress ALI_MAIL = EmailAddress.of("ali.rezaei@example.com");
  static final EmailAddress ALI_WORK_MAIL = EmailAddress.of("ali@pars-steel.ir");
  static final PhoneNumber ALI_MOBILE = PhoneNumber.of("+98 912 123 4567");
  static final PhoneNumber ALI_LANDLINE = PhoneNumber.of("+98 21 8888 1234");
  static final PostalAddress ALI_HOME = new PostalAddress("Valiasr St. 12", "Tehran", null, "1434843", "IR");
  static final SocialHandle ALI_TELEGRAM = SocialHandle.of("telegram", "@AliRezaei");

  static final AttributeSchema SCHEMA = AttributeSchema.of(
      AttributeDefinition.of("credit-limit", AttributeType.DECIMAL, false),
      AttributeDefinition.of("newsletter", AttributeType.BOOLEAN, false),
      AttributeDefinition.of("note", AttributeType.TEXT, false),
      AttributeDefinition.choice("segment", false, List.of("retail", "wholesale")));

  private TestCustomers() {}

  static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  static CustomerRegistration.Builder aliRegistration() {
    return CustomerRegistration.person(PersonName.of("Ali", "Rezaei")).id(ALI_ID);
  }

  /** Ali as just registered, with the Registered event pending. */
  static Customer registeredAli() {
    return Customer.register(ALI_ID, aliRegistration().contact(ALI_MAIL).build(), SCHEMA, AGENT, T0);
  }

  /** Ali as read from storage: one e-mail address, no pending events. */
  static Customer ali() {
    return Customer.restore(registeredAli().snapshot());
  }

  /** Ali with every part filled in, as read from storage. */
  static Customer richAli() {
    CustomerRegistration registration = aliRegistration()
        .stage(LifecycleStage.ACTIVE)
        .contact(ALI_MAIL)
        .contact(ALI_WORK_MAIL)
        .verifiedContact(ALI_MOBILE)
        .contact(ALI_LANDLINE)
        .contact(ALI_HOME)
        .contact(ALI_TELEGRAM)
        .prefer(Channel.EMAIL, Channel.SMS)
        .consent(Consent.granted(Channel.EMAIL, Purpose.MARKETING, T0, "web-signup-form"))
        .tag("vip", "b2b")
        .owner("agent-3")
        .keyAccount(true)
        .acquisition(new Acquisition("spring-campaign-2026", Money.of("35.00", "EUR")))
        .attribute("credit-limit", "1500.00")
        .attribute("segment", "retail")
        .externalRef(ExternalRef.of("sap", "0000104711"))
        .build();
    return Customer.restore(Customer.register(ALI_ID, registration, SCHEMA, AGENT, T0).snapshot());
  }

  /** Pars Steel, an organisation, as read from storage. */
  static Customer parsSteel() {
    CustomerRegistration registration = CustomerRegistration
        .organisation(Organisation.of("Pars Steel Co.", "10101234567"))
        .id(PARS_ID)
        .stage(LifecycleStage.ACTIVE)
        .build();
    return Customer.restore(Customer.register(PARS_ID, registration, SCHEMA, AGENT, T0).snapshot());
  }
}
