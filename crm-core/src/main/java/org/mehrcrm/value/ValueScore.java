package org.mehrcrm.value;

/**
 * What the value models say about one customer: the probability of being alive, the purchases
 * expected over the horizon, the expected spend per purchase and the discounted lifetime value.
 *
 * <p>Example: {@code LifetimeValue.of(purchases, spend, horizon, 0.3).score(2, 30.43, 38.86,
 * 22.35).clv()}. Immutable and thread-safe.
 *
 * @param probabilityAlive P(alive) at the end of the calibration period, in {@code [0, 1]}
 * @param expectedPurchases purchases expected over the whole horizon, undiscounted, {@code >= 0}
 * @param expectedSpend expected value of one purchase
 * @param clv discounted margin expected over the horizon: the residual lifetime value
 */
public record ValueScore(double probabilityAlive, double expectedPurchases, double expectedSpend, double clv) {}
