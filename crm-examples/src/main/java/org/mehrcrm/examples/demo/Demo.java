package org.mehrcrm.examples.demo;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.Crm;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.customer.Acquisition;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.ChurnReason;
import org.mehrcrm.customer.Consent;
import org.mehrcrm.customer.ConsentStatus;
import org.mehrcrm.customer.ContactPerson;
import org.mehrcrm.customer.ContactPoint;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerQuery;
import org.mehrcrm.customer.CustomerRegistration;
import org.mehrcrm.customer.CustomerService;
import org.mehrcrm.customer.DuplicateCustomerException;
import org.mehrcrm.customer.EmailAddress;
import org.mehrcrm.customer.ExternalRef;
import org.mehrcrm.customer.LifecycleChange;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.customer.Organisation;
import org.mehrcrm.customer.PartyKind;
import org.mehrcrm.customer.PersonName;
import org.mehrcrm.customer.PhoneNumber;
import org.mehrcrm.customer.PostalAddress;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.customer.SocialHandle;
import org.mehrcrm.customer.Tag;
import org.mehrcrm.followup.OrgChart;
import org.mehrcrm.followup.ReminderRule;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.kernel.PageRequest;
import org.mehrcrm.spi.memory.InMemoryStorageProvider;

/**
 * The story {@code crm demo} tells: a firm embeds Mehr CRM with in-memory storage, registers
 * people and organisations written in several scripts, takes some of them through the
 * lifecycle, and prints what the library knows about each.
 *
 * <p>Example:
 * <pre>{@code
 * Clock start = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
 * new Demo(start, new PrintWriter(System.out, true)).run();
 * }</pre>
 * With a fixed base clock every run prints the same text: the story advances its own clock by
 * whole days and draws generated ids from a seeded generator. Run once; not thread-safe.
 */
public final class Demo {
  private static final Actor AGENT = Actor.of("agent-7", "sales");
  private static final Actor SUPPORT = Actor.of("support-3", "support");
  /** Sales may do everything; support reads, but sees no personal data. */
  private static final AccessPolicy ACCESS = RoleBasedAccessPolicy.builder()
      .grant("sales", "*:*")
      .grant("support", "customer:read", "interaction:read", "purchase:read", "followup:read")
      .build();
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final String NONE = "-";

  private final ScenarioClock clock;
  private final EventCounter events = new EventCounter();
  private final CustomerService customers;
  private final PrintWriter out;
  private final List<CustomerId> registered = new ArrayList<>();
  private final Crm crm;
  private int chapter;

  /**
   * Wires the library for the story.
   *
   * @param base the clock the story starts from; a fixed clock makes the output reproducible
   * @param out where the story is told
   */
  public Demo(Clock base, PrintWriter out) {
    this.clock = new ScenarioClock(requireNonNull(base, "base"));
    this.out = requireNonNull(out, "out");
    this.crm = Crm.builder()
        .clock(clock)
        .storage(new InMemoryStorageProvider())
        .idGenerator(IdGenerator.timeOrdered(clock, new Random(42)))
        .eventListener(events)
        .accessPolicy(ACCESS)
        .reminderRules(List.of(ReminderRule.keyAccountSilence(30), ReminderRule.prospectSilence(14),
            ReminderRule.thankYou(2), ReminderRule.beforeDue(Duration.ofHours(4)),
            ReminderRule.escalateOverdue(Duration.ofDays(1))))
        .orgChart(OrgChart.of(Map.of("agent-7", "lead-1", "agent-12", "lead-1")))
        .complaints(ComplaintChapter.setup(clock.instant()))
        .escalationRules(ComplaintChapter.rules())
        .build();
    this.customers = crm.customers();
  }

  /** Tells the whole story. */
  public void run() {
    out.println("Mehr CRM demo: the library embedded with in-memory storage");
    out.printf("The story starts %s; every change is made by actor %s.%n",
        MINUTE.format(clock.instant()), AGENT.id());

    Customers c = registerCustomers();
    refuseDuplicate();
    moveThroughLifecycle(c);
    searchNames();
    printProfiles();
    new Relationships(crm, clock, out, AGENT, SUPPORT, this::section).tell(c);
    new ValueChapter(crm, clock, out, AGENT, this::section).tell(c);
    new LoyaltyChapter(crm, clock, out, AGENT, this::section).tell(c);
    new ComplaintChapter(crm, clock, out, AGENT, this::section).tell(c);
    printEvents();
    out.flush();
  }

