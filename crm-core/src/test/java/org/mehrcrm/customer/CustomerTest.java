package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.customer.Invalid.assertInvalid;
import static org.mehrcrm.customer.TestCustomers.AGENT;
import static org.mehrcrm.customer.TestCustomers.ALI_HOME;
import static org.mehrcrm.customer.TestCustomers.ALI_ID;
import static org.mehrcrm.customer.TestCustomers.ALI_LANDLINE;
import static org.mehrcrm.customer.TestCustomers.ALI_MAIL;
import static org.mehrcrm.customer.TestCustomers.ALI_MOBILE;
import static org.mehrcrm.customer.TestCustomers.ALI_TELEGRAM;
import static org.mehrcrm.customer.TestCustomers.ALI_WORK_MAIL;
import static org.mehrcrm.customer.TestCustomers.PARS_ID;
import static org.mehrcrm.customer.TestCustomers.SARA_ID;
import static org.mehrcrm.customer.TestCustomers.SCHEMA;
import static org.mehrcrm.customer.TestCustomers.T0;
import static org.mehrcrm.customer.TestCustomers.ali;
import static org.mehrcrm.customer.TestCustomers.aliRegistration;
import static org.mehrcrm.customer.TestCustomers.at;
import static org.mehrcrm.customer.TestCustomers.parsSteel;
import static org.mehrcrm.customer.TestCustomers.richAli;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerEvent.ContactChange;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

class CustomerTest {

  @Nested
  class Registration {

    @Test
    void registerRaisesRegisteredAndStartsTheHistory() {
      Customer customer = Customer.register(ALI_ID, aliRegistration().build(), SCHEMA, AGENT, T0);

      assertThat(customer.pendingEvents())
          .containsExactly(new CustomerEvent.Registered(ALI_ID, PartyKind.PERSON, LifecycleStage.PROSPECT, T0));
      assertThat(customer.id()).isEqualTo(ALI_ID);
      assertThat(customer.version()).isZero();
      assertThat(customer.stage()).isEqualTo(LifecycleStage.PROSPECT);
      assertThat(customer.isProspect()).isTrue();
      assertThat(customer.lifecycleHistory())
          .containsExactly(new LifecycleChange(null, LifecycleStage.PROSPECT, null, "registered", AGENT, T0));
      assertThat(customer.registeredAt()).isEqualTo(T0);
      assertThat(customer.displayName()).isEqualTo("Ali Rezaei");
    }

    @Test
    void registeredEventCarriesIdsAndFactsOnly() {
      CustomerEvent event = TestCustomers.registeredAli().pendingEvents().get(0);

      assertThat(event.aggregateId()).isEqualTo("C-1");
      assertThat(event.occurredAt()).isEqualTo(T0);
      assertThat(event.toString()).doesNotContain("Ali").doesNotContain("Rezaei").doesNotContain("example.com");
    }

    @Test
    void organisationRegistersAsAnOrganisation() {
      Customer pars = Customer.register(PARS_ID, CustomerRegistration
          .organisation(Organisation.of("Pars Steel Co.", null)).stage(LifecycleStage.ACTIVE).build(),
          SCHEMA, AGENT, T0);

      assertThat(pars.pendingEvents())
          .containsExactly(new CustomerEvent.Registered(PARS_ID, PartyKind.ORGANISATION, LifecycleStage.ACTIVE, T0));
      assertThat(pars.isProspect()).isFalse();
    }

    @Test
    void firstContactPointOfEachKindIsPrimary() {
      Customer customer = Customer.register(ALI_ID, aliRegistration()
          .contact(ALI_MAIL).contact(ALI_WORK_MAIL).verifiedContact(ALI_MOBILE).contact(ALI_LANDLINE)
          .contact(ALI_HOME).build(), SCHEMA, AGENT, T0);

      assertThat(customer.contactPoints()).containsExactly(
          new ContactPoint(ALI_MAIL, true, false),
          new ContactPoint(ALI_WORK_MAIL, false, false),
          new ContactPoint(ALI_MOBILE, true, true),
          new ContactPoint(ALI_LANDLINE, false, false),
          new ContactPoint(ALI_HOME, true, false));
      assertThat(customer.primary(ContactKind.EMAIL)).contains(new ContactPoint(ALI_MAIL, true, false));
      assertThat(customer.primary(ContactKind.SOCIAL)).isEmpty();
    }

    @Test
    void repeatedContactAddressIsRegisteredOnce() {
      CustomerRegistration registration = aliRegistration()
          .contact(ALI_MAIL).contact(EmailAddress.of("ALI.REZAEI@example.com")).build();

      assertThat(registration.contactPoints()).containsExactly(new ContactPoint(ALI_MAIL, true, false));
    }

    @Test
    void tagsAreStoredSorted() {
      Customer customer = Customer.register(ALI_ID, aliRegistration().tag("vip", "B2B", "alpha", "VIP").build(),
          SCHEMA, AGENT, T0);

      assertThat(customer.tags()).containsExactly(Tag.of("alpha"), Tag.of("b2b"), Tag.of("vip"));
    }

