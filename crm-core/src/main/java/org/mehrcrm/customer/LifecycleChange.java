package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * One entry of a customer's lifecycle history: the move, when, who made it and why.
 *
 * <p>Example: a move from {@code ACTIVE} to {@code LOST} with reason
 * {@link ChurnReason#COMPETITOR} and note "moved to a rival's contract". The first entry of every
 * history has no {@code from} stage. Immutable and thread-safe.
 *
 * @param from the stage before, or {@code null} for the entry made at registration
 * @param to the stage after
 * @param reason why the customer was lost; required exactly when {@code to} is {@code LOST}
 * @param note free text, may be empty, at most 500 characters
 * @param actorId who made the move
 * @param at when
 */
public record LifecycleChange(@Nullable LifecycleStage from, LifecycleStage to,
    @Nullable ChurnReason reason, String note, String actorId, Instant at) {

  /**
   * Validates the entry.
   *
   * @throws InvalidFieldException if a loss has no reason, a reason is given for another stage,
   *     or the note is too long
   */
  public LifecycleChange {
    requireNonNull(to, "to");
    requireNonNull(note, "note");
    requireNonNull(at, "at");
    Ids.requireValid(actorId, "actorId");
    if (to == LifecycleStage.LOST && reason == null) {
      throw new InvalidFieldException("reason", "must be given when a customer is lost");
    }
    if (to != LifecycleStage.LOST && reason != null) {
      throw new InvalidFieldException("reason", "must only be given when a customer is lost");
    }
    note = note.strip();
    if (note.length() > 500) {
      throw new InvalidFieldException("note", "must be at most 500 characters");
    }
  }
}
