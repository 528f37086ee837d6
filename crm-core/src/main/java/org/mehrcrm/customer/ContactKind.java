package org.mehrcrm.customer;

/**
 * The kinds of contact point a customer can have; each kind has at most one primary point.
 *
 * <p>Example: {@code customer.primary(ContactKind.EMAIL)}.
 */
public enum ContactKind {
  /** An e-mail address. */
  EMAIL,
  /** A telephone number in E.164 form. */
  PHONE,
  /** A postal address. */
  POSTAL,
  /** A messenger or social network handle. */
  SOCIAL
}
