package org.mehrcrm.customer;

import static org.mehrcrm.customer.Invalid.assertInvalid;
import static org.mehrcrm.customer.TestCustomers.AGENT;
import static org.mehrcrm.customer.TestCustomers.ALI_ID;
import static org.mehrcrm.customer.TestCustomers.ALI_MAIL;
import static org.mehrcrm.customer.TestCustomers.SCHEMA;
import static org.mehrcrm.customer.TestCustomers.T0;
import static org.mehrcrm.customer.TestCustomers.aliRegistration;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mehrcrm.kernel.Money;

/**
 * Null handling and equality of the customer feature's values.
 *
 * <p>The feature follows two rules: a missing <em>object</em> is a programming error and throws
 * {@link NullPointerException} (checked with {@link NullPointerTester}); a missing piece of
 * <em>text</em> that a person typed is an invalid field ({@code "email: must not be null"}), checked
 * one by one below.
 */
class CustomerNullAndEqualityTest {
  private static final Instant AT = T0;

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(String.class, "abc")
      .setDefault(CustomerId.class, CustomerId.of("C-9"))
      .setDefault(Party.class, new Person(PersonName.of("Ali", "Rezaei")))
      .setDefault(PersonName.class, PersonName.of("Ali", "Rezaei"))
      .setDefault(Organisation.class, Organisation.of("Pars Steel Co.", null))
      .setDefault(Channel.class, Channel.EMAIL)
      .setDefault(Purpose.class, Purpose.MARKETING)
      .setDefault(ChurnReason.class, ChurnReason.PRICE)
      .setDefault(ContactAddress.class, ALI_MAIL)
      .setDefault(ContactPerson.class, new ContactPerson(CustomerId.of("C-9"), "buyer"))
      .setDefault(Consent.class, Consent.granted(Channel.SMS, Purpose.SALES, AT, "call"))
      .setDefault(Tag.class, Tag.of("vip"))
      .setDefault(ExternalRef.class, ExternalRef.of("shop", "1"))
      .setDefault(Money.class, Money.of("1", "EUR"))
      .setDefault(Instant.class, AT)
      .setDefault(LifecycleChange.class, new LifecycleChange(null, LifecycleStage.PROSPECT, null, "", AGENT, AT))
      .setDefault(AttributeSchema.class, AttributeSchema.of(AttributeDefinition.of("abc", AttributeType.TEXT, false)))
      .setDefault(CustomerRegistration.class, aliRegistration().build())
      .setDefault(CustomerSnapshot.class, TestCustomers.ali().snapshot());

  @Test
  void valueTypesRejectNullObjectsWithNullPointerException() {
    for (Class<?> type : List.of(Person.class, Organisation.class, ContactPoint.class, ContactPerson.class,
        Consent.class, Acquisition.class, AttributeDefinition.class, LifecycleChange.class, CustomerQuery.class,
        CustomerRegistration.class, CustomerSnapshot.class, SearchNames.class, AttributeSchema.class)) {
      testNonTextParameters(type);
    }
  }

  @Test
  void eventsRejectNulls() {
    for (Class<?> type : CustomerEvent.class.getDeclaredClasses()) {
      if (type.isRecord()) {
        tester.testAllPublicConstructors(type);
      }
    }
  }

  @Test
  void customerFactoriesAndCommandsRejectNullObjects() throws Exception {
    testNonTextParameters(Customer.class);
    testNonTextParametersOfInstanceMethods(TestCustomers.ali());
  }

  @Test
  void queriesSchemasAndBuildersRejectNullObjects() {
    tester.testAllPublicInstanceMethods(CustomerQuery.all());
    tester.testAllPublicInstanceMethods(SCHEMA);
    testNonTextParametersOfInstanceMethods(aliRegistration());
  }

