package org.mehrcrm.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.complaint.ClosureOutcome;
import org.mehrcrm.complaint.Complaint;
import org.mehrcrm.complaint.ComplaintEvent;
import org.mehrcrm.complaint.ComplaintStatus;
import org.mehrcrm.complaint.Remedy;
import org.mehrcrm.complaint.SlaClock;
import org.mehrcrm.complaint.SlaPhase;
import org.mehrcrm.complaint.SlaStatus;
import org.mehrcrm.complaint.SlaTarget;
import org.mehrcrm.complaint.SlaTargetStatus;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.satisfaction.Score;
import org.mehrcrm.satisfaction.Scores;
import org.mehrcrm.satisfaction.Survey;
import org.mehrcrm.satisfaction.SurveyInvitation;
import org.mehrcrm.satisfaction.SurveyResponse;

/**
 * Computes the complaint-handling key figures from plain inputs.
 *
 * <p>Example, for last month's cases:
 * <pre>{@code
 * List<Complaint> cases;
 * try (Stream<Complaint> s = repository.streamReceivedBetween(monthStart, monthEnd)) { cases = s.toList(); }
 * ComplaintKpiReport r = ComplaintKpis.compute(cases, slaClock, monthEnd, customerCount,
 *     Currency.getInstance("EUR"));
 * ComplaintKpiReport withCsat = ComplaintKpis.compute(cases, slaClock, monthEnd, customerCount,
 *     Currency.getInstance("EUR"), SurveyTemplates.csat(), invitations, responses);
 * }</pre>
 * Group the input (by segment, agent, category or period) to get the figures per group.
 */
public final class ComplaintKpis {
  private ComplaintKpis() {}

  /**
   * Computes the figures without satisfaction.
   *
   * @param cases the cases
   * @param sla the service-time clock
   * @param asOf the moment the report describes; later events are ignored
   * @param customers the size of the customer base, at least 1
   * @param currency the currency of remedy costs
   * @return the report
   * @throws InvalidFieldException if the customer base is below 1
   * @throws org.mehrcrm.kernel.CurrencyMismatchException if a remedy is in another currency
   */
  public static ComplaintKpiReport compute(Collection<Complaint> cases, SlaClock sla, Instant asOf,
      long customers, Currency currency) {
    return compute(cases, sla, asOf, customers, currency, null, List.of(), List.of());
  }

