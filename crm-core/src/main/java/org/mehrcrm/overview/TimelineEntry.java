package org.mehrcrm.overview;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.mehrcrm.customer.LifecycleChange;
import org.mehrcrm.interaction.Interaction;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.purchase.Return;

/**
 * One entry on a customer's timeline: an interaction, a purchase, a return or a lifecycle change.
 *
 * <p>Example:
 * <pre>{@code
 * switch (entry) {
 *   case TimelineEntry.OfInteraction i -> render(i.interaction().subject());
 *   case TimelineEntry.OfPurchase p -> render(p.purchase().amount());
 *   default -> render(entry.kind());
 * }
 * }</pre>
 * Later features (complaints, loyalty postings) add their own records. Immutable and thread-safe.
 */
public sealed interface TimelineEntry {

  /**
   * Returns when it happened.
   *
   * @return the moment
   */
  Instant at();

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  EntryKind kind();

  /**
   * Returns the entry's id within its kind.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the entry's position, for paging on after it.
   *
   * @return the cursor naming this entry
   */
  default TimelineCursor cursor() {
    return new TimelineCursor(at(), kind(), id());
  }

  /**
   * An interaction.
   *
   * @param interaction the interaction
   */
  record OfInteraction(Interaction interaction) implements TimelineEntry {
    /** Checks for null. */
    public OfInteraction {
      requireNonNull(interaction, "interaction");
    }

    @Override
    public Instant at() {
      return interaction.at();
    }

    @Override
    public EntryKind kind() {
      return EntryKind.INTERACTION;
    }

    @Override
    public String id() {
      return interaction.id().value();
    }
  }

  /**
   * A purchase or donation.
   *
   * @param purchase the purchase
   */
  record OfPurchase(Purchase purchase) implements TimelineEntry {
    /** Checks for null. */
    public OfPurchase {
      requireNonNull(purchase, "purchase");
    }

    @Override
    public Instant at() {
      return purchase.at();
    }

    @Override
    public EntryKind kind() {
      return EntryKind.PURCHASE;
    }

    @Override
    public String id() {
      return purchase.reference().value();
    }
  }

  /**
   * A return.
   *
   * @param ret the return
   */
  record OfReturn(Return ret) implements TimelineEntry {
    /** Checks for null. */
    public OfReturn {
      requireNonNull(ret, "ret");
    }

    @Override
    public Instant at() {
      return ret.at();
    }

    @Override
    public EntryKind kind() {
      return EntryKind.RETURN;
    }

    @Override
    public String id() {
      return ret.reference().value();
    }
  }

  /**
   * A lifecycle stage change, numbered by its position in the customer's history.
   *
   * @param change the change
   * @param position its index in the history, from 0
   */
  record OfLifecycle(LifecycleChange change, int position) implements TimelineEntry {
    /** Checks the parts. */
    public OfLifecycle {
      requireNonNull(change, "change");
      if (position < 0) {
        throw new InvalidFieldException("position", "must not be negative");
      }
    }

    @Override
    public Instant at() {
      return change.at();
    }

    @Override
    public EntryKind kind() {
      return EntryKind.LIFECYCLE;
    }

    /** Returns the position, zero-padded to ten digits so that ids sort like positions. */
    @Override
    public String id() {
      return String.format(java.util.Locale.ROOT, "%010d", position);
    }
  }
}
