package org.mehrcrm.loyalty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A small thread-safe in-memory implementation of the loyalty ports, following their
 * specifications: compare-and-set on the version, postings appended with the state atomically.
 */
final class FakeLoyaltyStore implements LoyaltyAccountRepository, ProgrammeRepository, RewardStock {
  private final Map<MembershipId, LoyaltyAccountSnapshot> accounts = new TreeMap<>();
  private final Map<MembershipId, List<Posting>> postings = new HashMap<>();
  private final Map<String, MembershipId> byCustomer = new HashMap<>();
  private final Map<ProgrammeId, Programme> programmes = new TreeMap<>();
  private final Map<String, Long> taken = new ConcurrentHashMap<>();

  @Override
  public synchronized Optional<LoyaltyAccount> findById(MembershipId id) {
    return Optional.ofNullable(accounts.get(id)).map(LoyaltyAccount::restore);
  }

  @Override
  public synchronized Optional<LoyaltyAccount> findByCustomer(ProgrammeId programme, CustomerId customer) {
    return Optional.ofNullable(byCustomer.get(programme + "/" + customer)).flatMap(this::findById);
  }

  @Override
  public synchronized PostingHistory history(MembershipId id) {
    return PostingHistory.of(postings.getOrDefault(id, List.of()));
  }

  @Override
  public synchronized Stream<Posting> postings(MembershipId id, Instant from, Instant until) {
    return postings.getOrDefault(id, List.of()).stream()
        .filter(p -> !p.at().isBefore(from) && p.at().isBefore(until)).toList().stream();
  }

  @Override
  public synchronized Stream<LoyaltyAccount> streamByProgramme(ProgrammeId programme) {
    return accounts.values().stream().filter(s -> s.programme().equals(programme))
        .map(LoyaltyAccount::restore).toList().stream();
  }

  @Override
  public synchronized LoyaltyAccount save(LoyaltyAccount account) {
    LoyaltyAccountSnapshot stored = accounts.get(account.id());
    long storedVersion = stored == null ? 0 : stored.version();
    if (account.version() != storedVersion) {
      throw new ConcurrentUpdateException("loyalty account", account.id().value(), account.version(), storedVersion);
    }
    String customerKey = account.programmeId() + "/" + account.customerId();
    MembershipId holder = byCustomer.get(customerKey);
    if (holder != null && !holder.equals(account.id())) {
      throw new InvalidFieldException("customer", "must not already be a member (" + holder + ")");
    }
    List<Posting> list = postings.computeIfAbsent(account.id(), k -> new ArrayList<>());
    for (Posting p : account.pendingPostings()) {
      if (p.id().sequence() != list.size() + 1) {
        throw new ConcurrentUpdateException("loyalty account", account.id().value(), account.version(), storedVersion);
      }
      list.add(p);
    }
    LoyaltyAccountSnapshot next = account.snapshot().withVersion(storedVersion + 1);
    accounts.put(account.id(), next);
    byCustomer.put(customerKey, account.id());
    return LoyaltyAccount.restore(next);
  }

  @Override
  public synchronized Optional<Programme> findById(ProgrammeId id) {
    return Optional.ofNullable(programmes.get(id));
  }

  @Override
  public synchronized List<Programme> findAll() {
    return List.copyOf(programmes.values());
  }

  @Override
  public synchronized Programme save(Programme programme) {
    Programme stored = programmes.get(programme.id());
    long storedRevision = stored == null ? 0 : stored.revision();
    if (programme.revision() != storedRevision) {
      throw new ConcurrentUpdateException("programme", programme.id().value(), programme.revision(), storedRevision);
    }
    Programme next = programme.atRevision(storedRevision + 1);
    programmes.put(programme.id(), next);
    return next;
  }

  @Override
  public synchronized boolean take(ProgrammeId programme, RewardId reward, long limit) {
    String k = programme + "/" + reward;
    long now = taken.getOrDefault(k, 0L);
    if (now >= limit) {
      return false;
    }
    taken.put(k, now + 1);
    return true;
  }

  @Override
  public synchronized void giveBack(ProgrammeId programme, RewardId reward) {
    taken.computeIfPresent(programme + "/" + reward, (k, v) -> Math.max(0, v - 1));
  }

  @Override
  public long taken(ProgrammeId programme, RewardId reward) {
    return taken.getOrDefault(programme + "/" + reward, 0L);
  }

  synchronized List<Posting> allPostings(MembershipId id) {
    return List.copyOf(postings.getOrDefault(id, List.of()));
  }
}
