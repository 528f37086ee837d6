package org.mehrcrm.customer;

/**
 * The type of a custom attribute's values.
 *
 * <p>Example: an ERP vendor declares {@code "credit-limit"} as {@link #DECIMAL}. Values are held
 * in a canonical text form: {@code "true"}, {@code "42"}, {@code "12.5"}, {@code "2026-11-23"}.
 */
public enum AttributeType {
  /** Any text up to 500 characters. */
  TEXT,
  /** A whole number (64-bit). */
  INTEGER,
  /** A decimal number of at most 500 digits when written out in full. */
  DECIMAL,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** An ISO-8601 calendar date. */
  DATE,
  /** One of the definition's allowed values. */
  CHOICE
}