    @Test
    void attributesAreCanonicalisedThroughTheSchema() {
      Customer customer = Customer.register(ALI_ID, aliRegistration()
          .attribute("credit-limit", " 1500.00 ").attribute("newsletter", "TRUE").build(), SCHEMA, AGENT, T0);

      assertThat(customer.attributes()).containsExactlyInAnyOrderEntriesOf(
          Map.of("credit-limit", "1500", "newsletter", "true"));
    }

    @Test
    void attributeOutsideTheSchemaIsRefused() {
      CustomerRegistration registration = aliRegistration().attribute("colour", "red").build();

      assertInvalid(() -> Customer.register(ALI_ID, registration, SCHEMA, AGENT, T0), "attributes.colour",
          "must be declared in the attribute schema");
    }

    @Test
    void missingRequiredAttributeIsRefused() {
      AttributeSchema schema = AttributeSchema.of(
          AttributeDefinition.choice("industry", true, List.of("retail", "banking")));

      assertInvalid(() -> Customer.register(ALI_ID, aliRegistration().build(), schema, AGENT, T0),
          "attributes.industry", "is required");
    }

    @Test
    void registeringActorMustBeAValidId() {
      assertInvalid(() -> Customer.register(ALI_ID, aliRegistration().build(), SCHEMA, "agent 7", T0), "actorId",
          "must not contain whitespace or control characters");
    }

    @Test
    void registrationStartsOnlyAsProspectOrActive() {
      for (LifecycleStage stage : List.of(LifecycleStage.AT_RISK, LifecycleStage.LAPSED, LifecycleStage.LOST,
          LifecycleStage.WON_BACK)) {
        assertInvalid(() -> aliRegistration().stage(stage).build(), "stage",
            "must be PROSPECT or ACTIVE at registration");
      }
    }

    @Test
    void registrationHoldsOneReferencePerSystem() {
      CustomerRegistration.Builder builder = aliRegistration().externalRef(ExternalRef.of("sap", "1"));

      builder.externalRef(ExternalRef.of("sap", "1"));

      assertInvalid(() -> builder.externalRef(ExternalRef.of("sap", "2")), "externalRef",
          "must be the only reference in system sap");
      assertThat(builder.build().externalRefs()).containsExactly(ExternalRef.of("sap", "1"));
    }

    @Test
    void registrationOwnerMustBeAValidId() {
      assertInvalid(() -> aliRegistration().owner(""), "owner", "must not be empty");
    }

    @Test
    void registrationConsentsAreRecordedInOrderWithTheirEvents() {
      Consent granted = Consent.granted(Channel.EMAIL, Purpose.MARKETING, at(-10), "web-signup-form");
      Consent withdrawn = new Consent(Channel.EMAIL, Purpose.MARKETING, ConsentStatus.WITHDRAWN, at(-5), "unsubscribe");

      Customer customer = Customer.register(ALI_ID, aliRegistration().consent(granted).consent(withdrawn).build(),
          SCHEMA, AGENT, T0);

      assertThat(customer.consents()).containsExactly(granted, withdrawn);
      assertThat(customer.pendingEvents()).containsExactly(
          new CustomerEvent.Registered(ALI_ID, PartyKind.PERSON, LifecycleStage.PROSPECT, T0),
          new CustomerEvent.ConsentRecorded(ALI_ID, Channel.EMAIL, Purpose.MARKETING, ConsentStatus.GRANTED, at(-10)),
          new CustomerEvent.ConsentRecorded(ALI_ID, Channel.EMAIL, Purpose.MARKETING, ConsentStatus.WITHDRAWN,
              at(-5)));
    }

    @Test
    void registrationFollowsTheConsentRules() {
      Consent withdrawn = new Consent(Channel.EMAIL, Purpose.MARKETING, ConsentStatus.WITHDRAWN, at(-5), "unsubscribe");
      Consent later = Consent.granted(Channel.SMS, Purpose.SALES, at(-1), "call");
      Consent earlier = new Consent(Channel.SMS, Purpose.SALES, ConsentStatus.DENIED, at(-2), "paper");

      assertInvalid(() -> Customer.register(ALI_ID, aliRegistration().consent(withdrawn).build(), SCHEMA, AGENT, T0),
          "consent.status", "must only withdraw a granted consent");
      assertInvalid(() -> Customer.register(ALI_ID, aliRegistration().consent(later).consent(earlier).build(), SCHEMA,
          AGENT, T0), "consent.at", "must not be before the decision in force");
    }

