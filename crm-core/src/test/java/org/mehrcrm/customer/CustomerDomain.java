package org.mehrcrm.customer;

import static org.mehrcrm.customer.TestCustomers.SCHEMA;
import static org.mehrcrm.customer.TestCustomers.T0;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.arbitraries.StringArbitrary;
import net.jqwik.api.domains.DomainContextBase;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * Customers and their parts for properties: valid values in several scripts, registrations, and
 * customers that went through random command sequences.
 */
class CustomerDomain extends DomainContextBase {
  /** Letters as people type them: Latin with accents, Persian and Arabic, Cyrillic, and a few troublemakers. */
  static final String LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZáéíóúñçğşöüÀÉÖßİı";
  static final String PERSIAN = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأإئؤةيكى";
  static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";
  static final String DIGITS = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩";

  static final List<LifecycleStage> STAGES = List.of(LifecycleStage.values());
  static final List<ChurnReason> REASONS = List.of(ChurnReason.PRICE, ChurnReason.SERVICE, ChurnReason.NEGLECT,
      ChurnReason.MOVED, ChurnReason.COMPETITOR, ChurnReason.of("branch-closed"));
  static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.PHONE, Channel.SMS, Channel.CHAT,
      Channel.POST, Channel.of("bale"));
  static final List<Purpose> PURPOSES = List.of(Purpose.MARKETING, Purpose.SERVICE, Purpose.SURVEY);

  /** Text that is a valid name part: 1 to 30 letters of one or more scripts, maybe with inner spaces. */
  @Provide
  Arbitrary<String> nameText() {
    return Arbitraries.strings().withChars(LATIN + PERSIAN + CYRILLIC + " \u200C").ofMinLength(1).ofMaxLength(30)
        .filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<PersonName> personNames() {
    Arbitrary<String> part = Arbitraries.oneOf(nameText(), Arbitraries.just(""));
    return Combinators.combine(part, part).as(PersonName::new).ignoreException(InvalidFieldException.class);
  }

  @Provide
  Arbitrary<Organisation> organisations() {
    Arbitrary<String> legalName = nameText().map(n -> n + " Co.");
    Arbitrary<String> number = Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(12).injectNull(0.3);
    return Combinators.combine(legalName, number).as(Organisation::of);
  }

  @Provide
  Arbitrary<Party> parties() {
    return Arbitraries.oneOf(personNames().map(Person::new), organisations());
  }

  @Provide
  Arbitrary<EmailAddress> emails() {
    Arbitrary<String> local = Arbitraries.strings().withChars(LATIN + PERSIAN + CYRILLIC + "0123456789_+-")
        .ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> domain = Arbitraries.of("example.com", "mail.example.ir", "пример.рф", "مثال.ایران",
        "pars-steel.co");
    return Combinators.combine(local, domain).as((l, d) -> l + "@" + d).map(EmailAddress::of)
        .ignoreException(InvalidFieldException.class);
  }

  @Provide
  Arbitrary<PhoneNumber> phones() {
    Arbitrary<PhoneNumber> iranianMobiles = Arbitraries.strings().numeric().ofLength(7)
        .map(d -> PhoneNumber.of("+98912" + d));
    Arbitrary<PhoneNumber> known = Arbitraries.of("+16502530000", "+4930901820", "+79123456789", "+442079460958",
        "+982188881234").map(PhoneNumber::of);
    return Arbitraries.oneOf(iranianMobiles, known);
  }

  @Provide
  Arbitrary<PostalAddress> postalAddresses() {
    Arbitrary<String> postalCode = Arbitraries.strings().withChars(DIGITS).ofMinLength(5).ofMaxLength(10)
        .injectNull(0.3);
    Arbitrary<String> country = Arbitraries.of("IR", "de", "RU", "us", "FR");
    return Combinators.combine(nameText(), nameText(), nameText().injectNull(0.5), postalCode, country)
        .as(PostalAddress::new);
  }

  @Provide
  Arbitrary<SocialHandle> socialHandles() {
    Arbitrary<String> network = Arbitraries.of("telegram", "whatsapp", "instagram", "linkedin");
    Arbitrary<String> handle = Arbitraries.strings().withChars(LATIN + CYRILLIC + "0123456789_.").ofMinLength(1)
        .ofMaxLength(30).map(h -> h.length() % 2 == 0 ? "@" + h : h);
    return Combinators.combine(network, handle).as(SocialHandle::of).ignoreException(InvalidFieldException.class);
  }

  @Provide
  Arbitrary<ContactAddress> contactAddresses() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, fixedAddresses()),
        Tuple.of(2, emails()),
        Tuple.of(2, phones()),
        Tuple.of(1, postalAddresses()),
        Tuple.of(1, socialHandles()));
  }

  /** A few addresses that come up often, so that commands hit addresses a customer already has. */
  Arbitrary<ContactAddress> fixedAddresses() {
    return Arbitraries.of(TestCustomers.ALI_MAIL, TestCustomers.ALI_WORK_MAIL, TestCustomers.ALI_MOBILE,
        TestCustomers.ALI_LANDLINE, TestCustomers.ALI_HOME, TestCustomers.ALI_TELEGRAM);
  }

  @Provide
  Arbitrary<Tag> tags() {
    StringArbitrary labels = Arbitraries.strings().withChars(LATIN + PERSIAN + CYRILLIC + "0123456789 -\u0301")
        .ofMinLength(1).ofMaxLength(50);
    return Arbitraries.oneOf(Arbitraries.of("vip", "VIP", "b2b", "gold", "مشتری ویژه"), labels).map(Tag::of)
        .ignoreException(InvalidFieldException.class);
  }

  @Provide
  Arbitrary<Consent> consents() {
    Arbitrary<Instant> at = Arbitraries.integers().between(0, 10_000).map(m -> T0.plus(Duration.ofMinutes(m)));
    return Combinators.combine(Arbitraries.of(CHANNELS), Arbitraries.of(PURPOSES),
        Arbitraries.of(ConsentStatus.class), at, Arbitraries.of("web-form", "call-centre", " signed paper "))
        .as(Consent::new);
  }

  @Provide
  Arbitrary<ExternalRef> externalRefs() {
    return Combinators.combine(Arbitraries.of("sap", "shop", "legacy_crm"),
        Arbitraries.strings().withChars("0123456789ABC-").ofMinLength(1).ofMaxLength(12))
        .as(ExternalRef::of);
  }

  /** One part of a registration, named for readable counterexamples. */
  record Step(String description, UnaryOperator<CustomerRegistration.Builder> apply) {
    @Override
    public String toString() {
      return description;
    }
  }

  @Provide
  Arbitrary<CustomerRegistration> registrations() {
    Arbitrary<Step> step = Arbitraries.oneOf(
        contactAddresses().map(a -> new Step("contact " + a.key(), b -> b.contact(a))),
        contactAddresses().map(a -> new Step("verifiedContact " + a.key(), b -> b.verifiedContact(a))),
        Arbitraries.of(CHANNELS).map(c -> new Step("prefer " + c, b -> b.prefer(c))),
        consents().map(c -> new Step("consent " + c, b -> b.consent(c))),
        tags().map(t -> new Step("tag " + t, b -> b.tag(t.value()))),
        Arbitraries.of("agent-3", "agent-9").map(o -> new Step("owner " + o, b -> b.owner(o))),
        Arbitraries.of(true, false).map(k -> new Step("keyAccount " + k, b -> b.keyAccount(k))),
        Arbitraries.of(new Acquisition("walk-in", null), new Acquisition("campaign", Money.of("35", "EUR")))
            .map(a -> new Step("acquisition " + a, b -> b.acquisition(a))),
        attributeValues().map(v -> new Step("attribute " + v, b -> b.attribute(v.get1(), v.get2()))),
        externalRefs().map(r -> new Step("externalRef " + r, b -> b.externalRef(r))));
    Arbitrary<LifecycleStage> initial = Arbitraries.of(LifecycleStage.PROSPECT, LifecycleStage.ACTIVE);
    return Combinators.combine(ids(), parties(), initial, step.list().ofMaxSize(12)).as((id, party, stage, steps) -> {
      CustomerRegistration.Builder b = party instanceof Person p
          ? CustomerRegistration.person(p.name())
          : CustomerRegistration.organisation((Organisation) party);
      b.id(id).stage(stage);
      for (Step s : steps) {
        try {
          s.apply().apply(b);
        } catch (InvalidFieldException refused) {
          // a conflicting part is refused by the builder; the registration goes on without it
        }
      }
      return b.build();
    });
  }

  Arbitrary<CustomerId> ids() {
    return Arbitraries.strings().withChars("ABCDEFGH0123456789-").ofMinLength(1).ofMaxLength(10).map(CustomerId::of);
  }

  /** Values valid for {@link TestCustomers#SCHEMA}, as a person might type them. */
  Arbitrary<Tuple2<String, String>> attributeValues() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(3)
            .map(d -> Tuple.of("credit-limit", d.toPlainString())),
        Arbitraries.of(" TRUE", "false", "True").map(v -> Tuple.of("newsletter", v)),
        nameText().map(v -> Tuple.of("note", v)),
        Arbitraries.of("retail", " wholesale ").map(v -> Tuple.of("segment", v)));
  }

  /** A command on a customer, named for readable counterexamples. */
  record Command(String description, BiFunction<Customer, Instant, Customer> apply) {
    @Override
    public String toString() {
      return description;
    }
  }

  @Provide
  Arbitrary<Command> commands() {
    return Arbitraries.oneOf(
        moves(),
        contactAddresses().map(a -> new Command("addContactPoint " + a.key(), (c, at) -> c.addContactPoint(a, at))),
        contactAddresses().map(a -> new Command("verifyContactPoint " + a.key(),
            (c, at) -> c.verifyContactPoint(a, at))),
        contactAddresses().map(a -> new Command("makePrimary " + a.key(), (c, at) -> c.makePrimary(a, at))),
        contactAddresses().map(a -> new Command("removeContactPoint " + a.key(),
            (c, at) -> c.removeContactPoint(a, at))),
        Arbitraries.of(CHANNELS).list().ofMaxSize(3).map(l -> new Command("preferChannels " + l,
            (c, at) -> c.preferChannels(l, at))),
        consents().map(k -> new Command("recordConsent " + k, (c, at) -> c.recordConsent(k))),
        tags().map(t -> new Command("tag " + t, (c, at) -> c.tag(t, at))),
        tags().map(t -> new Command("untag " + t, (c, at) -> c.untag(t, at))),
        Arbitraries.of("agent-3", "agent-9").injectNull(0.3).map(o -> new Command("assignOwner " + o,
            (c, at) -> c.assignOwner(o, at))),
        Arbitraries.of(true, false).map(k -> new Command("markKeyAccount " + k, (c, at) -> c.markKeyAccount(k, at))),
        attributeValues().map(v -> new Command("setAttribute " + v, (c, at) -> c.setAttribute(SCHEMA, v.get1(),
            v.get2(), at))),
        Arbitraries.of("credit-limit", "note", "segment", "newsletter").map(n -> new Command("removeAttribute " + n,
            (c, at) -> c.removeAttribute(SCHEMA, n, at))),
        externalRefs().map(r -> new Command("addExternalRef " + r, (c, at) -> c.addExternalRef(r, at))),
        parties().map(p -> new Command("changeParty " + p.kind(), (c, at) -> c.changeParty(p, at))),
        Combinators.combine(Arbitraries.of("P-1", "P-2", "P-3"), Arbitraries.of("buyer", "director"))
            .as((p, r) -> new Command("addContactPerson " + p + " " + r,
                (c, at) -> c.addContactPerson(new ContactPerson(CustomerId.of(p), r), at))),
        Arbitraries.of("P-1", "P-2").map(p -> new Command("removeContactPerson " + p,
            (c, at) -> c.removeContactPerson(CustomerId.of(p), at))));
  }

  @Provide
  Arbitrary<ChurnReason> churnReasons() {
    return Arbitraries.of(REASONS);
  }

  /** A lifecycle move to any stage, usually with a reason exactly when the target is LOST. */
  Arbitrary<Command> moves() {
    return Combinators.combine(Arbitraries.of(STAGES), Arbitraries.integers().between(0, 9), Arbitraries.of(REASONS),
        Arbitraries.of("", " first order ", "no order for 90 days"))
        .as((to, dice, reason, note) -> {
          boolean wellFormed = dice < 8;
          ChurnReason given = (to == LifecycleStage.LOST) == wellFormed ? reason : null;
          return new Command("moveTo " + to + " reason=" + given,
              (c, at) -> c.moveTo(to, given, note, "agent-7", at));
        });
  }

  /** Customers as storage would hold them: registered, changed by random commands, saved at some version. */
  @Provide
  Arbitrary<Customer> customers() {
    return Combinators.combine(registrations(), commands().list().ofMaxSize(15), Arbitraries.longs().between(0, 5))
        .as((registration, commands, version) -> {
          Customer c = applyAll(register(registration), commands);
          return Customer.restore(c.snapshot().withVersion(version));
        });
  }

  /**
   * Registers; a registration whose random consent decisions break the consent rules is
   * registered without them.
   */
  static Customer register(CustomerRegistration r) {
    try {
      return Customer.register(r.id(), r, SCHEMA, "agent-7", T0);
    } catch (InvalidFieldException refusedConsents) {
      CustomerRegistration withoutConsents = new CustomerRegistration(r.id(), r.party(), r.stage(),
          r.contactPoints(), r.preferredChannels(), List.of(), r.tags(), r.owner(), r.keyAccount(), r.acquisition(),
          r.attributes(), r.externalRefs());
      return Customer.register(r.id(), withoutConsents, SCHEMA, "agent-7", T0);
    }
  }

  static Customer applyAll(Customer customer, List<Command> commands) {
    Customer c = customer;
    for (int i = 0; i < commands.size(); i++) {
      try {
        c = commands.get(i).apply().apply(c, T0.plus(Duration.ofMinutes(i + 1)));
      } catch (InvalidFieldException refused) {
        // the command was refused; the customer is unchanged
      }
    }
    return c;
  }
}
