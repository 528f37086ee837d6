package org.mehrcrm.spi;

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

/**
 * A storage adapter: the repositories of every feature plus a transaction boundary and an event
 * outbox, all bound to one store.
 *
 * <p>Example: {@code Crm.builder().storage(new InMemoryStorageProvider()).clock(clock).build()}.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li>Each method returns the same instance on every call; all of them are thread-safe.</li>
 *   <li>Writes made through any repository and the outbox inside one
 *       {@link Transactions#inTransaction} call commit or roll back together.</li>
 *   <li>Every repository keeps the "Specification for implementors" in its own Javadoc.</li>
 *   <li>Prove it by extending {@code org.mehrcrm.tck.StorageProviderContract} from the
 *       {@code crm-persistence-spi} {@code tests} jar.</li>
 *   <li>To be found by {@link java.util.ServiceLoader}, register the class in
 *       {@code META-INF/services/org.mehrcrm.spi.StorageProvider} and give it a public no-argument
 *       constructor.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public interface StorageProvider {

  /**
   * Returns a short name for logs and error messages, e.g. {@code "in-memory"} or {@code "jdbc"}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns where customers are kept.
   *
   * @return the customer repository
   */
  CustomerRepository customers();

  /**
   * Returns where interactions are kept.
   *
   * @return the interaction repository
   * @since 0.2.0
   */
  InteractionRepository interactions();

  /**
   * Returns where purchases and returns are kept.
   *
   * @return the purchase repository
   * @since 0.2.0
   */
  PurchaseRepository purchases();

  /**
   * Returns where follow-up tasks and reminder-rule firings are kept.
   *
   * @return the follow-up repository
   * @since 0.2.0
   */
  FollowUpRepository followUps();

  /**
   * Returns where loyalty programmes are kept.
   *
   * @return the programme repository
   * @since 0.2.0
   */
  ProgrammeRepository programmes();

  /**
   * Returns where loyalty member accounts and their postings are kept.
   *
   * @return the loyalty account repository
   * @since 0.2.0
   */
  LoyaltyAccountRepository loyaltyAccounts();

  /**
   * Returns the counts of limited rewards taken.
   *
   * @return the reward stock
   * @since 0.2.0
   */
  RewardStock rewardStock();

  /**
   * Returns where complaint cases are kept.
   *
   * @return the complaint repository
   * @since 0.2.0
   */
  ComplaintRepository complaints();

  /**
   * Returns where survey invitations and responses are kept.
   *
   * @return the survey repository
   * @since 0.2.0
   */
  SurveyRepository surveys();

  /**
   * Returns the transaction boundary.
   *
   * @return the transactions
   */
  Transactions transactions();

  /**
   * Returns the event outbox.
   *
   * @return the outbox
   */
  EventOutbox outbox();

  /**
   * Returns the priority when several providers are found by {@link java.util.ServiceLoader}:
   * the highest wins. The in-memory default has the lowest.
   *
   * @return the priority, 0 unless overridden
   */
  default int priority() {
    return 0;
  }
}