    @Test
    void everyPartOfARichRegistrationArrives() {
      Customer customer = richAli();

      assertThat(customer.stage()).isEqualTo(LifecycleStage.ACTIVE);
      assertThat(customer.preferredChannels()).containsExactly(Channel.EMAIL, Channel.SMS);
      assertThat(customer.hasConsent(Channel.EMAIL, Purpose.MARKETING)).isTrue();
      assertThat(customer.owner()).contains("agent-3");
      assertThat(customer.isKeyAccount()).isTrue();
      assertThat(customer.acquisition()).contains(new Acquisition("spring-campaign-2026", Money.of("35", "EUR")));
      assertThat(customer.externalRefs()).containsExactly(ExternalRef.of("sap", "0000104711"));
      assertThat(customer.contactPoint(ALI_TELEGRAM)).contains(new ContactPoint(ALI_TELEGRAM, true, false));
    }
  }

  @Nested
  class Lifecycle {

    @Test
    void allowedMoveAppendsToTheHistoryAndRaisesStageChanged() {
      Customer active = ali().moveTo(LifecycleStage.ACTIVE, null, " first order ", AGENT, at(5));

      assertThat(active.stage()).isEqualTo(LifecycleStage.ACTIVE);
      assertThat(active.lifecycleHistory()).hasSize(2).last()
          .isEqualTo(new LifecycleChange(LifecycleStage.PROSPECT, LifecycleStage.ACTIVE, null, "first order", AGENT,
              at(5)));
      assertThat(active.pendingEvents()).containsExactly(
          new CustomerEvent.StageChanged(ALI_ID, LifecycleStage.PROSPECT, LifecycleStage.ACTIVE, null, at(5)));
    }

    @Test
    void disallowedMoveIsRefusedNamingTheAllowedStages() {
      Customer prospect = ali();

      assertInvalid(() -> prospect.moveTo(LifecycleStage.LAPSED, null, "", AGENT, at(5)), "stage",
          "must not move from PROSPECT to LAPSED (allowed: [ACTIVE, LOST])");
    }

    @Test
    void moveDatedBeforeTheLastChangeIsRefused() {
      Customer active = ali().moveTo(LifecycleStage.ACTIVE, null, "", AGENT, at(5));

      assertInvalid(() -> active.moveTo(LifecycleStage.AT_RISK, null, "", AGENT, at(4)), "at",
          "must not be before the last lifecycle change");
    }

    @Test
    void lostRequiresChurnReason() {
      Customer active = richAli();

      assertInvalid(() -> active.moveTo(LifecycleStage.LOST, null, "", AGENT, at(5)), "reason",
          "must be given when a customer is lost");
    }

    @Test
    void churnReasonIsRefusedForOtherStages() {
      Customer active = richAli();

      assertInvalid(() -> active.moveTo(LifecycleStage.AT_RISK, ChurnReason.PRICE, "", AGENT, at(5)), "reason",
          "must only be given when a customer is lost");
    }

    @Test
    void lostCustomerCarriesTheReasonAndComesBackOnlyAsWonBack() {
      Customer lost = richAli().moveTo(LifecycleStage.LOST, ChurnReason.COMPETITOR, "rival contract", AGENT, at(5));

      assertThat(lost.pendingEvents()).last().isEqualTo(new CustomerEvent.StageChanged(ALI_ID, LifecycleStage.ACTIVE,
          LifecycleStage.LOST, ChurnReason.COMPETITOR, at(5)));
      assertThat(lost.lifecycleHistory()).last().extracting(LifecycleChange::reason).isEqualTo(ChurnReason.COMPETITOR);
      assertInvalid(() -> lost.moveTo(LifecycleStage.ACTIVE, null, "", AGENT, at(6)), "stage",
          "must not move from LOST to ACTIVE (allowed: [WON_BACK])");
      assertThat(lost.moveTo(LifecycleStage.WON_BACK, null, "", AGENT, at(6)).stage())
          .isEqualTo(LifecycleStage.WON_BACK);
    }

    @Test
    void movingToTheSameStageIsRefused() {
      assertInvalid(() -> richAli().moveTo(LifecycleStage.ACTIVE, null, "", AGENT, at(5)), "stage",
          "must not move from ACTIVE to ACTIVE (allowed: [AT_RISK, LAPSED, LOST])");
    }

    @Test
    void noteOfMoreThanFiveHundredCharactersIsRefused() {
      assertInvalid(() -> ali().moveTo(LifecycleStage.ACTIVE, null, "n".repeat(501), AGENT, at(5)), "note",
          "must be at most 500 characters");
    }

    @Test
    void movingActorMustBeAValidId() {
      assertInvalid(() -> ali().moveTo(LifecycleStage.ACTIVE, null, "", "", at(5)), "actorId", "must not be empty");
    }
  }

  @Nested
  class ContactPoints {

