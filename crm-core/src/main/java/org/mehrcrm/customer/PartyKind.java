package org.mehrcrm.customer;

/**
 * The two kinds of customer: a natural person or an organisation.
 *
 * <p>Example: {@code customer.party().kind() == PartyKind.ORGANISATION}.
 */
public enum PartyKind {
  /** A natural person. */
  PERSON,
  /** A legal entity: a company, a public body, a charity. */
  ORGANISATION
}
