package org.mehrcrm.report;

import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mehrcrm.complaint.Assessment;
import org.mehrcrm.complaint.ClosureOutcome;
import org.mehrcrm.complaint.Complaint;
import org.mehrcrm.complaint.ComplaintCategory;
import org.mehrcrm.complaint.ComplaintId;
import org.mehrcrm.complaint.ComplaintIntake;
import org.mehrcrm.complaint.ComplaintSettings;
import org.mehrcrm.complaint.Level;
import org.mehrcrm.complaint.Remedy;
import org.mehrcrm.complaint.SlaCatalog;
import org.mehrcrm.complaint.SlaClock;
import org.mehrcrm.complaint.SlaPolicy;
import org.mehrcrm.complaint.SlaPolicyRef;
import org.mehrcrm.complaint.SlaTarget;
import org.mehrcrm.complaint.SlaTargets;
import org.mehrcrm.complaint.calendar.Calendars;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.satisfaction.InvitationId;
import org.mehrcrm.satisfaction.InvitationPolicy;
import org.mehrcrm.satisfaction.InvitationTrigger;
import org.mehrcrm.satisfaction.SurveyInvitation;
import org.mehrcrm.satisfaction.SurveyResponse;
import org.mehrcrm.satisfaction.SurveyTemplates;

/**
 * Four cases on a 24x7 calendar (so business time is real time), policy: acknowledge 1h, first
 * response 4h, resolve 16h; received at T0, reported at T0 + 30h:
 * <ul>
 *   <li>A: acknowledged +30m, updated +2h, responded +10h (refund EUR 10), accepted +11h.</li>
 *   <li>B: acknowledged +2h (late), responded +20h (late twice; compensation EUR 5), accepted
 *       +21h; assigned to three agents in turn (two hand-offs).</li>
 *   <li>C: acknowledged +10m, updated +1h, responded +4h, declined +5h, reopened +6h: the
 *       resolve clock runs again from +6h and passes 16h at +18h (breached).</li>
 *   <li>D: withdrawn after 1h, never acknowledged: no target decided.</li>
 * </ul>
 */
class ComplaintKpisTest {
  private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
  private static final SlaPolicyRef POLICY = SlaPolicyRef.of("p", 1);
  private static final SlaClock CLOCK = new SlaClock(SlaCatalog.of(List.of(SlaPolicy.of(POLICY,
      "always", SlaTargets.of(ofHours(1), ofHours(4), ofHours(16)))), List.of(Calendars.ALWAYS)));
  private static final ComplaintSettings SETTINGS = ComplaintSettings.of(Set.of(ComplaintCategory.of("billing")));
  private static final Assessment ASSESSMENT = new Assessment(Level.LOW, Level.MEDIUM, Level.MEDIUM);
  private static final Money EUR10 = Money.of("10", "EUR");
  private static final Money EUR5 = Money.of("5", "EUR");

  private static Instant h(double hours) {
    return T0.plus(Duration.ofMinutes(Math.round(hours * 60)));
  }

  private static Complaint received(String id) {
    return Complaint.receive(ComplaintId.of(id), ComplaintIntake.of(CustomerId.of("C-" + id),
        Channel.EMAIL, ComplaintCategory.of("billing"), "problem"), SETTINGS, POLICY, null, T0);
  }

  private static List<Complaint> cases() {
    Complaint a = received("A").acknowledge("x", h(0.5)).updateCustomer("x", h(2))
        .assess(ASSESSMENT, "x", h(3)).investigate("x", h(3))
        .respond("refund", List.of(new Remedy.Refund(EUR10)), "x", h(10))
        .close(ClosureOutcome.ACCEPTED, null, "x", h(11));
    Complaint b = received("B").assign("agent-1", "rota", "lead", h(0.1))
        .acknowledge("x", h(2)).assign("agent-2", "billing", "lead", h(2.5))
        .assess(ASSESSMENT, "x", h(3)).investigate("x", h(3)).assign("agent-3", "senior", "lead", h(4))
        .respond("compensation", List.of(new Remedy.Compensation(EUR5), new Remedy.Apology()), "x", h(20))
        .close(ClosureOutcome.ACCEPTED, null, "x", h(21));
    Complaint c = received("C").acknowledge("x", h(1.0 / 6)).updateCustomer("x", h(1))
        .assess(ASSESSMENT, "x", h(2)).investigate("x", h(2))
        .respond("no", List.of(), "x", h(4)).close(ClosureOutcome.DECLINED, "ombudsman", "x", h(5))
        .reopen(Duration.ofDays(14), "x", h(6));
    Complaint d = received("D").withdraw("x", h(1));
    return List.of(a, b, c, d);
  }

