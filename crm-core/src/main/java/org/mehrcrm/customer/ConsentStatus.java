package org.mehrcrm.customer;

/**
 * The state of a customer's consent for one channel and purpose.
 *
 * <p>Example: a customer who unsubscribes from marketing e-mail moves from {@link #GRANTED} to
 * {@link #WITHDRAWN}. Only {@link #GRANTED} allows contact.
 */
public enum ConsentStatus {
  /** The customer agreed. */
  GRANTED,
  /** The customer refused when asked. */
  DENIED,
  /** The customer took back an earlier agreement. */
  WITHDRAWN
}
