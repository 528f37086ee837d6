package org.mehrcrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.complaint.ComplaintCategory;
import org.mehrcrm.complaint.ComplaintIntake;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRegistration;
import org.mehrcrm.customer.PersonName;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.loyalty.EarningRules;
import org.mehrcrm.loyalty.PointCurrency;
import org.mehrcrm.loyalty.Programme;
import org.mehrcrm.loyalty.ProgrammeId;
import org.mehrcrm.loyalty.QualificationWindow;
import org.mehrcrm.loyalty.Tier;
import org.mehrcrm.loyalty.TierId;
import org.mehrcrm.loyalty.TierMeasure;
import org.mehrcrm.loyalty.TierScheme;
import org.mehrcrm.spi.memory.InMemoryStorageProvider;

/** A complaint without a named segment is served in the customer's: key account, or priority-service tier. */
class CrmSegmentsTest {
  private static final Instant NOW = Instant.parse("2026-03-02T08:30:00Z");
  private static final Actor AGENT = Actor.of("agent-9", "support");

  private final Crm crm = Crm.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
      .storage(new InMemoryStorageProvider()).build();

  private CustomerId person(String family, boolean keyAccount) {
    return crm.customers().register(AGENT, CustomerRegistration.person(PersonName.of("Sara", family))
        .keyAccount(keyAccount).build()).id();
  }

  private String segmentOfComplaintBy(CustomerId customer) {
    String segment = crm.complaints().file(AGENT, ComplaintIntake.of(customer, Channel.EMAIL,
        ComplaintCategory.of("general"), "Late delivery")).intake().segment();
    return segment == null ? "none" : segment;
  }

  @Test
  void keyAccountsArePriorityServiceMembersAndOthersAreServedInTheirSegment() {
    Programme club = crm.loyalty().saveProgramme(AGENT, Programme.builder(ProgrammeId.of("club"), "Club",
            ZoneId.of("Europe/Berlin"), PointCurrency.of("PTS", "Points", Money.of("0.01", "EUR")))
        .rules(NOW, List.of(EarningRules.perAmountSpent(Money.of("1", "EUR"), 1, RoundingMode.DOWN)))
        .tiers(TierScheme.of(TierMeasure.QUALIFYING_POINTS, QualificationWindow.rolling(12), Period.ZERO,
            List.of(Tier.of(TierId.of("black"), "Black", 0, 100, true))))
        .build());
    CustomerId keyAccount = person("Key", true);
    CustomerId member = person("Member", false);
    CustomerId plain = person("Plain", false);
    crm.loyalty().enrol(AGENT, club.id(), member);

    assertThat(segmentOfComplaintBy(keyAccount)).isEqualTo(Crm.KEY_ACCOUNT);
    assertThat(segmentOfComplaintBy(member)).isEqualTo(Crm.PRIORITY_SERVICE);
    assertThat(segmentOfComplaintBy(plain)).isEqualTo("none");
  }
}
