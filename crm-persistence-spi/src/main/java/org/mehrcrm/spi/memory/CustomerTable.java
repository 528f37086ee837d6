package org.mehrcrm.spi.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.ContactAddress;
import org.mehrcrm.customer.ContactPoint;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerQuery;
import org.mehrcrm.customer.ExternalRef;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.customer.PostalAddress;
import org.mehrcrm.customer.Tag;

/**
 * The committed customers of an in-memory store, with the secondary indexes that answer lookups
 * and searches without scanning.
 *
 * <p>Example: {@code table.put(old, saved); Iterator<CustomerId> ids = table.candidates(query, null);}
 *
 * <p>Only the writer holding the store's commit lock calls {@link #put}. {@link #put} adds a
 * customer's new index entries before it publishes the customer and removes the stale ones after,
 * so a lock-free reader that resolves set-index hits through {@link #get} and re-checks them never
 * misses a customer and never returns a wrong one. The contact index holds a lone holder's
 * customer itself, so {@link #holdersByContact} answers with one map read but needs the store's
 * consistent read.
 */
final class CustomerTable {
  /** Above this many name hits, a name-prefix search filters a set index instead. */
  static final int NAME_CANDIDATE_LIMIT = 10_000;

  private final ConcurrentHashMap<CustomerId, Customer> byId = new ConcurrentHashMap<>();
  private final SortedIdSet allIds = new SortedIdSet();
  /** Keyed by {@link #contactKey}: a lone holder or an id array, see {@link IdGroups}. */
  private final ConcurrentHashMap<Object, Object> byContact = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<ExternalRef, CustomerId> byExternalRef = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Tag, SortedIdSet> byTag = new ConcurrentHashMap<>();
  private final Map<LifecycleStage, SortedIdSet> byStage = new EnumMap<>(LifecycleStage.class);
  private final ConcurrentHashMap<String, SortedIdSet> byOwner = new ConcurrentHashMap<>();
  private final SortedIdSet keyAccounts = new SortedIdSet();
  /** Folded search keys ({@link Customer#searchKeys()}) with their ids, for prefix scans. */
  private final NameIndex byName = new NameIndex();

  CustomerTable() {
    for (LifecycleStage stage : LifecycleStage.values()) {
      byStage.put(stage, new SortedIdSet());
    }
  }

  /**
   * Returns a committed customer.
   *
   * @param id the id
   * @return the customer, or {@code null}
   */
  @Nullable Customer get(CustomerId id) {
    return byId.get(id);
  }

  /**
   * Returns how many customers are stored.
   *
   * @return the count
   */
  int size() {
    return allIds.size();
  }

  /**
   * Returns the committed customers holding a contact address, in id order; the caller holds a
   * consistent read.
   *
   * @param address the address
   * @return the holders
   */
  List<Customer> holdersByContact(ContactAddress address) {
    return IdGroups.holders(byContact.get(contactKey(address)), byId::get);
  }

  /**
   * Returns the id of the customer holding a host reference.
   *
   * @param ref the reference
   * @return the id, or {@code null}
   */
  @Nullable CustomerId idByExternalRef(ExternalRef ref) {
    return byExternalRef.get(ref);
  }

  /**
   * Stores a customer and brings every index up to date; the caller holds the commit lock.
   *
   * @param old the committed version being replaced, or {@code null} for a new customer
   * @param next the version to store
   */
  void put(@Nullable Customer old, Customer next) {
    CustomerId id = next.id();
    Keys added = Keys.of(next);
    Keys removed = old == null ? Keys.NONE : Keys.of(old);
    for (Object key : added.contacts) {
      // Also for kept keys: a lone holder is stored as its current version.
      byContact.compute(key, (k, group) -> IdGroups.with(group, next));
    }
    for (ExternalRef ref : added.refs) {
      byExternalRef.put(ref, id);
    }
    for (Tag tag : added.tags) {
      if (!removed.tags.contains(tag)) {
        byTag.computeIfAbsent(tag, t -> new SortedIdSet()).add(id);
      }
    }
    byStage.get(added.stage).add(id);
    if (added.owner != null) {
      byOwner.computeIfAbsent(added.owner, o -> new SortedIdSet()).add(id);
    }
    if (added.keyAccount) {
      keyAccounts.add(id);
    }
    for (String name : added.names) {
      if (!removed.names.contains(name)) {
        byName.add(name, id);
      }
    }

    byId.put(id, next);
    allIds.add(id);

    for (Object key : removed.contacts) {
      if (!added.contacts.contains(key)) {
        byContact.computeIfPresent(key, (k, group) -> IdGroups.without(group, id, byId::get));
      }
    }
    for (ExternalRef ref : removed.refs) {
      if (!added.refs.contains(ref)) {
        byExternalRef.remove(ref, id);
      }
    }
    for (Tag tag : removed.tags) {
      if (!added.tags.contains(tag)) {
        byTag.get(tag).remove(id);
      }
    }
    if (old != null && removed.stage != added.stage) {
      byStage.get(removed.stage).remove(id);
    }
    if (removed.owner != null && !removed.owner.equals(added.owner)) {
      byOwner.get(removed.owner).remove(id);
    }
    if (removed.keyAccount && !added.keyAccount) {
      keyAccounts.remove(id);
    }
    for (String name : removed.names) {
      if (!added.names.contains(name)) {
        byName.remove(name, id);
      }
    }
  }

