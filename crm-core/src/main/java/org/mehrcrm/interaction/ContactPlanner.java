package org.mehrcrm.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.Consent;
import org.mehrcrm.customer.ConsentStatus;
import org.mehrcrm.customer.ContactKind;
import org.mehrcrm.customer.ContactPoint;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.NotFoundException;

/**
 * Answers "how should we reach this customer for this purpose now": the first channel, in the
 * customer's order of preference, that has consent, an address, room under the frequency cap
 * and is not in quiet hours in the customer's time zone, with the reason for the answer.
 *
 * <p>Example:
 * <pre>{@code
 * ContactPlanner planner = new ContactPlanner(customers, interactions, policy, clock,
 *     ContactRules.defaults(ZoneId.of("Asia/Tehran")));
 * ContactPlan plan = planner.plan(actor, customerId, Purpose.MARKETING);
 * plan.channel().ifPresentOrElse(c -> send(c), () -> log.info(plan.reason()));
 * }</pre>
 * Channels considered: the customer's preferred channels in order, then any other channel the
 * customer consented to for the purpose, in the order consents were recorded. Checks per channel,
 * in order: consent in force for the purpose; a contact point the channel needs (e-mail address
 * for e-mail, phone number for phone and SMS, postal address for post and visits, a phone number
 * or social handle for messengers; custom channels need none); the frequency cap (outbound
 * contacts of any channel in the cap period ending now); quiet hours for interrupting channels.
 * Thread-safe.
 */
public final class ContactPlanner {
  private static final Map<Channel, Set<ContactKind>> NEEDS = Map.of(
      Channel.EMAIL, EnumSet.of(ContactKind.EMAIL),
      Channel.PHONE, EnumSet.of(ContactKind.PHONE),
      Channel.SMS, EnumSet.of(ContactKind.PHONE),
      Channel.POST, EnumSet.of(ContactKind.POSTAL),
      Channel.VISIT, EnumSet.of(ContactKind.POSTAL),
      Channel.SOCIAL, EnumSet.of(ContactKind.SOCIAL),
      Channel.MESSENGER, EnumSet.of(ContactKind.PHONE, ContactKind.SOCIAL));

  private final CustomerRepository customers;
  private final InteractionRepository interactions;
  private final AccessPolicy policy;
  private final Clock clock;
  private final ContactRules rules;

  /**
   * Creates the planner.
   *
   * @param customers where customers are kept
   * @param interactions where contacts are kept, for the frequency cap
   * @param policy the access policy
   * @param clock the clock that says what "now" is
   * @param rules quiet hours, cap and fallback zone
   */
  public ContactPlanner(CustomerRepository customers, InteractionRepository interactions,
      AccessPolicy policy, Clock clock, ContactRules rules) {
    this.customers = requireNonNull(customers, "customers");
    this.interactions = requireNonNull(interactions, "interactions");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
    this.rules = requireNonNull(rules, "rules");
  }

  /**
   * Plans a contact now.
   *
   * @param actor who asks
   * @param customer the customer
   * @param purpose the purpose
   * @return the plan
   * @throws AccessDeniedException without {@code interaction:read}
   * @throws NotFoundException if there is no such customer
   */
  public ContactPlan plan(Actor actor, CustomerId customer, Purpose purpose) {
    return plan(actor, customer, purpose, clock.instant());
  }

  /**
   * Plans a contact for a given moment, e.g. a campaign's send time.
   *
   * @param actor who asks
   * @param customer the customer
   * @param purpose the purpose
   * @param at the moment
   * @return the plan
   * @throws AccessDeniedException without {@code interaction:read}
   * @throws NotFoundException if there is no such customer
   */
  public ContactPlan plan(Actor actor, CustomerId customer, Purpose purpose, Instant at) {
    policy.check(requireNonNull(actor, "actor"), InteractionPermissions.READ);
    requireNonNull(customer, "customer");
    requireNonNull(purpose, "purpose");
    requireNonNull(at, "at");
    Customer c = customers.findById(customer).orElseThrow(() -> new NotFoundException("customer", customer.value()));
    ZoneId zone = c.timeZone().orElse(rules.fallbackZone());
    List<ContactPlan.Skip> skipped = new ArrayList<>();
    Optional<Boolean> capReached = Optional.empty();
    for (Channel channel : candidates(c, purpose)) {
      if (!c.hasConsent(channel, purpose)) {
        skipped.add(new ContactPlan.Skip(channel, ContactPlan.SkipReason.NO_CONSENT, null));
        continue;
      }
      if (!hasAddressFor(c, channel)) {
        skipped.add(new ContactPlan.Skip(channel, ContactPlan.SkipReason.NO_ADDRESS, null));
        continue;
      }
      if (capReached.isEmpty()) {
        capReached = Optional.of(interactions.countOutbound(customer, at.minus(rules.capPeriod()), at) >= rules.maxContacts());
      }
      if (capReached.get()) {
        skipped.add(new ContactPlan.Skip(channel, ContactPlan.SkipReason.FREQUENCY_CAP, null));
        continue;
      }
      if (rules.interrupting().contains(channel) && rules.quietHours().isQuietAt(at, zone)) {
        skipped.add(new ContactPlan.Skip(channel, ContactPlan.SkipReason.QUIET_HOURS,
            rules.quietHours().endAfter(at, zone).orElseThrow()));
        continue;
      }
      return new ContactPlan(customer, purpose, at, zone, channel, skipped);
    }
    return new ContactPlan(customer, purpose, at, zone, null, skipped);
  }

  private static Set<Channel> candidates(Customer c, Purpose purpose) {
    Set<Channel> channels = new LinkedHashSet<>(c.preferredChannels());
    for (Consent consent : c.consents()) {
      if (consent.purpose().equals(purpose) && consent.status() == ConsentStatus.GRANTED) {
        channels.add(consent.channel());
      }
    }
    return channels;
  }

  private static boolean hasAddressFor(Customer c, Channel channel) {
    Set<ContactKind> needed = NEEDS.get(channel);
    if (needed == null) {
      return true;
    }
    for (ContactPoint p : c.contactPoints()) {
      if (needed.contains(p.kind())) {
        return true;
      }
    }
    return false;
  }
}
