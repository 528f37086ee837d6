package org.mehrcrm.overview;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.PartyKind;
import org.mehrcrm.customer.Tag;

/**
 * The profile section of the 360° view: who the customer is, with personal fields masked unless
 * the actor holds {@code customer:read-personal}.
 *
 * <p>Example: for an actor without that permission {@code profile.displayName()} is
 * {@code "A*** R***"} and {@link #masked()} is true. An organisation's legal name is not personal
 * data and is never masked. Immutable and thread-safe.
 *
 * @param customerId the customer
 * @param kind person or organisation
 * @param displayName the name, possibly masked
 * @param contacts the contact points, possibly masked
 * @param preferredChannels preferred channels, most preferred first
 * @param tags the tags
 * @param owner the account owner's actor id, or {@code null}
 * @param keyAccount whether this is a key account
 * @param timeZone the customer's zone, or {@code null}
 * @param registeredAt when the customer was registered
 * @param masked whether personal fields were masked
 */
public record Profile(CustomerId customerId, PartyKind kind, String displayName,
    List<ContactLine> contacts, List<Channel> preferredChannels, List<Tag> tags,
    @Nullable String owner, boolean keyAccount, @Nullable ZoneId timeZone, Instant registeredAt,
    boolean masked) {

  /** Copies the lists. */
  public Profile {
    requireNonNull(customerId, "customerId");
    requireNonNull(kind, "kind");
    requireNonNull(displayName, "displayName");
    contacts = List.copyOf(contacts);
    preferredChannels = List.copyOf(preferredChannels);
    tags = List.copyOf(tags);
    requireNonNull(registeredAt, "registeredAt");
  }

  /**
   * Returns the account owner.
   *
   * @return the owner's actor id, or empty
   */
  public Optional<String> ownerId() {
    return Optional.ofNullable(owner);
  }

  /**
   * Returns the customer's zone.
   *
   * @return the zone, or empty when unknown
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(timeZone);
  }
}
