/**
 * The 360° view: one customer's whole picture, and a merged timeline, for one actor.
 *
 * <p>{@link org.mehrcrm.overview.OverviewService} returns a
 * {@link org.mehrcrm.overview.CustomerOverview} (a {@link org.mehrcrm.overview.Profile} masked
 * per access policy, the lifecycle, recent interactions and purchases, open follow-ups as
 * {@link org.mehrcrm.overview.OpenFollowUp}s; each section present only when the actor may read
 * its feature) and pages through the timeline ({@link org.mehrcrm.overview.TimelineEntry} in a
 * {@link org.mehrcrm.overview.TimelinePage}) with a {@link org.mehrcrm.overview.TimelineCursor}
 * on (time, {@link org.mehrcrm.overview.EntryKind}, id). This package only reads: it has no
 * aggregate, port or events of its own. It may depend on every feature; no feature depends on it.
 */
@NullMarked
package org.mehrcrm.overview;

import org.jspecify.annotations.NullMarked;
