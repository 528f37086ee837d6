package org.mehrcrm.loyalty;

/**
 * The port that counts how many of each limited reward have been redeemed, so that stock is never
 * oversold; implemented by storage adapters.
 *
 * <p>Example: {@code stock.take(programme, RewardId.of("free-coffee"), 1_000)} is true for the
 * first 1,000 calls and false afterwards.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Thread-safety and atomicity:</b> {@link #take} is an atomic conditional increment
 *       ({@code UPDATE … SET taken = taken + 1 WHERE taken < ?}); however many threads call it,
 *       {@link #taken} never exceeds the limit.</li>
 *   <li>{@link #giveBack} decrements, never below zero; it is called when a reward redemption is
 *       cancelled, or when the account save that followed a {@link #take} failed.</li>
 *   <li><b>Transactions:</b> inside the provider's transaction boundary both commit or roll back
 *       with it.</li>
 * </ul>
 *
 * @since 0.1
 */
public interface RewardStock {

  /**
   * Takes one unit of a reward if fewer than {@code limit} have been taken.
   *
   * @param programme the programme
   * @param reward the reward
   * @param limit the reward's stock
   * @return true if a unit was taken
   */
  boolean take(ProgrammeId programme, RewardId reward, long limit);

  /**
   * Gives one unit back.
   *
   * @param programme the programme
   * @param reward the reward
   */
  void giveBack(ProgrammeId programme, RewardId reward);

  /**
   * Returns how many units have been taken.
   *
   * @param programme the programme
   * @param reward the reward
   * @return the count, 0 if none
   */
  long taken(ProgrammeId programme, RewardId reward);
}
