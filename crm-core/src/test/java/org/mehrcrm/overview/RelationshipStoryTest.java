package org.mehrcrm.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.Consent;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.EmailAddress;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.customer.PhoneNumber;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.followup.FollowUp;
import org.mehrcrm.followup.FollowUpClaimedException;
import org.mehrcrm.followup.FollowUpService;
import org.mehrcrm.followup.OrgChart;
import org.mehrcrm.followup.ReminderRule;
import org.mehrcrm.followup.ReminderRun;
import org.mehrcrm.followup.Reminders;
import org.mehrcrm.interaction.ConsentMissingException;
import org.mehrcrm.interaction.ContactPlanner;
import org.mehrcrm.interaction.ContactRules;
import org.mehrcrm.interaction.Direction;
import org.mehrcrm.interaction.Interaction;
import org.mehrcrm.interaction.InteractionService;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.purchase.OrderReference;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.purchase.PurchaseService;
import org.mehrcrm.testing.World;

/** The whole story on fakes: a key account buys, is called, falls silent, and nobody forgets. */
class RelationshipStoryTest {
  private final World world = new World();
  private final RoleBasedAccessPolicy policy = RoleBasedAccessPolicy.builder()
      .grant("agent", "customer:read", "interaction:*", "purchase:read", "followup:read", "followup:work")
      .grant("erp", "purchase:record")
      .grant("manager", "*:*")
      .build();
  private final Actor ana = Actor.of("agent-1", "agent");
  private final Actor bob = Actor.of("agent-2", "agent");
  private final Actor erp = Actor.of("erp", "erp");
  private final Actor lead = Actor.of("lead-1", "manager");
  private final InteractionService interactions = new InteractionService(world.interactions, world.customers,
      world.unitOfWork, policy, world.clock, world.ids);
  private final PurchaseService purchases = new PurchaseService(world.purchases, world.customers, world.unitOfWork,
      policy, world.clock);
  private final FollowUpService followUps = new FollowUpService(world.followUps, world.customers, world.unitOfWork,
      policy, world.clock, world.ids, Duration.ofMinutes(20));
  private final Reminders reminders = new Reminders(world.followUps, world.customers, world.interactions,
      world.purchases, OrgChart.of(Map.of("agent-1", "lead-1")), world.unitOfWork, world.ids,
      List.of(ReminderRule.keyAccountSilence(30), ReminderRule.thankYou(2), ReminderRule.escalateOverdue(Duration.ofDays(1))));
  private final ContactPlanner planner = new ContactPlanner(world.customers, world.interactions, policy, world.clock,
      ContactRules.defaults(ZoneId.of("UTC")));
  private final OverviewService overviews = new OverviewService(world.customers, world.interactions,
      world.purchases, world.followUps, policy, world.clock);

  @Test
  void nothingIsForgotten() {
    CustomerId pars = world.person("C-1", "Reza", "Karimi", b -> b.keyAccount(true).owner("agent-1")
        .stage(LifecycleStage.ACTIVE).timeZone(ZoneId.of("Asia/Tehran"))
        .contact(EmailAddress.of("reza@pars.example")).contact(PhoneNumber.of("+98 912 000 1111"))
        .prefer(Channel.PHONE, Channel.EMAIL)
        .consent(Consent.granted(Channel.PHONE, Purpose.SALES, World.T0, "contract"))
        .consent(Consent.granted(Channel.EMAIL, Purpose.SALES, World.T0, "contract"))).id();

    purchases.record(erp, Purchase.of(OrderReference.of("SO-1"), pars, World.T0, Money.of("1200", "EUR")));
    purchases.record(erp, Purchase.of(OrderReference.of("SO-1"), pars, World.T0, Money.of("1200", "EUR")));
    assertThatThrownBy(() -> interactions.record(ana, Interaction.builder(interactions.nextId(), pars, Channel.SMS,
        Direction.OUTBOUND, Purpose.SALES, World.T0).agent("agent-1").build()))
        .isInstanceOf(ConsentMissingException.class);
    interactions.record(ana, Interaction.builder(interactions.nextId(), pars, Channel.PHONE, Direction.OUTBOUND,
        Purpose.SALES, World.T0.plus(Duration.ofHours(1))).subject("Welcome call").agent("agent-1").build());

    world.clock.advance(Duration.ofDays(2));
    ReminderRun thanks = reminders.runDue(world.clock.instant());
    assertThat(thanks.created()).hasSize(1);
    followUps.complete(ana, thanks.created().get(0));

    world.clock.advance(Duration.ofDays(29));
    ReminderRun silence = reminders.runDue(world.clock.instant());
    assertThat(reminders.runDue(world.clock.instant()).created()).isEmpty();
    FollowUp call = world.followUps.findById(silence.created().get(0)).orElseThrow();
    followUps.claim(ana, call.id());
    assertThatThrownBy(() -> followUps.claim(bob, call.id())).isInstanceOf(FollowUpClaimedException.class);

    world.clock.advance(Duration.ofDays(3));
    assertThat(reminders.runDue(world.clock.instant()).escalated()).containsExactly(call.id());
    assertThat(followUps.claim(bob, call.id()).holderAt(world.clock.instant())).contains("agent-2");

    assertThat(planner.plan(ana, pars, Purpose.SALES).channel()).isPresent();
    CustomerOverview view = overviews.overview(ana, pars);
    assertThat(view.profile().displayName()).isEqualTo("R*** K***");
    assertThat(view.recentPurchases().orElseThrow()).hasSize(1);
    assertThat(view.openFollowUps().orElseThrow()).extracting(OpenFollowUp::owner).containsExactly("lead-1");
    assertThat(overviews.overview(lead, pars).profile().displayName()).isEqualTo("Reza Karimi");
    assertThat(overviews.timeline(lead, pars, null, 10).entries()).extracting(TimelineEntry::kind)
        .containsExactly(EntryKind.INTERACTION, EntryKind.PURCHASE, EntryKind.LIFECYCLE);
  }
}