  /**
   * Computes the figures, with the score of a survey sent about these cases (invitations whose
   * subject is a case's id).
   *
   * @param cases the cases
   * @param sla the service-time clock
   * @param asOf the moment the report describes; later events are ignored
   * @param customers the size of the customer base, at least 1
   * @param currency the currency of remedy costs
   * @param survey the survey sent after complaint handling, or null for none
   * @param invitations its invitations
   * @param responses its responses
   * @return the report
   * @throws InvalidFieldException if the customer base is below 1
   * @throws org.mehrcrm.kernel.CurrencyMismatchException if a remedy is in another currency
   */
  public static ComplaintKpiReport compute(Collection<Complaint> cases, SlaClock sla, Instant asOf,
      long customers, Currency currency, @Nullable Survey survey,
      Collection<SurveyInvitation> invitations, Collection<SurveyResponse> responses) {
    requireNonNull(cases, "cases");
    requireNonNull(sla, "sla");
    requireNonNull(asOf, "asOf");
    requireNonNull(currency, "currency");
    requireNonNull(invitations, "invitations");
    requireNonNull(responses, "responses");
    if (customers < 1) {
      throw new InvalidFieldException("customers", "must be at least 1");
    }
    List<Duration> firstResponses = new ArrayList<>();
    List<Duration> resolutions = new ArrayList<>();
    Map<SlaTarget, int[]> decided = new EnumMap<>(SlaTarget.class); // [met, breached]
    int everClosed = 0;
    int reopened = 0;
    int handedOffTwice = 0;
    Money cost = Money.zero(currency);
    Set<String> ids = new HashSet<>();
    for (Complaint c : cases) {
      ids.add(c.id().value());
      SlaStatus status = sla.status(c, asOf);
      boolean responded = false;
      boolean updated = false;
      boolean closed = false;
      for (ComplaintEvent e : c.history()) {
        if (e.occurredAt().isAfter(asOf)) {
          break;
        }
        if (e instanceof ComplaintEvent.StageChanged s) {
          responded |= s.to() == ComplaintStatus.RESPONDED;
          closed |= s.to() == ComplaintStatus.CLOSED;
          reopened += s.to() == ComplaintStatus.REOPENED ? 1 : 0;
        } else if (e instanceof ComplaintEvent.CustomerUpdated) {
          updated = true;
        }
      }
      if (c.relatedTo().isPresent()) {
        reopened++;
      }
      everClosed += closed ? 1 : 0;
      if (c.handOffCount() >= 2) {
        handedOffTwice++;
      }
      for (SlaTargetStatus t : status.targets()) {
        boolean met = t.phase() == SlaPhase.STOPPED && !t.isBreached() && reached(t.kind(), c, responded, updated);
        if (met || t.isBreached()) {
          decided.computeIfAbsent(t.kind(), k -> new int[2])[met ? 0 : 1]++;
        }
        if (t.kind() == SlaTarget.FIRST_RESPONSE && (responded || updated) && t.phase() == SlaPhase.STOPPED) {
          firstResponses.add(t.elapsed());
        }
        if (t.kind() == SlaTarget.RESOLVE && responded && t.phase() == SlaPhase.STOPPED) {
          resolutions.add(t.elapsed());
        }
      }
      if (c.outcome().orElse(null) == ClosureOutcome.ACCEPTED) {
        for (Remedy r : c.remedies()) {
          Money m = r.cost();
          if (m != null) {
            cost = cost.plus(m);
          }
        }
      }
    }
    int met = 0;
    int total = 0;
    Map<SlaTarget, Double> byTarget = new EnumMap<>(SlaTarget.class);
    for (Map.Entry<SlaTarget, int[]> e : decided.entrySet()) {
      int[] mb = e.getValue();
      met += mb[0];
      total += mb[0] + mb[1];
      byTarget.put(e.getKey(), (double) mb[0] / (mb[0] + mb[1]));
    }
    Score satisfaction = null;
    if (survey != null) {
      List<SurveyInvitation> about = invitations.stream().filter(i -> ids.contains(i.subject())).toList();
      satisfaction = Scores.of(survey, about, responses);
    }
    int n = cases.size();
    return new ComplaintKpiReport(n, percentile(firstResponses, 50), percentile(firstResponses, 90),
        percentile(resolutions, 50), percentile(resolutions, 90), ratio(met, total), byTarget,
        ratio(reopened, everClosed), ratio(handedOffTwice, n), 1000.0 * n / customers, cost,
        cost.dividedBy(customers, RoundingMode.HALF_EVEN), satisfaction);
  }

  /**
   * Returns the nearest-rank percentile of durations.
   *
   * @param values the values, in any order
   * @param percent 1 to 100
   * @return the smallest value with at least {@code percent}% of values at or below it, or null
   *     for no values
   */
  static @Nullable Duration percentile(List<Duration> values, int percent) {
    if (values.isEmpty()) {
      return null;
    }
    List<Duration> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int rank = BigDecimal.valueOf((long) percent * sorted.size())
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValueExact();
    return sorted.get(Math.max(1, rank) - 1);
  }

  private static boolean reached(SlaTarget kind, Complaint c, boolean responded, boolean updated) {
    return switch (kind) {
      case ACKNOWLEDGE -> c.history().stream().anyMatch(e -> e instanceof ComplaintEvent.StageChanged s
          && s.from() == ComplaintStatus.RECEIVED && s.to() == ComplaintStatus.ACKNOWLEDGED);
      case FIRST_RESPONSE -> responded || updated;
      case RESOLVE -> responded;
      case UPDATE -> updated;
    };
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
