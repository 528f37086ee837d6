package org.mehrcrm.overview;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.customer.ContactKind;

/**
 * A contact point as shown in the 360° view: its kind and its text, masked unless the actor may
 * see personal data.
 *
 * <p>Example: {@code ContactLine[EMAIL, "a***@e***.com", primary, verified]}. Immutable and
 * thread-safe.
 *
 * @param kind e-mail, phone, postal or social
 * @param text the address as text, possibly masked
 * @param primary whether it is the primary point of its kind
 * @param verified whether the customer proved they own it
 */
public record ContactLine(ContactKind kind, String text, boolean primary, boolean verified) {
  /** Checks for nulls. */
  public ContactLine {
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
  }
}
