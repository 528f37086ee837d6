package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.Ids;

/**
 * One assignment of a complaint: from whom, to whom, when and why. The first assignment has no
 * {@code from} and is not a hand-off; every later one is.
 *
 * <p>Example: {@code new HandOff("agent-7", "billing-2", "needs billing access", at)}. Immutable
 * and thread-safe.
 *
 * @param from the previous assignee's actor id, or {@code null} for the first assignment
 * @param to the new assignee's actor id
 * @param reason why, up to 500 characters
 * @param at when
 */
public record HandOff(@Nullable String from, String to, String reason, Instant at) {

  /**
   * Validates the parts.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if an id is invalid, the reason is blank or
   *     too long, or {@code from} equals {@code to}
   */
  public HandOff {
    requireNonNull(to, "to");
    requireNonNull(reason, "reason");
    requireNonNull(at, "at");
    if (from != null) {
      Ids.requireValid(from, "handOff.from");
    }
    Ids.requireValid(to, "handOff.to");
    reason = Texts.requireText(reason, "handOff.reason", 500);
    requireNonNull(at, "at");
    if (to.equals(from)) {
      throw new org.mehrcrm.kernel.InvalidFieldException("handOff.to", "must differ from the current assignee");
    }
  }

  /**
   * Tells whether this assignment passed the case from one person to another.
   *
   * @return true unless this is the first assignment
   */
  public boolean isHandOff() {
    return from != null;
  }
}
