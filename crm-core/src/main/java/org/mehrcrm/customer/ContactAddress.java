package org.mehrcrm.customer;

import java.util.Locale;

/**
 * Where a customer can be reached: a validated, normalised e-mail address, phone number, postal
 * address or social handle.
 *
 * <p>Example: {@code ContactAddress email = EmailAddress.of("Ali.Rezaei@Example.com");} holds
 * {@code "ali.rezaei@example.com"}. Two addresses are the same contact point when their
 * {@link #key()}s are equal. Immutable and thread-safe.
 */
public sealed interface ContactAddress permits EmailAddress, PhoneNumber, PostalAddress, SocialHandle {

  /**
   * Returns the kind of address.
   *
   * @return the kind
   */
  ContactKind kind();

  /**
   * Returns the normalised single-line form used to compare and look up addresses.
   *
   * @return the canonical form, e.g. {@code "+989121234567"}
   */
  String canonical();

  /**
   * Returns the lookup key: kind and canonical form, e.g. {@code "phone:+989121234567"}.
   *
   * @return the key
   */
  default String key() {
    return kind().name().toLowerCase(Locale.ROOT) + ":" + canonical();
  }
}