  /** The customers the later chapters work with. */
  record Customers(Customer ali, Customer alexei, Customer alyosha, Customer jose,
      Customer juergen, Customer parsSteel, Customer mueller) {}

  private Customers registerCustomers() {
    section("Registering customers");
    out.printf("   %-26s  %-12s  %-8s  %s%n", "ID", "KIND", "STAGE", "NAME");
    Customer ali = register(CustomerRegistration.person(PersonName.of("علی", "رضایی"))
        .verifiedContact(EmailAddress.of("Ali.Rezaei@Example.IR"))
        .contact(PhoneNumber.parse("0912 123 4567", "IR"))
        .consent(Consent.granted(Channel.EMAIL, Purpose.MARKETING, clock.instant(), "web-signup-form"))
        .consent(Consent.granted(Channel.SMS, Purpose.SERVICE, clock.instant(), "web-signup-form"))
        .prefer(Channel.SMS, Channel.EMAIL)
        .timeZone(ZoneId.of("Asia/Tehran"))
        .tag("vip", "tehran")
        .owner("agent-7")
        .acquisition(new Acquisition("instagram-ad", Money.of("2500000", "IRR")))
        .build());
    Customer alexei = register(CustomerRegistration.person(PersonName.of("Алексей", "Смирнов"))
        .verifiedContact(EmailAddress.of("alexei.smirnov@example.ru"))
        .contact(PhoneNumber.of("+7 916 123-45-67"))
        .consent(Consent.granted(Channel.EMAIL, Purpose.MARKETING, clock.instant(), "call-centre"))
        .tag("wholesale")
        .owner("agent-12")
        .acquisition(new Acquisition("referral", Money.of("1500", "RUB")))
        .externalRef(ExternalRef.of("erp", "RU-000417"))
        .build());
    Customer alyosha = register(CustomerRegistration.person(PersonName.of("Алёша", "Попов"))
        .contact(SocialHandle.of("telegram", "@Alyosha_Popov"))
        .tag("lead")
        .build());
    Customer jose = register(CustomerRegistration.person(PersonName.of("José", "García"))
        .stage(LifecycleStage.ACTIVE)
        .verifiedContact(EmailAddress.of("jose.garcia@example.es"))
        .contact(PhoneNumber.of("+34 612 345 678"))
        .consent(Consent.granted(Channel.EMAIL, Purpose.SERVICE, clock.instant(), "shop-checkout"))
        .consent(new Consent(Channel.EMAIL, Purpose.MARKETING, ConsentStatus.DENIED, clock.instant(),
            "shop-checkout"))
        .tag("newsletter")
        .acquisition(new Acquisition("google-shopping", Money.of("12.40", "EUR")))
        .build());
    Customer juergen = register(CustomerRegistration.person(PersonName.of("Jürgen", "Weiß"))
        .verifiedContact(EmailAddress.of("j.weiss@mueller-maschinenbau.de"))
        .contact(PhoneNumber.of("+49 30 12345678"))
        .consent(Consent.granted(Channel.PHONE, Purpose.SALES, clock.instant(), "trade-fair-card"))
        .build());
    Customer parsSteel = register(CustomerRegistration
        .organisation(new Organisation("شرکت فولاد پارس", "10101234567",
            List.of(new ContactPerson(ali.id(), "purchasing manager"))))
        .id(CustomerId.of("ERP-100234"))
        .stage(LifecycleStage.ACTIVE)
        .contact(EmailAddress.of("info@parssteel.example.ir"))
        .contact(PhoneNumber.of("+98 21 8888 1234"))
        .contact(new PostalAddress("خیابان ولیعصر، پلاک ۱۲", "تهران", null, "۱۴۳۴۸۴۳۱۱۱", "IR"))
        .consent(Consent.granted(Channel.EMAIL, Purpose.SALES, clock.instant(), "signed-contract"))
        .tag("b2b", "steel")
        .owner("agent-7")
        .keyAccount(true)
        .acquisition(new Acquisition("tehran-trade-fair", Money.of("150000000", "IRR")))
        .externalRef(ExternalRef.of("sap", "0000104711"))
        .build());
    Customer mueller = register(CustomerRegistration
        .organisation(Organisation.of("Müller Maschinenbau GmbH", "HRB 123456 B"))
        .id(CustomerId.of("ERP-100235"))
        .stage(LifecycleStage.ACTIVE)
        .verifiedContact(EmailAddress.of("einkauf@mueller-maschinenbau.de"))
        .contact(PhoneNumber.of("+49 30 901820"))
        .contact(new PostalAddress("Hauptstraße 5", "Berlin", null, "10115", "DE"))
        .tag("b2b", "machinery")
        .owner("agent-12")
        .keyAccount(true)
        .acquisition(new Acquisition("hannover-messe", Money.of("1200", "EUR")))
        .externalRef(ExternalRef.of("sap", "0000104712"))
        .build());
    mueller = customers.addContactPerson(AGENT, mueller.id(),
        new ContactPerson(juergen.id(), "head of purchasing"));
    out.printf("   %s is added to %s as its head of purchasing.%n", juergen.displayName(), mueller.displayName());
    return new Customers(ali, alexei, alyosha, jose, juergen, parsSteel, mueller);
  }