    @Test
    void firstAddedPointOfAKindBecomesPrimaryTheNextDoesNot() {
      Customer customer = ali().addContactPoint(ALI_MOBILE, at(1)).addContactPoint(ALI_LANDLINE, at(2));

      assertThat(customer.contactPoint(ALI_MOBILE)).contains(new ContactPoint(ALI_MOBILE, true, false));
      assertThat(customer.contactPoint(ALI_LANDLINE)).contains(new ContactPoint(ALI_LANDLINE, false, false));
      assertThat(customer.pendingEvents()).containsExactly(
          new CustomerEvent.ContactPointChanged(ALI_ID, ContactKind.PHONE, ContactChange.ADDED, at(1)),
          new CustomerEvent.ContactPointChanged(ALI_ID, ContactKind.PHONE, ContactChange.ADDED, at(2)));
    }

    @Test
    void addingAnAddressTheCustomerHasIsANoOp() {
      Customer customer = ali();

      assertThat(customer.addContactPoint(EmailAddress.of(" ALI.Rezaei@EXAMPLE.com"), at(1))).isSameAs(customer);
    }

    @Test
    void verifyingMarksThePointVerified() {
      Customer verified = ali().verifyContactPoint(ALI_MAIL, at(1));

      assertThat(verified.contactPoint(ALI_MAIL)).contains(new ContactPoint(ALI_MAIL, true, true));
      assertThat(verified.pendingEvents()).containsExactly(
          new CustomerEvent.ContactPointChanged(ALI_ID, ContactKind.EMAIL, ContactChange.VERIFIED, at(1)));
      assertThat(verified.verifyContactPoint(ALI_MAIL, at(2))).isSameAs(verified);
    }

    @Test
    void makePrimaryHandsThePrimaryFlagOver() {
      Customer customer = richAli().makePrimary(ALI_WORK_MAIL, at(1));

      assertThat(customer.primary(ContactKind.EMAIL)).contains(new ContactPoint(ALI_WORK_MAIL, true, false));
      assertThat(customer.contactPoint(ALI_MAIL)).contains(new ContactPoint(ALI_MAIL, false, false));
      assertThat(customer.pendingEvents()).containsExactly(
          new CustomerEvent.ContactPointChanged(ALI_ID, ContactKind.EMAIL, ContactChange.MADE_PRIMARY, at(1)));
      assertThat(customer.makePrimary(ALI_WORK_MAIL, at(2))).isSameAs(customer);
    }

    @Test
    void removingThePrimaryHandsItToTheNextPointOfTheSameKind() {
      Customer customer = richAli().removeContactPoint(ALI_MOBILE, at(1));

      assertThat(customer.contactPoint(ALI_MOBILE)).isEmpty();
      assertThat(customer.primary(ContactKind.PHONE)).contains(new ContactPoint(ALI_LANDLINE, true, false));
      assertThat(customer.primary(ContactKind.EMAIL)).contains(new ContactPoint(ALI_MAIL, true, false));
      assertThat(customer.pendingEvents()).containsExactly(
          new CustomerEvent.ContactPointChanged(ALI_ID, ContactKind.PHONE, ContactChange.REMOVED, at(1)));
    }

    @Test
    void removingASecondaryPointKeepsThePrimary() {
      Customer customer = richAli().removeContactPoint(ALI_WORK_MAIL, at(1));

      assertThat(customer.primary(ContactKind.EMAIL)).contains(new ContactPoint(ALI_MAIL, true, false));
      assertThat(customer.contactPoints()).hasSize(5);
    }

    @Test
    void removingTheLastPointOfAKindLeavesNoPrimaryOfThatKind() {
      Customer customer = richAli().removeContactPoint(ALI_HOME, at(1));

      assertThat(customer.primary(ContactKind.POSTAL)).isEmpty();
    }

    @Test
    void commandsOnAnAddressTheCustomerLacksAreRefused() {
      Customer customer = ali();
      String rule = "must be one of the customer's contact points";

      assertInvalid(() -> customer.verifyContactPoint(ALI_MOBILE, at(1)), "contactPoint", rule);
      assertInvalid(() -> customer.makePrimary(ALI_MOBILE, at(1)), "contactPoint", rule);
      assertInvalid(() -> customer.removeContactPoint(ALI_MOBILE, at(1)), "contactPoint", rule);
    }

    @Test
    void contactPointsAreLookedUpByKey() {
      assertThat(richAli().contactPoint(PhoneNumber.parse("0912 123 4567", "IR")))
          .contains(new ContactPoint(ALI_MOBILE, true, true));
    }
  }

  @Nested
  class Preferences {

    @Test
    void preferredChannelsAreReplacedInOrder() {
      Customer customer = richAli().preferChannels(List.of(Channel.SMS, Channel.PHONE), at(1));

      assertThat(customer.preferredChannels()).containsExactly(Channel.SMS, Channel.PHONE);
      assertThat(customer.pendingEvents()).containsExactly(
          new CustomerEvent.PreferredChannelsChanged(ALI_ID, List.of(Channel.SMS, Channel.PHONE), at(1)));
    }

    @Test
    void theSameOrderIsANoOp() {
      Customer customer = richAli();

      assertThat(customer.preferChannels(List.of(Channel.EMAIL, Channel.SMS), at(1))).isSameAs(customer);
    }

