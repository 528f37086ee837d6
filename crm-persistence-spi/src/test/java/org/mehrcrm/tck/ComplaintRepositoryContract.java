package org.mehrcrm.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mehrcrm.complaint.Complaint;
import org.mehrcrm.complaint.ComplaintCategory;
import org.mehrcrm.complaint.ComplaintId;
import org.mehrcrm.complaint.ComplaintIntake;
import org.mehrcrm.complaint.ComplaintRepository;
import org.mehrcrm.complaint.ComplaintSettings;
import org.mehrcrm.complaint.SlaPolicyRef;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.Page;
import org.mehrcrm.kernel.PageRequest;
import org.mehrcrm.satisfaction.InvitationId;
import org.mehrcrm.satisfaction.InvitationTrigger;
import org.mehrcrm.satisfaction.SurveyId;
import org.mehrcrm.satisfaction.SurveyInvitation;
import org.mehrcrm.satisfaction.SurveyRepository;
import org.mehrcrm.satisfaction.SurveyResponse;

/**
 * The contracts of {@link ComplaintRepository} and {@link SurveyRepository}: each test restates a
 * clause of their "Specification for implementors". Run through {@link StorageProviderContract}.
 *
 * @since 0.2.0
 */
public abstract class ComplaintRepositoryContract extends RepositoryContract {
  private static final CustomerId ALI = CustomerId.of("C-ali");
  private static final CustomerId SARA = CustomerId.of("C-sara");
  private static final ComplaintCategory BILLING = ComplaintCategory.of("billing");
  private static final ComplaintSettings SETTINGS = ComplaintSettings.of(Set.of(BILLING));
  private static final SlaPolicyRef STANDARD = SlaPolicyRef.of("standard", 1);
  private static final SurveyId CSAT = SurveyId.of("csat");

  private ComplaintRepository complaints() {
    return provider().complaints();
  }

  private SurveyRepository surveys() {
    return provider().surveys();
  }

  private static Complaint received(String id, CustomerId customer, long minute) {
    return Complaint.receive(ComplaintId.of(id), ComplaintIntake.of(customer, Channel.EMAIL, BILLING,
        "Charged twice"), SETTINGS, STANDARD, null, minutes(minute));
  }

  private Complaint saved(String id, CustomerId customer, long minute) {
    return complaints().save(received(id, customer, minute));
  }

  private static List<String> ids(Stream<Complaint> stream) {
    try (stream) {
      return stream.map(c -> c.id().value()).collect(Collectors.toList());
    }
  }

  private List<String> allOpen(int pageSize) {
    List<String> ids = new ArrayList<>();
    Page<Complaint> page = complaints().findOpen(PageRequest.first(pageSize));
    page.items().forEach(c -> ids.add(c.id().value()));
    while (page.hasNext()) {
      page = complaints().findOpen(page.next());
      page.items().forEach(c -> ids.add(c.id().value()));
    }
    return ids;
  }

  private static SurveyInvitation invitation(String id, String subject, long sendMinute) {
    return new SurveyInvitation(InvitationId.of(id), CSAT, ALI, InvitationTrigger.CASE_CLOSED, subject, "agent-1",
        null, null, minutes(sendMinute), minutes(sendMinute + 60 * 24));
  }

  private static SurveyResponse response(String invitation, int score) {
    return new SurveyResponse(InvitationId.of(invitation), CSAT, ALI, "C-ali", Map.of("csat", "" + score), score,
        minutes(30));
  }

