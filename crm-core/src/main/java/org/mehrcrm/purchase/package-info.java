/**
 * Purchases: what customers bought, donated and returned, as reported by the host.
 *
 * <p>A {@link org.mehrcrm.purchase.Purchase} (a sale or a donation, with an optional gross margin
 * and {@link org.mehrcrm.purchase.PurchaseLine}s) and a {@link org.mehrcrm.purchase.Return}
 * (whole, or by {@link org.mehrcrm.purchase.ReturnLine}) are facts keyed by the host's
 * {@link org.mehrcrm.purchase.OrderReference}: reporting one twice is idempotent, reporting other
 * content under a known reference fails with
 * {@link org.mehrcrm.purchase.OrderReferenceConflictException}.
 * {@link org.mehrcrm.purchase.ReturnableBalance} keeps returns within what was bought. Storage is
 * behind {@link org.mehrcrm.purchase.PurchaseRepository}; the application service is
 * {@link org.mehrcrm.purchase.PurchaseService}; recording raises
 * {@link org.mehrcrm.purchase.PurchaseEvent}s, once per reference.
 *
 * <p>Purchases are their own feature rather than part of {@code interaction}: they are the
 * money side of the relationship that lifetime value, RFM and loyalty read in bulk, with their
 * own idempotency and return rules, while interactions are contacts. Interactions may link to a
 * purchase by reference, so {@code interaction} depends on {@code purchase}, never the reverse.
 */
@NullMarked
package org.mehrcrm.purchase;

import org.jspecify.annotations.NullMarked;