    @Test
    void repeatedChannelIsRefused() {
      assertInvalid(() -> richAli().preferChannels(List.of(Channel.SMS, Channel.SMS), at(1)), "preferredChannels",
          "must not repeat a channel");
    }
  }

  @Nested
  class Consents {
    private final Consent granted = Consent.granted(Channel.SMS, Purpose.MARKETING, at(10), "call-centre");
    private final Consent withdrawn =
        new Consent(Channel.SMS, Purpose.MARKETING, ConsentStatus.WITHDRAWN, at(20), "unsubscribe-link");
    private final Consent denied = new Consent(Channel.SMS, Purpose.MARKETING, ConsentStatus.DENIED, at(10), "call");

    @Test
    void recordedConsentIsInForceAndRaisesConsentRecorded() {
      Customer customer = ali().recordConsent(granted);

      assertThat(customer.consent(Channel.SMS, Purpose.MARKETING)).contains(granted);
      assertThat(customer.hasConsent(Channel.SMS, Purpose.MARKETING)).isTrue();
      assertThat(customer.pendingEvents()).containsExactly(new CustomerEvent.ConsentRecorded(ALI_ID, Channel.SMS,
          Purpose.MARKETING, ConsentStatus.GRANTED, at(10)));
    }

    @Test
    void withdrawingAGrantedConsentEndsIt() {
      Customer customer = ali().recordConsent(granted).recordConsent(withdrawn);

      assertThat(customer.hasConsent(Channel.SMS, Purpose.MARKETING)).isFalse();
      assertThat(customer.consent(Channel.SMS, Purpose.MARKETING)).contains(withdrawn);
      assertThat(customer.consents()).containsExactly(granted, withdrawn);
    }

    @Test
    void withdrawOnlyAGrantedConsent() {
      assertInvalid(() -> ali().recordConsent(withdrawn), "consent.status", "must only withdraw a granted consent");
      assertInvalid(() -> ali().recordConsent(denied).recordConsent(withdrawn), "consent.status",
          "must only withdraw a granted consent");
      assertInvalid(() -> ali().recordConsent(granted).recordConsent(withdrawn).recordConsent(
          new Consent(Channel.SMS, Purpose.MARKETING, ConsentStatus.WITHDRAWN, at(30), "again")), "consent.status",
          "must only withdraw a granted consent");
    }

    @Test
    void decisionOlderThanTheOneInForceIsRefused() {
      Customer customer = ali().recordConsent(granted);
      Consent older = new Consent(Channel.SMS, Purpose.MARKETING, ConsentStatus.DENIED, at(9), "old paper form");

      assertInvalid(() -> customer.recordConsent(older), "consent.at", "must not be before the decision in force");
    }

    @Test
    void decisionAtTheSameMomentAsTheOneInForceIsAccepted() {
      Customer customer = ali().recordConsent(granted).recordConsent(denied);

      assertThat(customer.consent(Channel.SMS, Purpose.MARKETING)).contains(denied);
    }

    @Test
    void consentsAreKeptPerChannelAndPurpose() {
      Customer customer = ali().recordConsent(granted)
          .recordConsent(Consent.granted(Channel.EMAIL, Purpose.SURVEY, at(1), "survey-form"));

      assertThat(customer.hasConsent(Channel.EMAIL, Purpose.SURVEY)).isTrue();
      assertThat(customer.hasConsent(Channel.EMAIL, Purpose.MARKETING)).isFalse();
      assertThat(customer.hasConsent(Channel.SMS, Purpose.SURVEY)).isFalse();
    }

    @Test
    void deniedAndNeverAskedMeanNoConsent() {
      assertThat(ali().hasConsent(Channel.SMS, Purpose.MARKETING)).isFalse();
      assertThat(ali().consent(Channel.SMS, Purpose.MARKETING)).isEmpty();
      assertThat(ali().recordConsent(denied).hasConsent(Channel.SMS, Purpose.MARKETING)).isFalse();
    }
  }

  @Nested
  class TagsOwnerAndKeyAccount {

    @Test
    void taggingKeepsTagsSortedAndRaisesTagChanged() {
      Customer customer = richAli().tag(Tag.of("Gold"), at(1));

      assertThat(customer.tags()).containsExactly(Tag.of("b2b"), Tag.of("gold"), Tag.of("vip"));
      assertThat(customer.pendingEvents()).containsExactly(new CustomerEvent.TagChanged(ALI_ID, Tag.of("gold"), true,
          at(1)));
    }

    @Test
    void taggingWithATagTheCustomerHasIsANoOp() {
      Customer customer = richAli();

      assertThat(customer.tag(Tag.of("VIP"), at(1))).isSameAs(customer);
    }