  @Test
  @DisplayName("save stores a new case at version 1 with no pending events; a stale version fails with kind complaint")
  void casesAreSavedWithVersions() {
    Complaint v1 = saved("CASE-1", ALI, 0);
    Complaint v2 = complaints().save(v1.acknowledge("agent-1", minutes(1)));

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.pendingEvents()).isEmpty();
    assertThatThrownBy(() -> complaints().save(v1.withdraw("agent-1", minutes(2))))
        .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
          assertThat(e.kind()).isEqualTo("complaint");
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThat(complaints().findById(v1.id())).contains(v2);
    assertThat(complaints().findById(ComplaintId.of("CASE-none"))).isEmpty();
  }

  @Test
  @DisplayName("the stored case keeps its whole history, which the SLA clock reads")
  void theHistoryIsStored() {
    Complaint v2 = complaints().save(saved("CASE-1", ALI, 0).acknowledge("agent-1", minutes(1)));

    assertThat(complaints().findById(v2.id()).orElseThrow().history()).isEqualTo(v2.history()).hasSize(2);
  }

  @Test
  @DisplayName("a customer's cases, open or not, come in id order")
  void casesOfACustomerInIdOrder() {
    saved("CASE-2", ALI, 0);
    complaints().save(saved("CASE-1", ALI, 1).withdraw("agent-1", minutes(2)));
    saved("CASE-3", SARA, 0);

    assertThat(complaints().findByCustomer(ALI)).extracting(c -> c.id().value()).containsExactly("CASE-1", "CASE-2");
    assertThat(complaints().findByCustomer(CustomerId.of("C-nobody"))).isEmpty();
  }

  @Test
  @DisplayName("open cases page in id order after the key, a closed case leaves them, and countOpen agrees")
  void openCasesPage() {
    for (int n = 1; n <= 7; n++) {
      saved("CASE-" + n, n % 2 == 0 ? ALI : SARA, n);
    }
    Complaint third = complaints().findById(ComplaintId.of("CASE-3")).orElseThrow();
    complaints().save(third.withdraw("agent-1", minutes(10)));

    assertThat(allOpen(2)).containsExactly("CASE-1", "CASE-2", "CASE-4", "CASE-5", "CASE-6", "CASE-7");
    assertThat(allOpen(PageRequest.MAX_SIZE)).hasSize(6);
    assertThat(complaints().countOpen()).isEqualTo(6);
  }

  @Test
  @DisplayName("cases received in [from, to) stream in id order")
  void casesReceivedInAPeriod() {
    saved("CASE-b", ALI, 10);
    saved("CASE-a", SARA, 15);
    saved("CASE-c", ALI, 20);

    assertThat(ids(complaints().streamReceivedBetween(minutes(10), minutes(20)))).containsExactly("CASE-a", "CASE-b");
    assertThat(ids(complaints().streamReceivedBetween(Instant.MIN, Instant.MAX)))
        .containsExactly("CASE-a", "CASE-b", "CASE-c");
  }

  @Test
  @DisplayName("inside a unit of work queries see its own saves; a failed unit leaves no case")
  void unitsOfWork() {
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      saved("CASE-1", ALI, 0);
      assertThat(complaints().countOpen()).isEqualTo(1);
      assertThat(complaints().findOpen(PageRequest.first(10)).items()).hasSize(1);
      throw new Rollback();
    })).isInstanceOf(Rollback.class);

    assertThat(complaints().findById(ComplaintId.of("CASE-1"))).isEmpty();
    assertThat(complaints().countOpen()).isZero();
    assertThat(complaints().findByCustomer(ALI)).isEmpty();
  }

  @Test
  @DisplayName("an invitation is written once: a second with its id, or its survey and subject, fails with kind invitation")
  void invitationsAreWrittenOnce() {
    SurveyInvitation first = invitation("INV-1", "CASE-1", 0);
    surveys().saveInvitation(first);

    assertThatThrownBy(() -> surveys().saveInvitation(invitation("INV-1", "CASE-9", 0)))
        .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.kind()).isEqualTo("invitation"));
    assertThatThrownBy(() -> surveys().saveInvitation(invitation("INV-2", "CASE-1", 5)))
        .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.kind()).isEqualTo("invitation"));
    assertThat(surveys().findInvitation(InvitationId.of("INV-1"))).contains(first);
    assertThat(surveys().findInvitation(CSAT, "CASE-1")).contains(first);
    assertThat(surveys().findInvitation(InvitationId.of("INV-2"))).isEmpty();
  }

  @Test
  @DisplayName("a response is written once: a second answer fails with kind response and never overwrites the first")
  void responsesAreWrittenOnce() {
    surveys().saveInvitation(invitation("INV-1", "CASE-1", 0));
    SurveyResponse first = response("INV-1", 5);
    surveys().saveResponse(first);

    assertThatThrownBy(() -> surveys().saveResponse(response("INV-1", 1)))
        .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.kind()).isEqualTo("response"));
    assertThat(surveys().findResponse(InvitationId.of("INV-1"))).contains(first);
  }

  @Test
  @DisplayName("invitations and responses of a survey stream by invitation id over a half-open period of sending")
  void surveyStreams() {
    surveys().saveInvitation(invitation("INV-2", "CASE-2", 10));
    surveys().saveInvitation(invitation("INV-1", "CASE-1", 15));
    surveys().saveInvitation(invitation("INV-3", "CASE-3", 20));
    surveys().saveResponse(response("INV-1", 4));
    surveys().saveResponse(response("INV-3", 2));

    try (Stream<SurveyInvitation> sent = surveys().streamInvitations(CSAT, minutes(10), minutes(20))) {
      assertThat(sent.map(i -> i.id().value())).containsExactly("INV-1", "INV-2");
    }
    try (Stream<SurveyResponse> answered = surveys().streamResponses(CSAT, minutes(0), minutes(30))) {
      assertThat(answered.map(r -> r.invitationId().value())).containsExactly("INV-1", "INV-3");
    }
    try (Stream<SurveyInvitation> other = surveys().streamInvitations(SurveyId.of("nps"), Instant.MIN, Instant.MAX)) {
      assertThat(other).isEmpty();
    }
  }
}
