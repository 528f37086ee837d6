package org.mehrcrm.spi.memory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.loyalty.IdempotencyKey;
import org.mehrcrm.loyalty.LoyaltyAccount;
import org.mehrcrm.loyalty.LoyaltyAccountRepository;
import org.mehrcrm.loyalty.MembershipId;
import org.mehrcrm.loyalty.Posting;
import org.mehrcrm.loyalty.PostingHistory;
import org.mehrcrm.loyalty.PostingId;
import org.mehrcrm.loyalty.ProgrammeId;
import org.mehrcrm.loyalty.SourceRef;

/**
 * The in-memory loyalty account repository: account rows saved with versions, their postings
 * written once under (membership, posting id) in the same unit of work, and each account's
 * postings indexed by id, idempotency key, corrected posting and source.
 *
 * <p>Example: {@code provider.loyaltyAccounts().history(membership).byKey(key)}. Thread-safe;
 * account lookups inside a unit of work see its own saves, the history answers from committed
 * postings as {@link PostingHistory} specifies.
 */
final class MemoryLoyaltyAccountRepository implements LoyaltyAccountRepository {
  private static final Comparator<LoyaltyAccount> BY_ID = Comparator.comparing(LoyaltyAccount::id);

  /** The unique key of an account: one per customer and programme. */
  private record Member(ProgrammeId programme, CustomerId customer) {}

  /** The key of a posting. */
  private record PostingKey(MembershipId account, PostingId id) {}

  /** One account's committed postings and their indexes. */
  private static final class Ledger implements PostingHistory {
    private final ConcurrentSkipListMap<PostingId, Posting> byId = new ConcurrentSkipListMap<>();
    private final Map<IdempotencyKey, List<Posting>> byKey = new ConcurrentHashMap<>();
    private final Map<PostingId, List<Posting>> corrections = new ConcurrentHashMap<>();
    private final Map<SourceRef, List<Posting>> bySource = new ConcurrentHashMap<>();

    void add(Posting p) {
      byId.put(p.id(), p);
      append(byKey, p.key(), p);
      if (p.reverses() != null) {
        append(corrections, p.reverses(), p);
      }
      if (p.source() != null) {
        append(bySource, p.source(), p);
      }
    }

    private static <K> void append(Map<K, List<Posting>> index, K key, Posting p) {
      index.compute(key, (k, list) -> {
        List<Posting> next = list == null ? new ArrayList<>() : new ArrayList<>(list);
        next.add(p);
        next.sort(Comparator.comparing(Posting::id));
        return List.copyOf(next);
      });
    }

    @Override
    public List<Posting> byKey(IdempotencyKey key) {
      return byKey.getOrDefault(requireNonNull(key, "key"), List.of());
    }

    @Override
    public Optional<Posting> byId(PostingId id) {
      return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
    }

    @Override
    public List<Posting> correctionsOf(PostingId id) {
      return corrections.getOrDefault(requireNonNull(id, "id"), List.of());
    }

    @Override
    public List<Posting> bySource(SourceRef source) {
      return bySource.getOrDefault(requireNonNull(source, "source"), List.of());
    }
  }

  private final MemoryStore store;
  private final MemoryTable<MembershipId, LoyaltyAccount> accounts = MemoryTable
      .versioned("loyalty account", LoyaltyAccount::id, LoyaltyAccount::version,
          (account, version) -> LoyaltyAccount.restore(account.snapshot().withVersion(version)))
      .unique(account -> List.of(new Member(account.programmeId(), account.customerId())),
          (member, holder) -> new InvalidFieldException("customer",
              "already has account " + holder + " in the programme"));
  private final MemoryTable<PostingKey, Posting> postings =
      MemoryTable.insertOnly("posting", p -> new PostingKey(p.account(), p.id()));
  private final Map<MembershipId, Ledger> ledgers = new ConcurrentHashMap<>();
  private final Map<ProgrammeId, ConcurrentSkipListMap<MembershipId, LoyaltyAccount>> byProgramme =
      new ConcurrentHashMap<>();

  MemoryLoyaltyAccountRepository(MemoryStore store) {
    this.store = store;
    accounts.index((before, after) -> byProgramme
        .computeIfAbsent(after.programmeId(), p -> new ConcurrentSkipListMap<>()).put(after.id(), after));
    postings.index((before, after) -> ledgers.computeIfAbsent(after.account(), a -> new Ledger()).add(after));
  }

  @Override
  public Optional<LoyaltyAccount> findById(MembershipId id) {
    return Optional.ofNullable(store.get(accounts, requireNonNull(id, "id")));
  }

  @Override
  public Optional<LoyaltyAccount> findByCustomer(ProgrammeId programme, CustomerId customer) {
    Member member = new Member(requireNonNull(programme, "programme"), requireNonNull(customer, "customer"));
    return Optional.ofNullable(store.holder(accounts, member));
  }

  @Override
  public PostingHistory history(MembershipId id) {
    Ledger ledger = ledgers.get(requireNonNull(id, "id"));
    return ledger != null ? ledger : PostingHistory.empty();
  }

  @Override
  public Stream<Posting> postings(MembershipId id, Instant from, Instant until) {
    requireNonNull(id, "id");
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    Ledger ledger = ledgers.get(id);
    if (ledger == null) {
      return Stream.empty();
    }
    return ledger.byId.values().stream().filter(p -> !p.at().isBefore(from) && p.at().isBefore(until));
  }

  @Override
  public Stream<LoyaltyAccount> streamByProgramme(ProgrammeId programme) {
    requireNonNull(programme, "programme");
    @Nullable ConcurrentSkipListMap<MembershipId, LoyaltyAccount> members = byProgramme.get(programme);
    Stream<LoyaltyAccount> committed = members == null ? Stream.empty() : members.values().stream();
    return store.overlay(accounts, committed, a -> a.programmeId().equals(programme), BY_ID);
  }

  @Override
  public LoyaltyAccount save(LoyaltyAccount account) {
    requireNonNull(account, "account");
    return store.inUnit(() -> {
      LoyaltyAccount saved = store.save(accounts, account);
      for (Posting p : account.pendingPostings()) {
        store.save(postings, p);
      }
      return saved;
    });
  }
}
