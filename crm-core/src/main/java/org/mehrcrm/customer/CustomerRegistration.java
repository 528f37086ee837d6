package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * Everything known about a customer at registration; built with {@link #person} or
 * {@link #organisation}.
 *
 * <p>Example:
 * <pre>{@code
 * CustomerRegistration r = CustomerRegistration.person(PersonName.of("Ali", "Rezaei"))
 *     .id(CustomerId.of("ERP-000417"))
 *     .contact(EmailAddress.of("ali@example.com"))
 *     .contact(PhoneNumber.of("+98 912 123 4567"))
 *     .consent(Consent.granted(Channel.EMAIL, Purpose.MARKETING, now, "shop-checkout"))
 *     .tag("vip")
 *     .stage(LifecycleStage.ACTIVE)
 *     .build();
 * }</pre>
 * The first contact point of each kind is primary. A customer starts as a prospect unless
 * {@link Builder#stage} says {@code ACTIVE}. Immutable and thread-safe.
 *
 * @param id the host's id for the customer, or {@code null} to have one generated
 * @param party the person or organisation
 * @param stage the initial stage: {@code PROSPECT} or {@code ACTIVE}
 * @param contactPoints the contact points
 * @param preferredChannels preferred channels, most preferred first
 * @param consents consent decisions
 * @param tags tags
 * @param owner the account owner's actor id, or {@code null}
 * @param keyAccount whether this is a key account
 * @param acquisition how the customer was acquired, or {@code null}
 * @param attributes custom attribute values as text, by name
 * @param externalRefs host references
 * @param timeZone the customer's time zone, or {@code null} when unknown
 */
public record CustomerRegistration(@Nullable CustomerId id, Party party, LifecycleStage stage,
    List<ContactPoint> contactPoints, List<Channel> preferredChannels, List<Consent> consents,
    Set<Tag> tags, @Nullable String owner, boolean keyAccount, @Nullable Acquisition acquisition,
    Map<String, String> attributes, List<ExternalRef> externalRefs, @Nullable ZoneId timeZone) {

  private static final Set<LifecycleStage> INITIAL = EnumSet.of(LifecycleStage.PROSPECT, LifecycleStage.ACTIVE);

  /**
   * Copies and validates the parts.
   *
   * @throws InvalidFieldException if the initial stage is neither prospect nor active
   */
  public CustomerRegistration {
    requireNonNull(party, "party");
    requireNonNull(stage, "stage");
    if (!INITIAL.contains(stage)) {
      throw new InvalidFieldException("stage", "must be PROSPECT or ACTIVE at registration");
    }
    contactPoints = List.copyOf(contactPoints);
    preferredChannels = List.copyOf(preferredChannels);
    consents = List.copyOf(consents);
    tags = Set.copyOf(tags);
    attributes = Map.copyOf(attributes);
    externalRefs = List.copyOf(externalRefs);
    if (owner != null) {
      Ids.requireValid(owner, "owner");
    }
  }

  /**
   * Creates a registration without a time zone.
   *
   * @param id the host's id for the customer, or {@code null} to have one generated
   * @param party the person or organisation
   * @param stage the initial stage: {@code PROSPECT} or {@code ACTIVE}
   * @param contactPoints the contact points
   * @param preferredChannels preferred channels, most preferred first
   * @param consents consent decisions
   * @param tags tags
   * @param owner the account owner's actor id, or {@code null}
   * @param keyAccount whether this is a key account
   * @param acquisition how the customer was acquired, or {@code null}
   * @param attributes custom attribute values as text, by name
   * @param externalRefs host references
   * @throws InvalidFieldException if the initial stage is neither prospect nor active
   */
  public CustomerRegistration(@Nullable CustomerId id, Party party, LifecycleStage stage,
      List<ContactPoint> contactPoints, List<Channel> preferredChannels, List<Consent> consents,
      Set<Tag> tags, @Nullable String owner, boolean keyAccount, @Nullable Acquisition acquisition,
      Map<String, String> attributes, List<ExternalRef> externalRefs) {
    this(id, party, stage, contactPoints, preferredChannels, consents, tags, owner, keyAccount,
        acquisition, attributes, externalRefs, null);
  }

  /**
   * Starts a registration of a person.
   *
   * @param name the person's name
   * @return a builder
   */
  public static Builder person(PersonName name) {
    return new Builder(new Person(requireNonNull(name, "name")));
  }

  /**
   * Starts a registration of an organisation.
   *
   * @param organisation the organisation's details
   * @return a builder
   */
  public static Builder organisation(Organisation organisation) {
    return new Builder(requireNonNull(organisation, "organisation"));
  }

  /** Collects a registration; not thread-safe. Validation happens as parts are added. */
  public static final class Builder {
    private final Party party;
    private @Nullable CustomerId id;
    private LifecycleStage stage = LifecycleStage.PROSPECT;
    private final Map<String, ContactPoint> contactPoints = new LinkedHashMap<>();
    private final Set<Channel> preferredChannels = new LinkedHashSet<>();
    private final List<Consent> consents = new ArrayList<>();
    private final Set<Tag> tags = new LinkedHashSet<>();
    private @Nullable String owner;
    private boolean keyAccount;
    private @Nullable Acquisition acquisition;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, ExternalRef> externalRefs = new LinkedHashMap<>();
    private @Nullable ZoneId timeZone;

    private Builder(Party party) {
      this.party = party;
    }

    /**
     * Uses the host's id instead of a generated one.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(CustomerId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the initial stage.
     *
     * @param stage {@code PROSPECT} (the default) or {@code ACTIVE}
     * @return this builder
     */
    public Builder stage(LifecycleStage stage) {
      this.stage = requireNonNull(stage, "stage");
      return this;
    }

    /**
     * Adds an unverified contact point; the first of each kind is primary; repeats are ignored.
     *
     * @param address the address
     * @return this builder
     */
    public Builder contact(ContactAddress address) {
      return contact(address, false);
    }

    /**
     * Adds a contact point the host has already verified.
     *
     * @param address the address
     * @return this builder
     */
    public Builder verifiedContact(ContactAddress address) {
      return contact(address, true);
    }

    private Builder contact(ContactAddress address, boolean verified) {
      requireNonNull(address, "address");
      boolean primary = contactPoints.values().stream().noneMatch(p -> p.kind() == address.kind());
      contactPoints.putIfAbsent(address.key(), new ContactPoint(address, primary, verified));
      return this;
    }

    /**
     * Appends preferred channels, most preferred first.
     *
     * @param channels the channels
     * @return this builder
     */
    public Builder prefer(Channel... channels) {
      for (Channel c : channels) {
        preferredChannels.add(requireNonNull(c, "channel"));
      }
      return this;
    }

    /**
     * Adds a consent decision.
     *
     * @param consent the decision
     * @return this builder
     */
    public Builder consent(Consent consent) {
      consents.add(requireNonNull(consent, "consent"));
      return this;
    }

    /**
     * Adds tags.
     *
     * @param labels the labels
     * @return this builder
     */
    public Builder tag(String... labels) {
      for (String label : labels) {
        tags.add(Tag.of(label));
      }
      return this;
    }

    /**
     * Sets the account owner.
     *
     * @param owner the owner's actor id
     * @return this builder
     */
    public Builder owner(String owner) {
      this.owner = Ids.requireValid(owner, "owner");
      return this;
    }

    /**
     * Marks the customer as a key account.
     *
     * @param keyAccount the flag
     * @return this builder
     */
    public Builder keyAccount(boolean keyAccount) {
      this.keyAccount = keyAccount;
      return this;
    }

    /**
     * Records how the customer was acquired.
     *
     * @param acquisition source and cost
     * @return this builder
     */
    public Builder acquisition(Acquisition acquisition) {
      this.acquisition = requireNonNull(acquisition, "acquisition");
      return this;
    }

    /**
     * Sets a custom attribute; checked against the schema when the customer is registered.
     *
     * @param name the attribute
     * @param value the value as text
     * @return this builder
     */
    public Builder attribute(String name, String value) {
      attributes.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
      return this;
    }

    /**
     * Attaches a host reference.
     *
     * @param ref the reference
     * @return this builder
     * @throws InvalidFieldException if another reference in the same system was added
     */
    public Builder externalRef(ExternalRef ref) {
      requireNonNull(ref, "ref");
      ExternalRef old = externalRefs.putIfAbsent(ref.system(), ref);
      if (old != null && !old.equals(ref)) {
        throw new InvalidFieldException("externalRef", "must be the only reference in system " + ref.system());
      }
      return this;
    }

    /**
     * Sets the customer's time zone, used for quiet hours and local times.
     *
     * @param zone the zone, e.g. {@code ZoneId.of("Asia/Tehran")}
     * @return this builder
     */
    public Builder timeZone(ZoneId zone) {
      this.timeZone = requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Builds the registration.
     *
     * @return the registration
     * @throws InvalidFieldException if the parts do not fit together
     */
    public CustomerRegistration build() {
      return new CustomerRegistration(id, party, stage, List.copyOf(contactPoints.values()),
          List.copyOf(preferredChannels), consents, tags, owner, keyAccount, acquisition,
          attributes, List.copyOf(externalRefs.values()), timeZone);
    }
  }
}