    @Test
    void untaggingRemovesTheTag() {
      Customer customer = richAli().untag(Tag.of("vip"), at(1));

      assertThat(customer.tags()).containsExactly(Tag.of("b2b"));
      assertThat(customer.pendingEvents()).containsExactly(new CustomerEvent.TagChanged(ALI_ID, Tag.of("vip"), false,
          at(1)));
      assertThat(customer.untag(Tag.of("vip"), at(2))).isSameAs(customer);
    }

    @Test
    void assigningAnOwnerRaisesOwnerAssignedAndNullUnassigns() {
      Customer owned = ali().assignOwner("agent-3", at(1));
      Customer unowned = owned.assignOwner(null, at(2));

      assertThat(owned.owner()).contains("agent-3");
      assertThat(unowned.owner()).isEmpty();
      assertThat(unowned.pendingEvents()).containsExactly(
          new CustomerEvent.OwnerAssigned(ALI_ID, "agent-3", at(1)),
          new CustomerEvent.OwnerAssigned(ALI_ID, null, at(2)));
      assertThat(owned.assignOwner("agent-3", at(3))).isSameAs(owned);
      assertThat(ali().assignOwner(null, at(3))).isNotNull().satisfies(c -> assertThat(c.pendingEvents()).isEmpty());
    }

    @Test
    void ownerMustBeAValidId() {
      assertInvalid(() -> ali().assignOwner("agent 3", at(1)), "owner",
          "must not contain whitespace or control characters");
    }

    @Test
    void keyAccountFlagChangesOnlyWhenDifferent() {
      Customer key = ali().markKeyAccount(true, at(1));

      assertThat(key.isKeyAccount()).isTrue();
      assertThat(key.pendingEvents()).containsExactly(new CustomerEvent.KeyAccountChanged(ALI_ID, true, at(1)));
      assertThat(key.markKeyAccount(true, at(2))).isSameAs(key);
    }
  }

  @Nested
  class Attributes {

    @Test
    void setAttributeStoresTheCanonicalForm() {
      Customer customer = ali().setAttribute(SCHEMA, "credit-limit", "2500.50", at(1));

      assertThat(customer.attributes()).containsEntry("credit-limit", "2500.5");
      assertThat(customer.pendingEvents()).containsExactly(new CustomerEvent.AttributeChanged(ALI_ID, "credit-limit",
          at(1)));
    }

    @Test
    void settingAnEquivalentValueIsANoOp() {
      Customer customer = richAli();

      assertThat(customer.setAttribute(SCHEMA, "credit-limit", "1500.000", at(1))).isSameAs(customer);
    }

    @Test
    void undeclaredAttributeAndWrongTypeAreRefused() {
      assertInvalid(() -> ali().setAttribute(SCHEMA, "colour", "red", at(1)), "attributes.colour",
          "must be declared in the attribute schema");
      assertInvalid(() -> ali().setAttribute(SCHEMA, "credit-limit", "lots", at(1)), "attributes.credit-limit",
          "must be a decimal");
      assertInvalid(() -> ali().setAttribute(SCHEMA, "segment", "vip", at(1)), "attributes.segment",
          "must be one of [retail, wholesale]");
    }

    @Test
    void removeAttributeDropsTheValue() {
      Customer customer = richAli().removeAttribute(SCHEMA, "segment", at(1));

      assertThat(customer.attributes()).doesNotContainKey("segment");
      assertThat(customer.pendingEvents()).containsExactly(new CustomerEvent.AttributeChanged(ALI_ID, "segment",
          at(1)));
      assertThat(customer.removeAttribute(SCHEMA, "segment", at(2))).isSameAs(customer);
    }

    @Test
    void requiredAttributeCannotBeRemoved() {
      AttributeSchema strict = AttributeSchema.of(
          AttributeDefinition.choice("segment", true, List.of("retail", "wholesale")));

      assertInvalid(() -> richAli().removeAttribute(strict, "segment", at(1)), "attributes.segment", "is required");
    }
  }

  @Nested
  class ExternalRefs {

    @Test
    void addingAReferenceRaisesExternalRefAdded() {
      Customer customer = ali().addExternalRef(ExternalRef.of("shop", "u-17"), at(1));

      assertThat(customer.externalRefs()).containsExactly(ExternalRef.of("shop", "u-17"));
      assertThat(customer.pendingEvents()).containsExactly(
          new CustomerEvent.ExternalRefAdded(ALI_ID, ExternalRef.of("shop", "u-17"), at(1)));
    }

    @Test
    void addingTheSameReferenceIsANoOp() {
      Customer customer = richAli();

      assertThat(customer.addExternalRef(ExternalRef.of("sap", "0000104711"), at(1))).isSameAs(customer);
    }

    @Test
    void aSecondReferenceInTheSameSystemIsRefused() {
      assertInvalid(() -> richAli().addExternalRef(ExternalRef.of("sap", "0000999999"), at(1)), "externalRef",
          "must be the only reference in system sap");
    }
  }

  @Nested
  class ContactPersons {
    private final ContactPerson buyer = new ContactPerson(SARA_ID, "buyer");

