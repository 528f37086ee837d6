package org.mehrcrm.spi.memory;

import org.mehrcrm.complaint.ComplaintRepository;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.followup.FollowUpRepository;
import org.mehrcrm.interaction.InteractionRepository;
import org.mehrcrm.kernel.EventOutbox;
import org.mehrcrm.kernel.Transactions;
import org.mehrcrm.loyalty.LoyaltyAccountRepository;
import org.mehrcrm.loyalty.ProgrammeRepository;
import org.mehrcrm.loyalty.RewardStock;
import org.mehrcrm.purchase.PurchaseRepository;
import org.mehrcrm.satisfaction.SurveyRepository;
import org.mehrcrm.spi.StorageProvider;

/**
 * The in-memory storage provider: the embedded default and the reference every adapter is
 * checked against.
 *
 * <p>Example:
 * <pre>{@code
 * Crm crm = Crm.builder().clock(clock).storage(new InMemoryStorageProvider()).build();
 * }</pre>
 * It keeps the whole "Specification for implementors" of {@link StorageProvider},
 * {@link CustomerRepository}, {@link Transactions} and {@link EventOutbox}:
 * <ul>
 *   <li>Units of work buffer their writes per thread; reads inside see them, other threads do not
 *       until commit, which re-checks versions and unique keys and applies everything at once
 *       under a commit lock. A unit of work that throws leaves nothing behind.</li>
 *   <li>Customers are indexed by contact address, host reference, tag, stage, owner, key-account
 *       flag and folded name, so lookups and searches do not scan; ids are kept sorted in compact
 *       chunks so that pages and streams come out in id order without copying.</li>
 *   <li>Event sequences start at 1 and follow commit order.</li>
 * </ul>
 * Nothing survives the JVM: use it for tests, demos and hosts that persist elsewhere. Registered
 * in {@code META-INF/services} with the lowest priority, so any other provider found wins.
 * Thread-safe; each instance is a separate store.
 *
 * @since 0.1.0
 */
public final class InMemoryStorageProvider implements StorageProvider {
  private final MemoryStore store = new MemoryStore();
  private final CustomerRepository customers = new MemoryCustomerRepository(store);
  private final InteractionRepository interactions = new MemoryInteractionRepository(store);
  private final PurchaseRepository purchases = new MemoryPurchaseRepository(store);
  private final FollowUpRepository followUps = new MemoryFollowUpRepository(store);
  private final ProgrammeRepository programmes = new MemoryProgrammeRepository(store);
  private final LoyaltyAccountRepository loyaltyAccounts = new MemoryLoyaltyAccountRepository(store);
  private final RewardStock rewardStock = new MemoryRewardStock(store);
  private final ComplaintRepository complaints = new MemoryComplaintRepository(store);
  private final SurveyRepository surveys = new MemorySurveyRepository(store);
  private final Transactions transactions = new MemoryTransactions(store);
  private final EventOutbox outbox = new MemoryEventOutbox(store);

  /** Creates an empty store. */
  public InMemoryStorageProvider() {}

  /**
   * Returns {@code "in-memory"}.
   *
   * @return the name
   */
  @Override
  public String name() {
    return "in-memory";
  }

  @Override
  public CustomerRepository customers() {
    return customers;
  }

  @Override
  public InteractionRepository interactions() {
    return interactions;
  }

  @Override
  public PurchaseRepository purchases() {
    return purchases;
  }

  @Override
  public FollowUpRepository followUps() {
    return followUps;
  }

  @Override
  public ProgrammeRepository programmes() {
    return programmes;
  }

  @Override
  public LoyaltyAccountRepository loyaltyAccounts() {
    return loyaltyAccounts;
  }

  @Override
  public RewardStock rewardStock() {
    return rewardStock;
  }

  @Override
  public ComplaintRepository complaints() {
    return complaints;
  }

  @Override
  public SurveyRepository surveys() {
    return surveys;
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public EventOutbox outbox() {
    return outbox;
  }

  /**
   * Returns {@link Integer#MIN_VALUE}: any other provider found by {@link java.util.ServiceLoader}
   * is preferred.
   *
   * @return the lowest priority
   */
  @Override
  public int priority() {
    return Integer.MIN_VALUE;
  }
}
