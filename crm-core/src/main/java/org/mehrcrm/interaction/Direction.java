package org.mehrcrm.interaction;

/**
 * Who started an interaction: the customer ({@link #INBOUND}) or the firm ({@link #OUTBOUND}).
 *
 * <p>Example: a customer's call to the hotline is inbound; a sales call is outbound. Only
 * outbound contacts need the customer's consent for their channel and purpose.
 */
public enum Direction {
  /** The customer reached the firm. */
  INBOUND,
  /** The firm reached the customer. */
  OUTBOUND
}