  static Stream<Arguments> nullText() {
    return Stream.of(
        nullText("email", () -> EmailAddress.of(null)),
        nullText("phone", () -> PhoneNumber.of(null)),
        nullText("postal.street", () -> new PostalAddress(null, "Tehran", null, null, "IR")),
        nullText("postal.locality", () -> new PostalAddress("Valiasr 12", null, null, null, "IR")),
        nullText("postal.country", () -> new PostalAddress("Valiasr 12", "Tehran", null, null, null)),
        nullText("social.network", () -> SocialHandle.of(null, "ali")),
        nullText("social.handle", () -> SocialHandle.of("telegram", null)),
        nullText("tag", () -> Tag.of(null)),
        nullText("channel", () -> Channel.of(null)),
        nullText("purpose", () -> Purpose.of(null)),
        nullText("churnReason", () -> ChurnReason.of(null)),
        nullText("customerId", () -> CustomerId.of(null)),
        nullText("name.given", () -> PersonName.of(null, "Rezaei")),
        nullText("name.family", () -> PersonName.of("Ali", null)),
        nullText("legalName", () -> Organisation.of(null, null)),
        nullText("contactPerson.role", () -> new ContactPerson(ALI_ID, null)),
        nullText("consent.source", () -> Consent.granted(Channel.SMS, Purpose.SALES, AT, null)),
        nullText("acquisition.source", () -> new Acquisition(null, null)),
        nullText("attribute.name", () -> AttributeDefinition.of(null, AttributeType.TEXT, false)),
        nullText("externalRef.system", () -> ExternalRef.of(null, "1")),
        nullText("externalRef.id", () -> ExternalRef.of("sap", null)),
        nullText("actorId", () -> new LifecycleChange(null, LifecycleStage.PROSPECT, null, "", null, AT)),
        nullText("actorId", () -> Customer.register(ALI_ID, aliRegistration().build(), SCHEMA, null, AT)),
        nullText("owner", () -> aliRegistration().owner(null)),
        nullText("attributes.note", () -> TestCustomers.ali().setAttribute(SCHEMA, "note", null, AT)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullText")
  void nullTextIsAnInvalidField(String field, ThrowingCallable call) {
    assertInvalid(call, field, "must not be null");
  }

  @Test
  void contactAddressesAreEqualByTheirNormalisedForm() {
    new EqualsTester()
        .addEqualityGroup(EmailAddress.of("Ali@Example.com"), EmailAddress.of(" ali@example.com "))
        .addEqualityGroup(EmailAddress.of("sara@example.com"))
        .addEqualityGroup(PhoneNumber.of("+98 912 123 4567"), PhoneNumber.parse("۰۹۱۲۱۲۳۴۵۶۷", "IR"))
        .addEqualityGroup(PhoneNumber.of("+16502530000"))
        .addEqualityGroup(new PostalAddress("Valiasr St. 12", "Tehran", "", "۱۴۳۴۸۴۳", "ir"),
            new PostalAddress(" Valiasr St. 12", "Tehran ", null, "1434843", "IR"))
        .addEqualityGroup(new PostalAddress("Valiasr St. 14", "Tehran", null, "1434843", "IR"))
        .addEqualityGroup(SocialHandle.of("telegram", "@AliRezaei"), SocialHandle.of("telegram", "alirezaei"))
        .addEqualityGroup(SocialHandle.of("instagram", "alirezaei"))
        .testEquals();
  }

  @Test
  void codesTagsAndIdsAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(Tag.of("VIP"), Tag.of(" vip "))
        .addEqualityGroup(Tag.of("gold"))
        .addEqualityGroup(Channel.of("email"), Channel.EMAIL)
        .addEqualityGroup(Channel.of("bale"))
        .addEqualityGroup(Purpose.of("marketing"), Purpose.MARKETING)
        .addEqualityGroup(ChurnReason.of("price"), ChurnReason.PRICE)
        .addEqualityGroup(CustomerId.of("C-1"), new CustomerId("C-1"))
        .addEqualityGroup(CustomerId.of("c-1"))
        .addEqualityGroup(ExternalRef.parse("sap:1"), ExternalRef.of("sap", "1"))
        .addEqualityGroup(ExternalRef.of("sap", "2"))
        .testEquals();
  }

  @Test
  void partiesAndProfilePartsAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(PersonName.of("Ali", "Rezaei"), PersonName.of(" Ali ", "Rezaei "))
        .addEqualityGroup(PersonName.of("Rezaei", "Ali"))
        .addEqualityGroup(new Person(PersonName.of("Ali", "Rezaei")), new Person(PersonName.of("Ali", " Rezaei")))
        .addEqualityGroup(Organisation.of("Pars Steel Co.", null), new Organisation("Pars Steel Co.", null, List.of()))
        .addEqualityGroup(Organisation.of("Pars Steel Co.", "10101234567"))
        .addEqualityGroup(new ContactPerson(ALI_ID, "buyer"), new ContactPerson(CustomerId.of("C-1"), " buyer"))
        .addEqualityGroup(new ContactPoint(ALI_MAIL, true, false), new ContactPoint(EmailAddress.of("ALI.REZAEI@example.com"), true, false))
        .addEqualityGroup(new ContactPoint(ALI_MAIL, true, true))
        .addEqualityGroup(new Acquisition("walk-in", null), new Acquisition(" walk-in ", null))
        .addEqualityGroup(new Acquisition("walk-in", Money.of("5", "EUR")))
        .testEquals();
  }

  @Test
  void decisionsDeclarationsAndQueriesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(Consent.granted(Channel.SMS, Purpose.SALES, AT, "call"),
            new Consent(Channel.SMS, Purpose.SALES, ConsentStatus.GRANTED, AT, " call "))
        .addEqualityGroup(new Consent(Channel.SMS, Purpose.SALES, ConsentStatus.DENIED, AT, "call"))
        .addEqualityGroup(new LifecycleChange(LifecycleStage.ACTIVE, LifecycleStage.LOST, ChurnReason.PRICE, " x ",
            AGENT, AT), new LifecycleChange(LifecycleStage.ACTIVE, LifecycleStage.LOST, ChurnReason.PRICE, "x", AGENT,
            AT))
        .addEqualityGroup(new LifecycleChange(LifecycleStage.ACTIVE, LifecycleStage.LOST, ChurnReason.MOVED, "x",
            AGENT, AT))
        .addEqualityGroup(AttributeDefinition.choice("industry", true, List.of("retail")),
            new AttributeDefinition("industry", AttributeType.CHOICE, true, List.of("retail")))
        .addEqualityGroup(AttributeDefinition.choice("industry", false, List.of("retail")))
        .addEqualityGroup(CustomerQuery.all().withNamePrefix("ALI"), CustomerQuery.all().withNamePrefix(" ali"))
        .addEqualityGroup(CustomerQuery.all())
        .testEquals();
  }

  private void testNonTextParameters(Class<?> type) {
    for (Constructor<?> c : type.getConstructors()) {
      for (int i = 0; i < c.getParameterCount(); i++) {
        if (c.getParameterTypes()[i] != String.class) {
          tester.testConstructorParameter(c, i);
        }
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
        for (int i = 0; i < m.getParameterCount(); i++) {
          if (m.getParameterTypes()[i] != String.class || type == SearchNames.class) {
            tester.testMethodParameter(null, m, i);
          }
        }
      }
    }
  }

  private void testNonTextParametersOfInstanceMethods(Object instance) {
    for (Method m : instance.getClass().getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.getName().equals("equals")) {
        for (int i = 0; i < m.getParameterCount(); i++) {
          if (m.getParameterTypes()[i] != String.class) {
            tester.testMethodParameter(instance, m, i);
          }
        }
      }
    }
  }

  private static Arguments nullText(String field, ThrowingCallable call) {
    return Arguments.of(field, call);
  }
}
