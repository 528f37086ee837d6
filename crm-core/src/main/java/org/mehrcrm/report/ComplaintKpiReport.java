package org.mehrcrm.report;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.complaint.SlaTarget;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.satisfaction.Score;

/**
 * The complaint-handling key figures for a set of cases.
 *
 * <p>Example: {@code report.handOffRate()} is 0.26 when 26% of cases were passed on twice or
 * more. Times are business time of each case's calendar, pauses excluded. Shares are 0 to 1 and
 * {@code NaN} when their denominator is zero; medians are {@code null} without data. Immutable
 * and thread-safe.
 *
 * @param cases how many cases were considered
 * @param firstResponseMedian median business time to the first response, of cases that got one
 * @param firstResponseP90 its 90th percentile (nearest rank)
 * @param resolutionMedian median business time to the response (decision and remedy)
 * @param resolutionP90 its 90th percentile
 * @param slaCompliance targets met divided by targets decided (met or breached), all targets
 * @param complianceByTarget the same per target
 * @param reopenRate cases reopened or followed by a linked case, divided by cases ever closed
 * @param handOffRate cases handed off two or more times, divided by cases
 * @param complaintsPerThousandCustomers cases per 1,000 customers of the customer base
 * @param remedyCost money granted in accepted remedies (refunds and compensation)
 * @param remedyCostPerCustomer remedy cost divided by the customer base
 * @param satisfaction the score of surveys about these cases, or {@code null} if none was given
 */
public record ComplaintKpiReport(int cases, @Nullable Duration firstResponseMedian,
    @Nullable Duration firstResponseP90, @Nullable Duration resolutionMedian,
    @Nullable Duration resolutionP90, double slaCompliance, Map<SlaTarget, Double> complianceByTarget,
    double reopenRate, double handOffRate, double complaintsPerThousandCustomers, Money remedyCost,
    Money remedyCostPerCustomer, @Nullable Score satisfaction) {

  /** Copies the map. */
  public ComplaintKpiReport {
    complianceByTarget = Map.copyOf(requireNonNull(complianceByTarget, "complianceByTarget"));
    requireNonNull(remedyCost, "remedyCost");
    requireNonNull(remedyCostPerCustomer, "remedyCostPerCustomer");
  }
}
