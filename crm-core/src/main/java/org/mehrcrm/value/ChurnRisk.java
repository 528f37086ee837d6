package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A churn risk score in {@code [0, 1]} with the reasons behind it, and whether it crossed the
 * "at risk" threshold.
 *
 * <p>Example: {@code ChurnRisk.assess(signals, 0.6).explanation()} reads like "P(alive) 0.31;
 * no purchase for 24.0, 3.0 times the usual gap; 1 complaint past its SLA". The score combines
 * independent risk factors as {@code 1 - Π(1 - riskᵢ)}: the model's {@code 1 - P(alive)}, being
 * overdue (0.1 per usual gap beyond the first, at most 0.5), each open complaint 0.1 (at most 0.3),
 * each SLA breach 0.15 (at most 0.3) and a detractor NPS answer (0.3 for 0-3, 0.2 for 4-6).
 * {@link RetentionWatch} acts on a score at or above the threshold: the lifecycle move to
 * "at risk" and a retention follow-up; {@link #crossedFrom(ChurnRisk)} serves hosts that keep
 * earlier scores themselves.
 * Immutable and thread-safe.
 *
 * @param score the combined risk, in {@code [0, 1]}
 * @param threshold the score from which a customer counts as at risk
 * @param factors the contributing factors, largest first
 */
public record ChurnRisk(double score, double threshold, List<Factor> factors) {

  /**
   * One reason for the risk. Immutable and thread-safe.
   *
   * @param name a stable key: {@code "model"}, {@code "overdue"}, {@code "open-complaints"},
   *     {@code "sla-breaches"}, {@code "detractor"}
   * @param risk this factor's risk on its own, in {@code [0, 1]}
   * @param reason the reason in words
   */
  public record Factor(String name, double risk, String reason) {
    /** Checks the parts. */
    public Factor {
      requireNonNull(name, "name");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * Validates the risk.
   *
   * @throws InvalidFieldException if the score or threshold is outside {@code [0, 1]}
   */
  public ChurnRisk {
    if (!(score >= 0 && score <= 1)) {
      throw new InvalidFieldException("score", "must lie between 0 and 1");
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new InvalidFieldException("threshold", "must lie between 0 and 1");
    }
    factors = List.copyOf(factors);
  }

  /**
   * Assesses the signals.
   *
   * @param signals what is known about the customer
   * @param threshold the score from which a customer counts as at risk, in {@code [0, 1]}
   * @return the risk with its factors
   */
  public static ChurnRisk assess(ChurnSignals signals, double threshold) {
    requireNonNull(signals, "signals");
    List<Factor> factors = new ArrayList<>();
    factors.add(new Factor("model", 1 - signals.probabilityAlive(),
        String.format(Locale.ROOT, "P(alive) %.2f", signals.probabilityAlive())));
    double gaps = signals.timeSinceLastPurchase() / signals.usualGap();
    if (gaps > 1) {
      factors.add(new Factor("overdue", Math.min(0.5, 0.1 * (gaps - 1)), String.format(Locale.ROOT,
          "no purchase for %.1f, %.1f times the usual gap", signals.timeSinceLastPurchase(), gaps)));
    }
    if (signals.openComplaints() > 0) {
      factors.add(new Factor("open-complaints", Math.min(0.3, 0.1 * signals.openComplaints()),
          signals.openComplaints() + (signals.openComplaints() == 1 ? " complaint open" : " complaints open")));
    }
    if (signals.breachedComplaints() > 0) {
      factors.add(new Factor("sla-breaches", Math.min(0.3, 0.15 * signals.breachedComplaints()),
          signals.breachedComplaints() + (signals.breachedComplaints() == 1 ? " complaint" : " complaints")
              + " past its SLA"));
    }
    if (signals.latestNps().isPresent() && signals.latestNps().getAsInt() <= 6) {
      int nps = signals.latestNps().getAsInt();
      factors.add(new Factor("detractor", nps <= 3 ? 0.3 : 0.2, "detractor (NPS " + nps + ")"));
    }
    double keep = 1;
    for (Factor f : factors) {
      keep *= 1 - f.risk();
    }
    factors.sort(Comparator.comparingDouble(Factor::risk).reversed());
    double score = Math.min(1, Math.max(0, 1 - keep));
    return new ChurnRisk(score, threshold, factors);
  }

  /**
   * Tells whether the score reaches the threshold.
   *
   * @return true if the customer counts as at risk
   */
  public boolean isAtRisk() {
    return score >= threshold;
  }

  /**
   * Tells whether this assessment crossed the threshold since an earlier one: the signal for the
   * lifecycle move to "at risk" and a retention follow-up.
   *
   * @param earlier the previous assessment of the same customer
   * @return true if the earlier one was below the threshold and this one reaches it
   */
  public boolean crossedFrom(ChurnRisk earlier) {
    requireNonNull(earlier, "earlier");
    return isAtRisk() && earlier.score() < threshold;
  }

  /**
   * Returns the reasons in words, largest first, e.g. "P(alive) 0.31; 1 complaint past its SLA".
   *
   * @return the explanation
   */
  public String explanation() {
    StringBuilder text = new StringBuilder();
    for (Factor f : factors) {
      if (f.risk() <= 0 && !f.name().equals("model")) {
        continue;
      }
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(f.reason());
    }
    return text.toString();
  }
}
