/**
 * Customer value: what customers have been worth, what they will be worth, who is leaving and
 * why, and what each costs to serve.
 *
 * <p>Historical value: {@link org.mehrcrm.value.Purchase}, {@link org.mehrcrm.value.HistoricalValue}
 * per customer and {@link org.mehrcrm.value.SegmentValue} per segment;
 * {@link org.mehrcrm.value.CostToServe} (acquisition, interactions per channel, complaints,
 * loyalty liability), {@link org.mehrcrm.value.Profitability} and the
 * {@link org.mehrcrm.value.ProfitabilityReport} with the share of unprofitable customers.
 *
 * <p>Predicted value: the "buy 'til you die" models behind {@link org.mehrcrm.value.PurchaseModel}
 * ({@link org.mehrcrm.value.BgNbd} with its MBG/NBD variant, {@link org.mehrcrm.value.ParetoNbd},
 * {@link org.mehrcrm.value.BgBb}) and {@link org.mehrcrm.value.SpendModel}
 * ({@link org.mehrcrm.value.GammaGamma}), fitted by maximum likelihood on
 * {@link org.mehrcrm.value.PurchaseHistories} and {@link org.mehrcrm.value.SpendHistories} into a
 * {@link org.mehrcrm.value.ModelFit} with standard errors, or a
 * {@link org.mehrcrm.value.ModelFitException}; P(alive), expected purchases and spend through
 * {@link org.mehrcrm.value.PurchasePredictor} and {@link org.mehrcrm.value.SpendPredictor};
 * lifetime value over a {@link org.mehrcrm.value.ValueHorizon} by
 * {@link org.mehrcrm.value.LifetimeValue} into a {@link org.mehrcrm.value.ValueScore}.
 *
 * <p>Classification: {@link org.mehrcrm.value.RfmScoring} into {@link org.mehrcrm.value.RfmScore}
 * and {@link org.mehrcrm.value.RfmSegment}; {@link org.mehrcrm.value.ParetoClassification} into
 * {@link org.mehrcrm.value.ValueClass} with a {@link org.mehrcrm.value.ClassHistory};
 * {@link org.mehrcrm.value.KeyAccountCandidate}s; {@link org.mehrcrm.value.ChurnRisk} from
 * {@link org.mehrcrm.value.ChurnSignals}, with its explanation and threshold crossing.
 *
 * <p>Working with the other features: {@link org.mehrcrm.value.PurchaseSummary} turns a
 * customer's recorded purchases into the models' inputs; {@link org.mehrcrm.value.RetentionWatch}
 * responds to a crossed churn threshold (lifecycle to {@code AT_RISK}, a retention follow-up)
 * through the customer and follow-up services, reporting a {@link org.mehrcrm.value.RetentionResponse}.
 *
 * <p>The numerics live in {@code org.mehrcrm.value.internal}, written without runtime
 * dependencies. See {@code docs/value.md}.
 */
@NullMarked
package org.mehrcrm.value;

import org.jspecify.annotations.NullMarked;
