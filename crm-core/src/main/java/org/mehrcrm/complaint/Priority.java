package org.mehrcrm.complaint;

/**
 * How soon a complaint must be handled; service-level targets are chosen by it.
 *
 * <p>Example: escalation raises {@link #NORMAL} to {@link #HIGH}. Declared from lowest to highest,
 * so {@code compareTo} orders by urgency.
 */
public enum Priority {
  /** Can wait. */
  LOW,
  /** The default. */
  NORMAL,
  /** Needs attention soon. */
  HIGH,
  /** Needs attention now. */
  URGENT;

  /**
   * Returns the next higher priority, or this one if it is the highest.
   *
   * @return the raised priority
   */
  public Priority raised() {
    return this == URGENT ? URGENT : values()[ordinal() + 1];
  }
}
