package org.mehrcrm.satisfaction;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * Computes NPS, CSAT and CES with response rates and 95% confidence intervals, overall or for any
 * grouping of the invitations (segment, agent, category, period).
 *
 * <p>Example: CSAT per agent:
 * <pre>{@code
 * Map<String, Score> byAgent = Scores.byGroup(SurveyTemplates.csat(), invitations, responses,
 *     inv -> inv.agentId() == null ? "unassigned" : inv.agentId());
 * }</pre>
 * Intervals: NPS uses the normal approximation of the mean of +1/0/−1 per response; CSAT the
 * Wilson score interval; CES the normal approximation of the mean (the whole scale for fewer
 * than two responses).
 */
public final class Scores {
  private static final double Z = 1.959964;

  private Scores() {}

  /**
   * Scores a survey.
   *
   * @param survey the survey, with a score question
   * @param invited the invitations
   * @param responses responses; those to other invitations are ignored
   * @return the score
   * @throws InvalidFieldException if the survey has no score question
   */
  public static Score of(Survey survey, Collection<SurveyInvitation> invited, Collection<SurveyResponse> responses) {
    return byGroup(survey, invited, responses, inv -> "all").getOrDefault("all",
        compute(kindOf(survey), new int[0], 0));
  }

  /**
   * Scores a survey per group of invitations.
   *
   * @param survey the survey, with a score question
   * @param invited the invitations
   * @param responses responses; those to other invitations are ignored
   * @param groupOf the group of an invitation
   * @param <K> the group type
   * @return a score per group that has invitations, in first-seen order
   * @throws InvalidFieldException if the survey has no score question
   */
  public static <K> Map<K, Score> byGroup(Survey survey, Collection<SurveyInvitation> invited,
      Collection<SurveyResponse> responses, Function<SurveyInvitation, K> groupOf) {
    requireNonNull(invited, "invited");
    requireNonNull(responses, "responses");
    requireNonNull(groupOf, "groupOf");
    ScoreKind kind = kindOf(survey);
    Map<InvitationId, K> groupOfInvitation = new HashMap<>();
    Map<K, int[]> counts = new LinkedHashMap<>(); // invitations per group
    Map<K, int[]> histograms = new LinkedHashMap<>(); // responses per score value
    for (SurveyInvitation inv : invited) {
      K group = groupOf.apply(inv);
      groupOfInvitation.put(inv.id(), group);
      counts.computeIfAbsent(group, g -> new int[1])[0]++;
      histograms.computeIfAbsent(group, g -> new int[11]);
    }
    for (SurveyResponse r : responses) {
      K group = groupOfInvitation.get(r.invitationId());
      if (group != null && r.score() != null) {
        histograms.get(group)[r.score()]++;
      }
    }
    Map<K, Score> out = new LinkedHashMap<>();
    counts.forEach((group, c) -> out.put(group, compute(kind, histograms.get(group), c[0])));
    return out;
  }

  /**
   * Computes a score from a histogram of answers.
   *
   * @param kind the measure
   * @param histogram how many answered each value (index = value), possibly empty
   * @param invited how many were invited
   * @return the score
   */
  static Score compute(ScoreKind kind, int[] histogram, int invited) {
    int n = 0;
    double sum = 0;
    double sumSq = 0;
    int good = 0;
    int bad = 0;
    for (int v = 0; v < histogram.length; v++) {
      int c = histogram[v];
      n += c;
      sum += (double) v * c;
      sumSq += (double) v * v * c;
      switch (kind) {
        case NPS -> {
          if (v >= 9) {
            good += c;
          } else if (v <= 6) {
            bad += c;
          }
        }
        case CSAT -> {
          if (v >= 4) {
            good += c;
          }
        }
        case CES -> { }
      }
    }
    double rate = invited == 0 ? 0 : (double) n / invited;
    if (n == 0) {
      return new Score(kind, Double.NaN, 0, invited, rate, Double.NaN, Double.NaN);
    }
    return switch (kind) {
      case NPS -> {
        double p = (double) good / n;
        double d = (double) bad / n;
        double value = 100 * (p - d);
        double se = Math.sqrt(Math.max(0, p + d - (p - d) * (p - d)) / n);
        yield new Score(kind, value, n, invited, rate, Math.max(-100, value - 100 * Z * se),
            Math.min(100, value + 100 * Z * se));
      }
      case CSAT -> {
        double p = (double) good / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        // Wilson's bounds are exactly 0 at p = 0 and 100 at p = 1; in doubles they can miss by a few
        // ulps and leave the scale, so the ends are set exactly and the rest clamped.
        double lower = good == 0 ? 0 : Math.max(0, 100 * (centre - half));
        double upper = good == n ? 100 : Math.min(100, 100 * (centre + half));
        yield new Score(kind, 100 * p, n, invited, rate, lower, upper);
      }
      case CES -> {
        double mean = sum / n;
        if (n < 2) {
          yield new Score(kind, mean, n, invited, rate, 1, 7);
        }
        double sd = Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1)));
        yield new Score(kind, mean, n, invited, rate, Math.max(1, mean - Z * sd / Math.sqrt(n)),
            Math.min(7, mean + Z * sd / Math.sqrt(n)));
      }
    };
  }

  private static ScoreKind kindOf(Survey survey) {
    return requireNonNull(survey, "survey").scoreKind().orElseThrow(() ->
        new InvalidFieldException("survey", "must have a score question"));
  }
}
