package org.mehrcrm.complaint;

/**
 * A three-step rating used for a complaint's severity, urgency and impact.
 *
 * <p>Example: {@code new Assessment(Level.HIGH, Level.MEDIUM, Level.LOW)}.
 */
public enum Level {
  /** Minor. */
  LOW,
  /** Moderate. */
  MEDIUM,
  /** Serious. */
  HIGH
}
