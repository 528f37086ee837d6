package org.mehrcrm.overview;

/**
 * The kinds of entry on a customer's timeline; their order breaks ties between entries at the
 * same moment (a later constant sorts as newer).
 *
 * <p>Example: a purchase and the interaction that closed it, both at 10:00, show the purchase
 * first on the newest-first timeline.
 */
public enum EntryKind {
  /** A lifecycle stage change. */
  LIFECYCLE,
  /** An interaction. */
  INTERACTION,
  /** A purchase or donation. */
  PURCHASE,
  /** A return. */
  RETURN
}
