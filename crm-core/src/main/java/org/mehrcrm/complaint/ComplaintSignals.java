package org.mehrcrm.complaint;

/**
 * How a customer's complaints stand, as the churn-risk score reads them: how many cases are still
 * open, and how many of the customer's cases (open or not) breached a service-time target.
 *
 * <p>Example: {@code ChurnSignals.of(pAlive, weeksSince, usualGap).withComplaints(s.open(), s.breached())}
 * with {@code s = complaints.signals(actor, customerId)}. Immutable and thread-safe.
 *
 * @param open the cases still open
 * @param breached the cases that breached a target
 */
public record ComplaintSignals(int open, int breached) {}
