package org.mehrcrm.loyalty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A member account with its stored postings, saved after every command the way a repository
 * would: pending postings appended, the state restored from its snapshot (re-checking invariants).
 */
final class Ledger {
  final Programme programme;
  LoyaltyAccount account;
  final List<Posting> postings = new ArrayList<>();
  List<LoyaltyEvent> lastEvents = List.of();

  Ledger(Programme programme, LoyaltyAccount account) {
    this.programme = programme;
    this.account = account;
  }

  static Ledger open(Programme programme) {
    return new Ledger(programme, TestProgrammes.enrolled(programme));
  }

  PostingHistory history() {
    return PostingHistory.of(postings);
  }

  /** Applies and saves a command; returns the postings of its result (first result on a repeat). */
  List<Posting> handle(LedgerCommand command, Instant at) {
    LoyaltyAccount next = account.handle(command, programme, history(), TestProgrammes.AGENT, at);
    save(next);
    return account.postingsFor(command.key(), history());
  }

  void expire(Instant at) {
    save(account.expire(programme, at));
  }

  private void save(LoyaltyAccount next) {
    postings.addAll(next.pendingPostings());
    lastEvents = next.pendingEvents();
    account = LoyaltyAccount.restore(next.snapshot());
  }

  long sumOfPostings() {
    long sum = 0;
    for (Posting p : postings) {
      sum += p.points();
    }
    return sum;
  }
}