  private Customer register(CustomerRegistration registration) {
    Customer c = customers.register(AGENT, registration);
    registered.add(c.id());
    out.printf("   %-26s  %-12s  %-8s  %s%n", c.id(), kind(c), c.stage(), c.displayName());
    return c;
  }

  private void refuseDuplicate() {
    section("Refusing a duplicate");
    out.println("   Someone registers \"Ali Rezaei\" in Latin letters with Ali's verified e-mail address:");
    try {
      customers.register(AGENT, CustomerRegistration.person(PersonName.of("Ali", "Rezaei"))
          .verifiedContact(EmailAddress.of("ali.rezaei@example.ir"))
          .build());
      out.println("   accepted, which the library should have refused");
    } catch (DuplicateCustomerException e) {
      out.printf("   refused: %s%n", e.getMessage());
    }
  }

  private void moveThroughLifecycle(Customers c) {
    section("Moving customers through the lifecycle");
    advanceDays(3);
    move(c.ali(), LifecycleStage.ACTIVE, null, "first order");
    advanceDays(7);
    move(c.alexei(), LifecycleStage.ACTIVE, null, "signed an annual supply contract");
    advanceDays(110);
    move(c.alexei(), LifecycleStage.AT_RISK, null, "no orders for three months");
    advanceDays(80);
    move(c.alexei(), LifecycleStage.LOST, ChurnReason.NEGLECT, "nobody called him since spring");
    customers.recordConsent(AGENT, c.alexei().id(), new Consent(Channel.EMAIL, Purpose.MARKETING,
        ConsentStatus.WITHDRAWN, clock.instant(), "unsubscribe-link"));
    out.printf("   %s  %-36s %s%n", DAY.format(clock.instant()), "withdraws e-mail marketing consent",
        c.alexei().displayName());
    advanceDays(60);
    move(c.alexei(), LifecycleStage.WON_BACK, null, "accepted a welcome-back offer");
    CustomerId alexei = c.alexei().id();
    EmailAddress personal = EmailAddress.of("a.smirnov@example.com");
    customers.addContactPoint(AGENT, alexei, personal);
    customers.verifyContactPoint(AGENT, alexei, personal);
    customers.makePrimary(AGENT, alexei, personal);
    customers.assignOwner(AGENT, alexei, AGENT.id());
    customers.tag(AGENT, alexei, Tag.of("win-back"));
    out.printf("   %s  %-36s %s%n", DAY.format(clock.instant()),
        "new primary e-mail, owner, tag", c.alexei().displayName());
  }

  private void move(Customer customer, LifecycleStage to, @Nullable ChurnReason reason, String note) {
    Customer moved = customers.moveTo(AGENT, customer.id(), to, reason, note);
    LifecycleChange change = moved.lifecycleHistory().get(moved.lifecycleHistory().size() - 1);
    out.printf("   %s  %-36s %s%n", DAY.format(change.at()), move(change), moved.displayName());
  }

  private void searchNames() {
    section("Searching names however they are typed");
    search("علي", "Arabic yeh ي for Persian ی");
    search("رضائي", "family name, hamza and Arabic yeh");
    search("алеша", "е typed for ё");
    search("Алёша", "as written");
    search("JOSE", "capitals, no accent");
    search("jurgen", "no umlaut");
    search("müller masch", "two words");
  }

