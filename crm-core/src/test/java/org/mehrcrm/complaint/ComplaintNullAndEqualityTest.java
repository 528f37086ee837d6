package org.mehrcrm.complaint;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.complaint.calendar.BusinessCalendar;
import org.mehrcrm.complaint.calendar.Calendars;
import org.mehrcrm.customer.AttributeSchema;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.UnitOfWork;
import org.mehrcrm.testing.FakeOutbox;
import org.mehrcrm.testing.MovableClock;

class ComplaintNullAndEqualityTest {
  private final FakeOutbox outbox = new FakeOutbox();
  private final UnitOfWork unitOfWork = new UnitOfWork(outbox::inTransaction, outbox, e -> { });

  private NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(ComplaintId.class, TestComplaints.ID)
        .setDefault(CustomerId.class, TestComplaints.ALI)
        .setDefault(SlaPolicyRef.class, TestComplaints.STANDARD)
        .setDefault(SlaPolicyId.class, SlaPolicyId.of("standard"))
        .setDefault(ComplaintIntake.class, TestComplaints.intake())
        .setDefault(ComplaintSettings.class, TestComplaints.SETTINGS)
        .setDefault(ComplaintCategory.class, TestComplaints.BILLING)
        .setDefault(AttributeSchema.class, TestComplaints.SCHEMA)
        .setDefault(BusinessCalendar.class, Calendars.BERLIN_OFFICE)
        .setDefault(SlaTargets.class, TestComplaints.STANDARD_TARGETS)
        .setDefault(SlaCatalog.class, TestComplaints.CATALOG)
        .setDefault(SlaClock.class, TestComplaints.CLOCK)
        .setDefault(Assessment.class, TestComplaints.assessment())
        .setDefault(String.class, "agent-1")
        .setDefault(Duration.class, Duration.ofHours(1))
        .setDefault(Complaint.class, TestComplaints.received(TestComplaints.MON_0800))
        .setDefault(java.time.Instant.class, TestComplaints.MON_0800.plusSeconds(60))
        .setDefault(Priority.class, Priority.HIGH)
        .setDefault(ClosureOutcome.class, ClosureOutcome.ACCEPTED)
        .setDefault(UnitOfWork.class, unitOfWork)
        .setDefault(ComplaintRepository.class, new Fakes.Complaints())
        .setDefault(EscalationAction.class, new EscalationAction.RaisePriority())
        .setDefault(SlaTarget.class, SlaTarget.RESOLVE)
        .setDefault(org.mehrcrm.access.Actor.class, org.mehrcrm.access.Actor.of("agent-1", "agent"))
        .setDefault(org.mehrcrm.kernel.PageRequest.class, org.mehrcrm.kernel.PageRequest.first(10));
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester t = tester();
    t.testAllPublicInstanceMethods(TestComplaints.CLOCK);
    t.testAllPublicInstanceMethods(TestComplaints.CATALOG);
    t.testAllPublicStaticMethods(SlaCatalog.class);
    t.testAllPublicConstructors(SlaClock.class);
    t.testAllPublicConstructors(Escalations.class);
    t.testAllPublicStaticMethods(EscalationRule.class);
    t.testAllPublicStaticMethods(SlaTargets.class);
    t.testAllPublicStaticMethods(SlaPolicy.class);
    t.testAllPublicStaticMethods(ComplaintSettings.class);
    t.testAllPublicInstanceMethods(TestComplaints.SETTINGS);
    ComplaintService service = new ComplaintService(new Fakes.Complaints(), unitOfWork,
        AccessPolicy.allowAll(), new MovableClock(TestComplaints.MON_0800),
        IdGenerator.timeOrdered(new MovableClock(TestComplaints.MON_0800)),
        TestComplaints.SETTINGS, TestComplaints.CLOCK, SlaPolicyId.of("standard"));
    t.testAllPublicInstanceMethods(service);
    t.testAllPublicInstanceMethods(new Escalations(new Fakes.Complaints(), unitOfWork,
        TestComplaints.CLOCK, List.of()));
  }

  @Test
  void valuesAreEqualByTheirParts() {
    new EqualsTester()
        .addEqualityGroup(ComplaintId.of("A"), ComplaintId.of("A"))
        .addEqualityGroup(ComplaintId.of("B"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SlaPolicyRef.of("p", 1), SlaPolicyRef.of("p", 1))
        .addEqualityGroup(SlaPolicyRef.of("p", 2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SlaRule.of(TestComplaints.STANDARD_TARGETS).forSegments("gold"),
            new SlaRule(Set.of(), Set.of(), Set.of(), Set.of("gold"), TestComplaints.STANDARD_TARGETS))
        .addEqualityGroup(SlaRule.of(TestComplaints.STANDARD_TARGETS))
        .testEquals();
  }
}
