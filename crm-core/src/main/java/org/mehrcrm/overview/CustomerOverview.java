package org.mehrcrm.overview;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mehrcrm.customer.LifecycleChange;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.interaction.Interaction;
import org.mehrcrm.purchase.Purchase;

/**
 * A customer's whole picture for one actor, in one call: the 360° view.
 *
 * <p>Example:
 * <pre>{@code
 * CustomerOverview view = overviews.overview(actor, customerId);
 * view.recentInteractions().ifPresent(list -> list.forEach(this::show));
 * }</pre>
 * The profile and lifecycle are always there; every other section is {@link Optional}: empty when
 * the actor may not read that feature, or the feature is not wired into the service (then the
 * section is absent, not an error, and never faked). Immutable and thread-safe.
 *
 * @param at the moment the view was taken
 * @param profile who the customer is, masked per access policy
 * @param stage the current lifecycle stage
 * @param lifecycle every stage change, oldest first
 * @param recentInteractions the newest interactions, newest first; empty without
 *     {@code interaction:read}
 * @param recentPurchases the newest purchases, newest first; empty without {@code purchase:read}
 * @param openFollowUps the open tasks, by due moment; empty without {@code followup:read}
 * @param openComplaints the open complaint cases, in id order; empty without
 *     {@code complaint:read}
 * @param loyalty the standing in each loyalty programme the customer is a member of; empty
 *     without {@code loyalty:read}
 */
public record CustomerOverview(Instant at, Profile profile, LifecycleStage stage,
    List<LifecycleChange> lifecycle, Optional<List<Interaction>> recentInteractions,
    Optional<List<Purchase>> recentPurchases, Optional<List<OpenFollowUp>> openFollowUps,
    Optional<List<OpenComplaint>> openComplaints, Optional<List<LoyaltyStanding>> loyalty) {

  /** Copies the lists. */
  public CustomerOverview {
    requireNonNull(at, "at");
    requireNonNull(profile, "profile");
    requireNonNull(stage, "stage");
    lifecycle = List.copyOf(lifecycle);
    recentInteractions = requireNonNull(recentInteractions, "recentInteractions").map(List::copyOf);
    recentPurchases = requireNonNull(recentPurchases, "recentPurchases").map(List::copyOf);
    openFollowUps = requireNonNull(openFollowUps, "openFollowUps").map(List::copyOf);
    openComplaints = requireNonNull(openComplaints, "openComplaints").map(List::copyOf);
    loyalty = requireNonNull(loyalty, "loyalty").map(List::copyOf);
  }
}