  /**
   * Returns, in id order and lazily where possible, the ids of committed customers that may match
   * a query: every match is among them, but the caller must still filter with
   * {@link CustomerQuery#matches}. Uses the most selective index the query allows.
   *
   * @param query the criteria
   * @param after only ids after this one, or {@code null} for all
   * @return the candidate ids, ascending
   */
  Iterator<CustomerId> candidates(CustomerQuery query, @Nullable String after) {
    @Nullable SortedIdSet best = allIds;
    if (query.stage() != null) {
      best = smaller(best, byStage.get(query.stage()));
    }
    if (query.tag() != null) {
      best = smaller(best, byTag.get(query.tag()));
    }
    if (query.owner() != null) {
      best = smaller(best, byOwner.get(query.owner()));
    }
    if (Boolean.TRUE.equals(query.keyAccount())) {
      best = smaller(best, keyAccounts);
    }
    if (best == null || best.size() == 0) {
      return Collections.emptyIterator();
    }
    String prefix = query.namePrefix();
    if (prefix != null) {
      CustomerId @Nullable [] named = idsByNamePrefix(prefix, after,
          Math.min(best.size(), NAME_CANDIDATE_LIMIT));
      if (named != null) {
        return List.of(named).iterator();
      }
    }
    return best.after(after);
  }

  /**
   * Counts the matches of a query straight from an index size when the query has a single
   * criterion that an index answers exactly; the caller holds a consistent read.
   *
   * @param query the criteria
   * @return the count, or empty if the query needs filtering
   */
  OptionalLong exactCount(CustomerQuery query) {
    int criteria = (query.namePrefix() != null ? 1 : 0) + (query.tag() != null ? 1 : 0)
        + (query.stage() != null ? 1 : 0) + (query.owner() != null ? 1 : 0)
        + (query.keyAccount() != null ? 1 : 0);
    if (criteria == 0) {
      return OptionalLong.of(size());
    }
    if (criteria > 1 || query.namePrefix() != null) {
      return OptionalLong.empty();
    }
    if (query.stage() != null) {
      return OptionalLong.of(byStage.get(query.stage()).size());
    }
    if (query.tag() != null) {
      return OptionalLong.of(sizeOf(byTag.get(query.tag())));
    }
    if (query.owner() != null) {
      return OptionalLong.of(sizeOf(byOwner.get(query.owner())));
    }
    return OptionalLong.of(Boolean.TRUE.equals(query.keyAccount())
        ? keyAccounts.size() : size() - keyAccounts.size());
  }

  private static int sizeOf(@Nullable SortedIdSet set) {
    return set == null ? 0 : set.size();
  }

  private static @Nullable SortedIdSet smaller(@Nullable SortedIdSet best, @Nullable SortedIdSet other) {
    if (best == null || other == null) {
      return null; // a criterion no customer meets: nothing matches
    }
    return other.size() < best.size() ? other : best;
  }

  /** Collects and sorts the ids under a name prefix, or returns null when there are too many. */
  private CustomerId @Nullable [] idsByNamePrefix(String prefix, @Nullable String after, int limit) {
    List<CustomerId> hits = new ArrayList<>();
    if (!byName.collect(prefix, after, limit, hits)) {
      return null;
    }
    return hits.stream().sorted().distinct().toArray(CustomerId[]::new);
  }

  /**
   * Returns the key of an address in the contact index. E-mail addresses, phone numbers and social
   * handles are records whose equality is that of their {@link ContactAddress#key()}, so the
   * customer's own address object serves as the key and no key string is kept; a postal address
   * compares its raw lines, so its folded key string is used.
   */
  private static Object contactKey(ContactAddress address) {
    return address instanceof PostalAddress ? address.key() : address;
  }

  /** The index keys of one customer version. */
  private static final class Keys {
    static final Keys NONE = new Keys(List.of(), List.of(), List.of(), LifecycleStage.PROSPECT,
        null, false, List.of());

    final List<Object> contacts;
    final List<ExternalRef> refs;
    final List<Tag> tags;
    final LifecycleStage stage;
    final @Nullable String owner;
    final boolean keyAccount;
    final List<String> names;

    private Keys(List<Object> contacts, List<ExternalRef> refs, List<Tag> tags,
        LifecycleStage stage, @Nullable String owner, boolean keyAccount, List<String> names) {
      this.contacts = contacts;
      this.refs = refs;
      this.tags = tags;
      this.stage = stage;
      this.owner = owner;
      this.keyAccount = keyAccount;
      this.names = names;
    }

    static Keys of(Customer c) {
      List<Object> contacts = new ArrayList<>(c.contactPoints().size());
      for (ContactPoint point : c.contactPoints()) {
        contacts.add(contactKey(point.address()));
      }
      return new Keys(contacts, c.externalRefs(), c.tags(), c.stage(), c.owner().orElse(null),
          c.isKeyAccount(), c.searchKeys());
    }
  }
}