    @Test
    void contactPersonsBelongOnlyToOrganisations() {
      assertInvalid(() -> ali().addContactPerson(buyer, at(1)), "contactPerson", "must belong to an organisation");
      assertInvalid(() -> ali().removeContactPerson(SARA_ID, at(1)), "contactPerson",
          "must belong to an organisation");
    }

    @Test
    void organisationCannotBeItsOwnContactPerson() {
      assertInvalid(() -> parsSteel().addContactPerson(new ContactPerson(PARS_ID, "self"), at(1)), "contactPerson",
          "must not be the organisation itself");
    }

    @Test
    void addingAContactPersonRaisesContactPersonChanged() {
      Customer pars = parsSteel().addContactPerson(buyer, at(1));

      assertThat(((Organisation) pars.party()).contactPersons()).containsExactly(buyer);
      assertThat(pars.pendingEvents()).containsExactly(new CustomerEvent.ContactPersonChanged(PARS_ID, SARA_ID, true,
          at(1)));
      assertThat(pars.addContactPerson(new ContactPerson(SARA_ID, " buyer "), at(2))).isSameAs(pars);
    }

    @Test
    void addingAListedPersonWithAnotherRoleReplacesTheRole() {
      Customer pars = parsSteel().addContactPerson(buyer, at(1))
          .addContactPerson(new ContactPerson(SARA_ID, "managing director"), at(2));

      assertThat(((Organisation) pars.party()).contactPersons())
          .containsExactly(new ContactPerson(SARA_ID, "managing director"));
    }

    @Test
    void removingAContactPerson() {
      Customer pars = parsSteel().addContactPerson(buyer, at(1)).removeContactPerson(SARA_ID, at(2));

      assertThat(((Organisation) pars.party()).contactPersons()).isEmpty();
      assertThat(pars.pendingEvents()).last().isEqualTo(new CustomerEvent.ContactPersonChanged(PARS_ID, SARA_ID,
          false, at(2)));
      assertThat(pars.removeContactPerson(SARA_ID, at(3))).isSameAs(pars);
    }
  }

  @Nested
  class Profile {

    @Test
    void changePartyReplacesTheNameAndRaisesProfileChanged() {
      Customer customer = ali().changeParty(new Person(PersonName.of("Ali", "Rezaei-Tehrani")), at(1));

      assertThat(customer.displayName()).isEqualTo("Ali Rezaei-Tehrani");
      assertThat(customer.pendingEvents()).containsExactly(new CustomerEvent.ProfileChanged(ALI_ID, at(1)));
    }

    @Test
    void anEqualPartyIsANoOp() {
      Customer customer = ali();

      assertThat(customer.changeParty(new Person(PersonName.of(" Ali ", "Rezaei")), at(1))).isSameAs(customer);
    }

    @Test
    void thePartyKindCannotChange() {
      assertInvalid(() -> ali().changeParty(Organisation.of("Rezaei Trading", null), at(1)), "party",
          "must stay a person");
      assertInvalid(() -> parsSteel().changeParty(new Person(PersonName.of("Sara", "Ahmadi")), at(1)), "party",
          "must stay an organisation");
    }

    @Test
    void thePartyKindMessageDoesNotDependOnTheDefaultLocale() {
      Locale saved = Locale.getDefault();
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      try {
        assertInvalid(() -> parsSteel().changeParty(new Person(PersonName.of("Sara", "Ahmadi")), at(1)), "party",
            "must stay an organisation");
      } finally {
        Locale.setDefault(saved);
      }
    }

    @Test
    void searchKeysOfAPersonAreBothNameOrders() {
      assertThat(ali().searchKeys()).containsExactly("ali rezaei", "rezaei ali");
      Customer singleName = Customer.register(SARA_ID, CustomerRegistration.person(PersonName.of("Sukarno", ""))
          .build(), SCHEMA, AGENT, T0);
      assertThat(singleName.searchKeys()).containsExactly("sukarno");
    }

    @Test
    void searchKeyOfAnOrganisationIsItsLegalName() {
      assertThat(parsSteel().searchKeys()).containsExactly("pars steel co.");
    }

    @Test
    void toStringShowsNoPersonalData() {
      assertThat(richAli()).hasToString("Customer[C-1, PERSON, ACTIVE, v0]");
    }
  }

  @Nested
  class Immutability {