  @Test
  void computesEveryFigureFromTheCases() {
    ComplaintKpiReport r = ComplaintKpis.compute(cases(), CLOCK, h(30), 200, Currency.getInstance("EUR"));
    assertThat(r.cases()).isEqualTo(4);
    // First responses: C 1h, A 2h, B 20h -> median (rank 2) 2h, p90 (rank ceil(2.7) = 3) 20h.
    assertThat(r.firstResponseMedian()).isEqualTo(ofHours(2));
    assertThat(r.firstResponseP90()).isEqualTo(ofHours(20));
    // Resolutions of cases responded and not active again: A 10h, B 20h.
    assertThat(r.resolutionMedian()).isEqualTo(ofHours(10));
    assertThat(r.resolutionP90()).isEqualTo(ofHours(20));
    // Acknowledge: A, C met, B late (2/3); first response: A, C met, B late (2/3); resolve: A met,
    // B and C late (1/3): 5 of 9 targets met.
    assertThat(r.complianceByTarget()).containsOnlyKeys(SlaTarget.ACKNOWLEDGE, SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLVE);
    assertThat(r.complianceByTarget().get(SlaTarget.ACKNOWLEDGE)).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(r.complianceByTarget().get(SlaTarget.RESOLVE)).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(r.slaCompliance()).isCloseTo(5.0 / 9, within(1e-9));
    // Closed: A, B, C; reopened: C -> 1/3. Handed off twice or more: B -> 1/4.
    assertThat(r.reopenRate()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(r.handOffRate()).isEqualTo(0.25);
    // 4 cases, 200 customers -> 20 per 1,000; accepted remedies EUR 15 -> EUR 0.075 -> 0.08.
    assertThat(r.complaintsPerThousandCustomers()).isEqualTo(20.0);
    assertThat(r.remedyCost()).isEqualTo(Money.of("15", "EUR"));
    assertThat(r.remedyCostPerCustomer()).isEqualTo(Money.of("0.08", "EUR"));
    assertThat(r.satisfaction()).isNull();
  }

  @Test
  void satisfactionAfterHandlingCountsOnlySurveysAboutTheseCases() {
    InvitationPolicy all = new InvitationPolicy(SurveyTemplates.csat().id(), InvitationTrigger.CASE_CLOSED,
        Duration.ZERO, 100, Duration.ofDays(7), 1);
    List<SurveyInvitation> invitations = new ArrayList<>();
    List<SurveyResponse> responses = new ArrayList<>();
    String[][] answers = {{"A", "5"}, {"B", "2"}, {"OTHER", "1"}};
    for (String[] a : answers) {
      SurveyInvitation inv = all.invite(InvitationId.of("I-" + a[0]), CustomerId.of("C-" + a[0]), a[0],
          null, null, null, h(12)).orElseThrow();
      invitations.add(inv);
      responses.add(inv.answer(SurveyTemplates.csat(), "C-" + a[0], Map.of("satisfied", a[1]), h(13)));
    }
    ComplaintKpiReport r = ComplaintKpis.compute(cases(), CLOCK, h(30), 200, Currency.getInstance("EUR"),
        SurveyTemplates.csat(), invitations, responses);
    assertThat(r.satisfaction()).isNotNull();
    assertThat(r.satisfaction().value()).isEqualTo(50.0);
    assertThat(r.satisfaction().responses()).isEqualTo(2);
  }

  @Test
  void percentileUsesTheNearestRank() {
    List<Duration> v = List.of(ofHours(5), ofHours(1), ofHours(3), ofHours(2), ofHours(4));
    assertThat(ComplaintKpis.percentile(v, 50)).isEqualTo(ofHours(3));
    assertThat(ComplaintKpis.percentile(v, 90)).isEqualTo(ofHours(5));
    assertThat(ComplaintKpis.percentile(List.of(), 50)).isNull();
  }
}