  private void search(String typed, String why) {
    CustomerQuery query = CustomerQuery.all().withNamePrefix(typed);
    List<Customer> found = customers.search(AGENT, query, PageRequest.first(20)).items();
    out.printf("   %-46s found %d: %s%n", "\"" + typed + "\" (" + why + ")", found.size(),
        found.stream().map(Customer::displayName).collect(Collectors.joining(", ")));
  }

  private void printProfiles() {
    section("Profiles");
    List<Customer> all = customers.search(AGENT, CustomerQuery.all(), PageRequest.first(100)).items();
    long organisations = all.stream().filter(c -> c.party().kind() == PartyKind.ORGANISATION).count();
    out.printf("   %d customers stored: %d persons, %d organisations.%n", all.size(),
        all.size() - organisations, organisations);
    for (CustomerId id : registered) {
      printProfile(customers.get(AGENT, id));
    }
  }

  private void printProfile(Customer c) {
    out.printf("%n   ── %s%n", c.displayName());
    row("id", c.id().value());
    row("kind", kind(c));
    if (c.party() instanceof Organisation org) {
      row("registration", org.registrationNumber() == null ? NONE : org.registrationNumber());
    }
    row("stage", c.stage().name());
    row("owner", c.owner().orElse(NONE));
    row("key account", c.isKeyAccount() ? "yes" : "no");
    row("acquisition", c.acquisition()
        .map(a -> a.cost() == null ? a.source() : a.source() + ", cost " + a.cost())
        .orElse(NONE));
    row("tags", join(c.tags().stream().map(Tag::value).toList()));
    row("prefers", join(c.preferredChannels().stream().map(Channel::code).toList()));
    row("external refs", join(c.externalRefs().stream().map(ExternalRef::toString).toList()));
    if (c.party() instanceof Organisation org) {
      rows("contact persons", org.contactPersons().stream()
          .map(cp -> String.format(Locale.ROOT, "%-26s  %-20s %s", cp.person(), cp.role(),
              customers.get(AGENT, cp.person()).displayName()))
          .toList());
    }
    rows("lifecycle", c.lifecycleHistory().stream()
        .map(h -> String.format(Locale.ROOT, "%s  %-26s %s (%s)", MINUTE.format(h.at()), move(h),
            h.note(), h.actorId()))
        .toList());
    rows("contact points", c.contactPoints().stream()
        .map(p -> String.format(Locale.ROOT, "%-6s  %-16s  %s", p.kind().name().toLowerCase(Locale.ROOT),
            flags(p), p.address()))
        .toList());
    rows("consents", consentsInForce(c));
  }

  private static List<String> consentsInForce(Customer c) {
    Map<String, Consent> inForce = new LinkedHashMap<>();
    for (Consent decision : c.consents()) {
      inForce.put(decision.channel() + "/" + decision.purpose(), decision);
    }
    return inForce.values().stream()
        .map(d -> c.consent(d.channel(), d.purpose()).orElseThrow())
        .map(d -> String.format(Locale.ROOT, "%-17s  %-9s  %s  %s", d.channel() + "/" + d.purpose(),
            d.status().name().toLowerCase(Locale.ROOT), DAY.format(d.at()), d.source()))
        .toList();
  }

  private void printEvents() {
    section("Events");
    out.printf("   The event listener received %d domain events:%n", events.total());
    events.byType().forEach((type, count) -> out.printf("   %5d  %s%n", count, type));
  }

  private void section(String title) {
    out.printf("%n%d. %s%n", ++chapter, title);
  }

  private void row(String label, String value) {
    out.printf("      %-16s %s%n", label, value);
  }

  private void rows(String label, List<String> lines) {
    if (lines.isEmpty()) {
      row(label, NONE);
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      row(i == 0 ? label : "", lines.get(i));
    }
  }

  private void advanceDays(int days) {
    clock.advance(Duration.ofDays(days));
  }

  private static String move(LifecycleChange change) {
    String move = change.from() == null ? "→ " + change.to() : change.from() + " → " + change.to();
    return change.reason() == null ? move : move + " (" + change.reason() + ")";
  }

  private static String kind(Customer c) {
    return c.party().kind().name().toLowerCase(Locale.ROOT);
  }

  private static String flags(ContactPoint p) {
    if (p.primary() && p.verified()) {
      return "primary verified";
    }
    return p.primary() ? "primary" : p.verified() ? "verified" : NONE;
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? NONE : String.join(", ", values);
  }
}
