package org.mehrcrm.followup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The complete stored state of a follow-up task, for storage adapters and serialisation.
 *
 * <p>An adapter writes {@link FollowUp#snapshot()} and reads back with
 * {@link FollowUp#restore(FollowUpSnapshot)}. The constructor checks every invariant, so a
 * corrupt row fails loudly. Immutable and thread-safe.
 *
 * @param id the task's identifier
 * @param version the stored version; 0 for a task never saved
 * @param customerId the customer to follow up
 * @param purpose why
 * @param title what to do, 1 to 200 characters
 * @param due when it should be done
 * @param priority how urgent
 * @param owner the responsible actor's id, or {@code null} for the shared pool
 * @param state the stored state
 * @param claimedBy the agent holding the claim; set exactly when the state is {@code CLAIMED}
 * @param leaseUntil when the claim expires; set exactly when the state is {@code CLAIMED}
 * @param notes notes, oldest first
 * @param origin by hand or by which rule
 * @param escalations how often the task was escalated, not negative
 * @param createdAt when the task was created
 * @param closedAt when it was done or cancelled; set exactly when it is
 */
public record FollowUpSnapshot(FollowUpId id, long version, CustomerId customerId, Purpose purpose,
    String title, Instant due, Priority priority, @Nullable String owner, FollowUpState state,
    @Nullable String claimedBy, @Nullable Instant leaseUntil, List<Note> notes, Origin origin,
    int escalations, Instant createdAt, @Nullable Instant closedAt) {

  /** The longest title accepted. */
  public static final int MAX_TITLE = 200;

  /**
   * Copies the notes and checks the invariants.
   *
   * @throws InvalidFieldException naming the first broken invariant
   */
  public FollowUpSnapshot {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(purpose, "purpose");
    title = RuleCodes.text(title, "title", MAX_TITLE, false);
    requireNonNull(due, "due");
    requireNonNull(priority, "priority");
    requireNonNull(state, "state");
    notes = List.copyOf(notes);
    requireNonNull(origin, "origin");
    requireNonNull(createdAt, "createdAt");
    if (version < 0) {
      throw new InvalidFieldException("version", "must not be negative");
    }
    if (owner != null) {
      Ids.requireValid(owner, "owner");
    }
    boolean claimed = state == FollowUpState.CLAIMED;
    if (claimed != (claimedBy != null) || claimed != (leaseUntil != null)) {
      throw new InvalidFieldException("claimedBy", "must be set, with leaseUntil, exactly when claimed");
    }
    if (claimedBy != null) {
      Ids.requireValid(claimedBy, "claimedBy");
    }
    if (state.isOpen() == (closedAt != null)) {
      throw new InvalidFieldException("closedAt", "must be set exactly when done or cancelled");
    }
    if (escalations < 0) {
      throw new InvalidFieldException("escalations", "must not be negative");
    }
  }

  /**
   * Returns this snapshot with another version; adapters call it when saving.
   *
   * @param newVersion the version
   * @return the snapshot at that version
   */
  public FollowUpSnapshot withVersion(long newVersion) {
    return new FollowUpSnapshot(id, newVersion, customerId, purpose, title, due, priority, owner,
        state, claimedBy, leaseUntil, notes, origin, escalations, createdAt, closedAt);
  }
}
