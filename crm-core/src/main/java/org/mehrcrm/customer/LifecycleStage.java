package org.mehrcrm.customer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a customer stands in the relationship: from prospect to active, at risk, lapsed, lost,
 * and won back.
 *
 * <p>The allowed moves:
 * <pre>
 * PROSPECT → ACTIVE, LOST
 * ACTIVE   → AT_RISK, LAPSED, LOST
 * AT_RISK  → ACTIVE, LAPSED, LOST
 * LAPSED   → WON_BACK, AT_RISK, LOST
 * LOST     → WON_BACK
 * WON_BACK → ACTIVE, AT_RISK, LAPSED, LOST
 * </pre>
 * Example: {@code LifecycleStage.LOST.canMoveTo(LifecycleStage.ACTIVE)} is false: a lost
 * customer comes back as {@link #WON_BACK}.
 */
public enum LifecycleStage {
  /** A potential customer who has not bought yet. */
  PROSPECT,
  /** A customer who buys. */
  ACTIVE,
  /** A customer showing signs of leaving. */
  AT_RISK,
  /** A customer who stopped buying but was not declared lost. */
  LAPSED,
  /** A customer who left, with a recorded reason. */
  LOST,
  /** A lapsed or lost customer who came back. */
  WON_BACK;

  /**
   * Returns the stages this stage may move to.
   *
   * @return the allowed next stages
   */
  public Set<LifecycleStage> nextStages() {
    return switch (this) {
      case PROSPECT -> EnumSet.of(ACTIVE, LOST);
      case ACTIVE -> EnumSet.of(AT_RISK, LAPSED, LOST);
      case AT_RISK -> EnumSet.of(ACTIVE, LAPSED, LOST);
      case LAPSED -> EnumSet.of(WON_BACK, AT_RISK, LOST);
      case LOST -> EnumSet.of(WON_BACK);
      case WON_BACK -> EnumSet.of(ACTIVE, AT_RISK, LAPSED, LOST);
    };
  }

  /**
   * Tells whether a move to another stage is allowed.
   *
   * @param next the stage to move to
   * @return true if allowed
   */
  public boolean canMoveTo(LifecycleStage next) {
    return nextStages().contains(next);
  }

  /**
   * Tells whether the customer is a potential rather than an actual customer.
   *
   * @return true for {@link #PROSPECT}
   */
  public boolean isPotential() {
    return this == PROSPECT;
  }
}
