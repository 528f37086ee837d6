package org.mehrcrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.complaint.ComplaintCategory;
import org.mehrcrm.complaint.ComplaintIntake;
import org.mehrcrm.complaint.ComplaintStatus;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRegistration;
import org.mehrcrm.customer.PersonName;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.loyalty.EarningRules;
import org.mehrcrm.loyalty.PointCurrency;
import org.mehrcrm.loyalty.Programme;
import org.mehrcrm.loyalty.ProgrammeId;
import org.mehrcrm.overview.CustomerOverview;
import org.mehrcrm.spi.memory.InMemoryStorageProvider;

/** The 360° view shows open complaints and loyalty standing to those who may read them. */
class CrmOverviewTest {
  private static final Instant NOW = Instant.parse("2026-03-02T08:30:00Z");
  private static final Actor MANAGER = Actor.of("manager-1", "manager");
  private static final Actor CLERK = Actor.of("clerk-1", "clerk");

  private final Crm crm = Crm.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
      .storage(new InMemoryStorageProvider())
      .accessPolicy(RoleBasedAccessPolicy.builder().grant("manager", "*:*").grant("clerk", "customer:read").build())
      .build();

  @Test
  void theViewListsOpenComplaintsAndLoyaltyStandingOnlyForActorsWhoMayReadThem() {
    CustomerId ali = crm.customers().register(MANAGER, CustomerRegistration.person(PersonName.of("Ali", "Rezaei"))
        .build()).id();
    Programme club = crm.loyalty().saveProgramme(MANAGER, Programme.builder(ProgrammeId.of("club"), "Club",
            ZoneId.of("Asia/Tehran"), PointCurrency.of("PTS", "Points", Money.of("0.01", "EUR")))
        .rules(NOW, List.of(EarningRules.perAmountSpent(Money.of("1", "EUR"), 1, RoundingMode.DOWN)))
        .build());
    crm.loyalty().enrol(MANAGER, club.id(), ali);
    crm.complaints().file(MANAGER, ComplaintIntake.of(ali, Channel.EMAIL, ComplaintCategory.of("general"), "Late"));
    crm.complaints().withdraw(MANAGER, crm.complaints().file(MANAGER,
        ComplaintIntake.of(ali, Channel.PHONE, ComplaintCategory.of("general"), "Never mind")).id());

    CustomerOverview full = crm.overview().overview(MANAGER, ali);
    CustomerOverview narrow = crm.overview().overview(CLERK, ali);

    assertThat(full.openComplaints()).hasValueSatisfying(list -> assertThat(list).singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(ComplaintStatus.RECEIVED)));
    assertThat(full.loyalty()).hasValueSatisfying(list -> assertThat(list).singleElement().satisfies(s -> {
      assertThat(s.programme()).isEqualTo(club.id());
      assertThat(s.balance()).isZero();
    }));
    assertThat(narrow.openComplaints()).isEmpty();
    assertThat(narrow.loyalty()).isEmpty();
  }
}