    @Test
    void commandsReturnNewCustomersAndLeaveTheReceiverUnchanged() {
      Customer original = richAli();
      CustomerSnapshot before = original.snapshot();

      original.moveTo(LifecycleStage.AT_RISK, null, "", AGENT, at(1));
      original.addContactPoint(EmailAddress.of("sara@example.com"), at(1));
      original.removeContactPoint(ALI_MOBILE, at(1));
      original.makePrimary(ALI_WORK_MAIL, at(1));
      original.verifyContactPoint(ALI_MAIL, at(1));
      original.recordConsent(Consent.granted(Channel.SMS, Purpose.SALES, at(1), "call"));
      original.tag(Tag.of("gold"), at(1));
      original.untag(Tag.of("vip"), at(1));
      original.assignOwner("agent-9", at(1));
      original.markKeyAccount(false, at(1));
      original.setAttribute(SCHEMA, "note", "prefers mornings", at(1));
      original.removeAttribute(SCHEMA, "segment", at(1));
      original.addExternalRef(ExternalRef.of("shop", "u-1"), at(1));
      original.preferChannels(List.of(Channel.POST), at(1));
      original.changeParty(new Person(PersonName.of("Ali", "R.")), at(1));

      assertThat(original.snapshot()).isEqualTo(before);
      assertThat(original.pendingEvents()).isEmpty();
    }

    @Test
    void failingCommandsLeaveTheReceiverUnchanged() {
      Customer original = richAli().recordConsent(Consent.granted(Channel.SMS, Purpose.SALES, at(5), "call"));
      CustomerSnapshot before = original.snapshot();
      List<CustomerEvent> eventsBefore = original.pendingEvents();

      assertThatThrownBy(() -> original.moveTo(LifecycleStage.LOST, null, "", AGENT, at(6)))
          .isInstanceOf(InvalidFieldException.class);
      assertThatThrownBy(() -> original.recordConsent(Consent.granted(Channel.SMS, Purpose.SALES, at(4), "old")))
          .isInstanceOf(InvalidFieldException.class);
      assertThatThrownBy(() -> original.preferChannels(List.of(Channel.SMS, Channel.SMS), at(6)))
          .isInstanceOf(InvalidFieldException.class);
      assertThatThrownBy(() -> original.setAttribute(SCHEMA, "credit-limit", "x", at(6)))
          .isInstanceOf(InvalidFieldException.class);
      assertThatThrownBy(() -> original.addExternalRef(ExternalRef.of("sap", "2"), at(6)))
          .isInstanceOf(InvalidFieldException.class);
      assertThatThrownBy(() -> original.addContactPerson(new ContactPerson(SARA_ID, "x"), at(6)))
          .isInstanceOf(InvalidFieldException.class);
      assertThatThrownBy(() -> original.removeContactPoint(EmailAddress.of("nobody@example.com"), at(6)))
          .isInstanceOf(InvalidFieldException.class);

      assertThat(original.snapshot()).isEqualTo(before);
      assertThat(original.pendingEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void eventsAccumulateInCommandOrder() {
      Customer customer = ali().tag(Tag.of("vip"), at(1)).markKeyAccount(true, at(2)).tag(Tag.of("vip"), at(3));

      assertThat(customer.pendingEvents()).containsExactly(
          new CustomerEvent.TagChanged(ALI_ID, Tag.of("vip"), true, at(1)),
          new CustomerEvent.KeyAccountChanged(ALI_ID, true, at(2)));
    }

    @Test
    void exposedCollectionsAreUnmodifiable() {
      Customer customer = richAli();

      assertThatThrownBy(() -> customer.tags().add(Tag.of("x"))).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> customer.contactPoints().clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> customer.attributes().put("note", "x"))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> customer.consents().clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> customer.lifecycleHistory().clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> customer.pendingEvents().clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> customer.tag(Tag.of("x"), at(1)).pendingEvents().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class Restoring {

    @Test
    void restoreOfASnapshotRoundTrips() {
      Customer changed = richAli().tag(Tag.of("gold"), at(1)).moveTo(LifecycleStage.AT_RISK, null, "", AGENT, at(2));

      Customer restored = Customer.restore(changed.snapshot());

      assertThat(restored.snapshot()).isEqualTo(changed.snapshot());
      assertThat(restored.pendingEvents()).isEmpty();
      assertThat(Customer.restore(restored.snapshot())).isEqualTo(restored).hasSameHashCodeAs(restored);
    }

    @Test
    void customersWithDifferentPendingEventsAreNotEqual() {
      Customer registered = TestCustomers.registeredAli();

      assertThat(Customer.restore(registered.snapshot())).isNotEqualTo(registered);
    }

    @Test
    void withVersionChangesOnlyTheVersion() {
      CustomerSnapshot snapshot = richAli().snapshot();

      CustomerSnapshot saved = snapshot.withVersion(7);

      assertThat(saved.version()).isEqualTo(7);
      assertThat(saved.withVersion(0)).isEqualTo(snapshot);
      assertThat(Customer.restore(saved).version()).isEqualTo(7);
    }
  }

  @Test
  void momentsComeFromTheCallerNotTheWallClock() {
    Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");

    Customer customer = Customer.register(ALI_ID, aliRegistration().build(), SCHEMA, AGENT, longAgo)
        .tag(Tag.of("vip"), longAgo);

    assertThat(customer.registeredAt()).isEqualTo(longAgo);
    assertThat(customer.pendingEvents()).allSatisfy(e -> assertThat(e.occurredAt()).isEqualTo(longAgo));
  }
}
