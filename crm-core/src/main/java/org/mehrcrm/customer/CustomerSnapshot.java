package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The complete stored state of a customer, for storage adapters and serialisation.
 *
 * <p>An adapter writes {@link Customer#snapshot()} and reads back with
 * {@link Customer#restore(CustomerSnapshot)}. The constructor checks every invariant of the
 * aggregate, so a corrupt row fails loudly instead of becoming a customer. Immutable and
 * thread-safe.
 *
 * @param id the customer's identifier
 * @param version the stored version; 0 for a customer never saved
 * @param party the person or organisation
 * @param stage the current lifecycle stage, equal to the last history entry's {@code to}
 * @param lifecycleHistory every stage change, oldest first, never empty: the first has no
 *     {@code from}, each later one starts where the previous ended, is an allowed move and is not
 *     earlier than the previous
 * @param contactPoints contact points, distinct by {@link ContactAddress#key()}, exactly one
 *     primary per kind present
 * @param preferredChannels channels in order of preference, distinct
 * @param consents consent decisions, in the order recorded
 * @param tags tags, distinct and sorted by value
 * @param owner the account owner's actor id, or {@code null}
 * @param keyAccount whether this is a key account
 * @param acquisition how the customer was won, or {@code null}
 * @param attributes custom attribute values in canonical text form, by name
 * @param externalRefs host references, at most one per system
 * @param registeredAt when the customer was registered
 * @param timeZone the customer's time zone, for quiet hours and local times, or {@code null} when
 *     unknown
 */
public record CustomerSnapshot(CustomerId id, long version, Party party, LifecycleStage stage,
    List<LifecycleChange> lifecycleHistory, List<ContactPoint> contactPoints,
    List<Channel> preferredChannels, List<Consent> consents, List<Tag> tags,
    @Nullable String owner, boolean keyAccount, @Nullable Acquisition acquisition,
    Map<String, String> attributes, List<ExternalRef> externalRefs, Instant registeredAt,
    @Nullable ZoneId timeZone) {

  /**
   * Copies the collections and checks the invariants.
   *
   * @throws InvalidFieldException naming the first broken invariant
   */
  public CustomerSnapshot {
    requireNonNull(id, "id");
    requireNonNull(party, "party");
    requireNonNull(stage, "stage");
    requireNonNull(registeredAt, "registeredAt");
    lifecycleHistory = List.copyOf(lifecycleHistory);
    contactPoints = List.copyOf(contactPoints);
    preferredChannels = List.copyOf(preferredChannels);
    consents = List.copyOf(consents);
    tags = List.copyOf(tags);
    attributes = Map.copyOf(attributes);
    externalRefs = List.copyOf(externalRefs);
    if (version < 0) {
      throw new InvalidFieldException("version", "must not be negative");
    }
    if (owner != null) {
      Ids.requireValid(owner, "owner");
    }
    if (lifecycleHistory.isEmpty()) {
      throw new InvalidFieldException("lifecycleHistory", "must not be empty");
    }
    checkLifecycleChain(lifecycleHistory);
    if (lifecycleHistory.get(lifecycleHistory.size() - 1).to() != stage) {
      throw new InvalidFieldException("stage", "must equal the last lifecycle change");
    }
    checkContactPoints(contactPoints);
    if (new HashSet<>(preferredChannels).size() != preferredChannels.size()) {
      throw new InvalidFieldException("preferredChannels", "must not repeat a channel");
    }
    for (int i = 1; i < tags.size(); i++) {
      if (tags.get(i - 1).value().compareTo(tags.get(i).value()) >= 0) {
        throw new InvalidFieldException("tags", "must be distinct and sorted");
      }
    }
    Set<String> systems = new HashSet<>();
    for (ExternalRef ref : externalRefs) {
      if (!systems.add(ref.system())) {
        throw new InvalidFieldException("externalRefs", "must hold one reference per system");
      }
    }
  }

  /**
   * Creates a snapshot without a time zone, as stored before time zones were kept.
   *
   * @param id the customer's identifier
   * @param version the stored version
   * @param party the person or organisation
   * @param stage the current lifecycle stage
   * @param lifecycleHistory every stage change, oldest first
   * @param contactPoints contact points
   * @param preferredChannels channels in order of preference
   * @param consents consent decisions, in the order recorded
   * @param tags tags, distinct and sorted
   * @param owner the account owner's actor id, or {@code null}
   * @param keyAccount whether this is a key account
   * @param acquisition how the customer was won, or {@code null}
   * @param attributes custom attribute values by name
   * @param externalRefs host references
   * @param registeredAt when the customer was registered
   * @throws InvalidFieldException naming the first broken invariant
   */
  public CustomerSnapshot(CustomerId id, long version, Party party, LifecycleStage stage,
      List<LifecycleChange> lifecycleHistory, List<ContactPoint> contactPoints,
      List<Channel> preferredChannels, List<Consent> consents, List<Tag> tags,
      @Nullable String owner, boolean keyAccount, @Nullable Acquisition acquisition,
      Map<String, String> attributes, List<ExternalRef> externalRefs, Instant registeredAt) {
    this(id, version, party, stage, lifecycleHistory, contactPoints, preferredChannels, consents,
        tags, owner, keyAccount, acquisition, attributes, externalRefs, registeredAt, null);
  }

  /**
   * Returns this snapshot with another version; adapters call it when saving.
   *
   * @param newVersion the version
   * @return the snapshot at that version
   */
  public CustomerSnapshot withVersion(long newVersion) {
    return new CustomerSnapshot(id, newVersion, party, stage, lifecycleHistory, contactPoints,
        preferredChannels, consents, tags, owner, keyAccount, acquisition, attributes,
        externalRefs, registeredAt, timeZone);
  }

  private static void checkLifecycleChain(List<LifecycleChange> history) {
    LifecycleChange previous = null;
    for (LifecycleChange change : history) {
      if (previous == null ? change.from() != null : change.from() != previous.to()) {
        throw new InvalidFieldException("lifecycleHistory", "must chain each change from the previous stage");
      }
      if (previous != null && !previous.to().canMoveTo(change.to())) {
        throw new InvalidFieldException("lifecycleHistory", "must hold only allowed moves");
      }
      if (previous != null && change.at().isBefore(previous.at())) {
        throw new InvalidFieldException("lifecycleHistory", "must be in time order");
      }
      previous = change;
    }
  }

  private static void checkContactPoints(List<ContactPoint> points) {
    Set<String> keys = new HashSet<>();
    Set<ContactKind> kinds = EnumSet.noneOf(ContactKind.class);
    Set<ContactKind> primaries = EnumSet.noneOf(ContactKind.class);
    for (ContactPoint p : points) {
      if (!keys.add(p.address().key())) {
        throw new InvalidFieldException("contactPoints", "must not repeat an address");
      }
      kinds.add(p.kind());
      if (p.primary() && !primaries.add(p.kind())) {
        throw new InvalidFieldException("contactPoints", "must have one primary per kind");
      }
    }
    if (!primaries.equals(kinds)) {
      throw new InvalidFieldException("contactPoints", "must have one primary per kind");
    }
  }
}
