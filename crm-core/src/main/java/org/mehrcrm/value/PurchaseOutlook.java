package org.mehrcrm.value;

/**
 * What a purchase model expects of one customer over a horizon: P(alive) now, the purchases
 * expected over the whole horizon, and the same purchases discounted period by period.
 *
 * <p>Example: {@code predictor.outlook(2, 30.43, 38.86, ValueHorizon.of(12, 52.0 / 12, 0.01))}.
 * Immutable and thread-safe.
 *
 * @param probabilityAlive P(alive), in {@code [0, 1]}
 * @param expectedPurchases purchases expected over the horizon, undiscounted, {@code >= 0}
 * @param discountedPurchases the same, each period discounted, {@code >= 0}
 */
public record PurchaseOutlook(double probabilityAlive, double expectedPurchases, double discountedPurchases) {}
