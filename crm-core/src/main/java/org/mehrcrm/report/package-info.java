/**
 * Reports: key figures computed from plain inputs (lists of aggregates and survey responses),
 * so a host can compute them from its own queries, per period, segment or team.
 *
 * <p>{@link org.mehrcrm.report.ComplaintKpis} computes the complaint-handling figures
 * ({@link org.mehrcrm.report.ComplaintKpiReport}): first-response and resolution time in business
 * hours (median, 90th percentile), SLA compliance, reopen rate, hand-off rate, complaints per
 * 1,000 customers, remedy cost per customer and satisfaction after complaint handling. This
 * package reads {@code complaint} and {@code satisfaction}; neither depends on it.
 */
@NullMarked
package org.mehrcrm.report;

import org.jspecify.annotations.NullMarked;
