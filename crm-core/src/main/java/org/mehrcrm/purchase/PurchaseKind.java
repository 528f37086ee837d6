package org.mehrcrm.purchase;

/**
 * What a reported payment was: a sale of goods or services, or a donation to a charity.
 *
 * <p>Example: {@code Purchase.of(ref, customer, at, amount).withKind(PurchaseKind.DONATION)}.
 * Both count as the customer's spending; reminder rules thank donors after every donation and
 * buyers after their first purchase.
 */
public enum PurchaseKind {
  /** A sale: the customer bought something. */
  SALE,
  /** A donation: the customer gave money. */
  DONATION
}
