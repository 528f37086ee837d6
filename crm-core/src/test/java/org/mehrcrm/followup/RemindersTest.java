package org.mehrcrm.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mehrcrm.testing.Invalid.assertInvalid;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.ChurnReason;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.interaction.Direction;
import org.mehrcrm.interaction.Interaction;
import org.mehrcrm.interaction.InteractionId;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.purchase.OrderReference;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.testing.World;

class RemindersTest {
  private static final Instant T0 = World.T0;
  private static final Duration DAY = Duration.ofDays(1);

  private final World world = new World();

  private Reminders reminders(ReminderRule... rules) {
    return new Reminders(world.followUps, world.customers, world.interactions, world.purchases,
        OrgChart.of(Map.of("agent-1", "lead-1", "lead-1", "director")), world.unitOfWork, world.ids, List.of(rules));
  }

  private void contact(String id, String customer, Instant at) {
    world.interactions.append(Interaction.builder(InteractionId.of(id), CustomerId.of(customer), Channel.PHONE,
        Direction.INBOUND, Purpose.SERVICE, at).agent("agent-1").build());
  }

  private void keyAccount(String id) {
    world.person(id, "Key", "Account", b -> b.keyAccount(true).owner("agent-1").stage(LifecycleStage.ACTIVE));
  }

  private FollowUp task(FollowUpId id) {
    return world.followUps.findById(id).orElseThrow();
  }

  @Test
  void opensATaskForAKeyAccountSilentForNDays() {
    keyAccount("C-1");
    keyAccount("C-2");
    contact("I-1", "C-1", T0);
    contact("I-2", "C-2", T0.plus(DAY));
    Instant now = T0.plus(Duration.ofDays(30));

    ReminderRun run = reminders(ReminderRule.keyAccountSilence(30)).runDue(now);

    assertThat(run.created()).hasSize(1);
    FollowUp t = task(run.created().get(0));
    assertThat(t.customerId()).isEqualTo(CustomerId.of("C-1"));
    assertThat(t.owner()).contains("agent-1");
    assertThat(t.origin()).isEqualTo(Origin.rule("key-account-silence"));
    assertThat(t.priority()).isEqualTo(Priority.HIGH);
    assertThat(t.due()).isEqualTo(now.plus(DAY));
    assertThat(world.followUps.hasFired(new RuleFiring("key-account-silence", CustomerId.of("C-1"), "since:" + T0))).isTrue();
  }

  @Test
  void runningTwiceForTheSameMomentCreatesNothingTwice() {
    keyAccount("C-1");
    world.person("C-2", "Pro", "Spect", b -> b.owner("agent-1"));
    world.purchases.record(Purchase.donation(OrderReference.of("D-1"), CustomerId.of("C-2"), T0, Money.of("10", "EUR")));
    Reminders reminders = reminders(ReminderRule.keyAccountSilence(30), ReminderRule.prospectSilence(14),
        ReminderRule.thankYou(2), ReminderRule.beforeDue(Duration.ofDays(2)), ReminderRule.escalateOverdue(DAY));
    Instant now = T0.plus(Duration.ofDays(30));

    ReminderRun first = reminders.runDue(now);
    int events = world.delivered.size();
    int tasks = world.followUps.all().size();
    ReminderRun second = reminders.runDue(now);

    assertThat(first.created()).hasSize(2);
    assertThat(second.created()).isEmpty();
    assertThat(second.reminded()).isEmpty();
    assertThat(second.escalated()).isEmpty();
    assertThat(second.alreadyHandled()).isPositive();
    assertThat(world.followUps.all()).hasSize(tasks);
    assertThat(world.delivered).hasSize(events);
  }

  @Test
  void theSameSilenceFiresOnceEvenAfterItsTaskIsDone() {
    keyAccount("C-1");
    Reminders reminders = reminders(ReminderRule.keyAccountSilence(30));
    ReminderRun first = reminders.runDue(T0.plus(Duration.ofDays(30)));
    FollowUp t = task(first.created().get(0));
    world.followUps.save(t.complete("agent-1", T0.plus(Duration.ofDays(31))));

    assertThat(reminders.runDue(T0.plus(Duration.ofDays(45))).created()).isEmpty();

    contact("I-1", "C-1", T0.plus(Duration.ofDays(46)));
    assertThat(reminders.runDue(T0.plus(Duration.ofDays(75))).created()).isEmpty();
    assertThat(reminders.runDue(T0.plus(Duration.ofDays(76))).created()).hasSize(1);
  }

  @Test
  void aNeverContactedKeyAccountCountsFromRegistrationAndLostOnesAreLeftAlone() {
    keyAccount("C-1");
    keyAccount("C-2");
    world.customers.save(world.customers.findById(CustomerId.of("C-2")).orElseThrow()
        .moveTo(LifecycleStage.LOST, ChurnReason.PRICE, "", "agent-1", T0));

    assertThat(reminders(ReminderRule.keyAccountSilence(30)).runDue(T0.plus(Duration.ofDays(29))).created()).isEmpty();
    ReminderRun run = reminders(ReminderRule.keyAccountSilence(30)).runDue(T0.plus(Duration.ofDays(30)));
    assertThat(run.created()).extracting(id -> task(id).customerId()).containsExactly(CustomerId.of("C-1"));
  }

  @Test
  void anOpenTaskForTheSamePurposeCoversTheFiring() {
    keyAccount("C-1");
    FollowUp manual = world.followUps.save(FollowUp.open(FollowUpId.of("T-1"), CustomerId.of("C-1"), Purpose.SALES,
        "Already on it", T0, Priority.LOW, "agent-1", Origin.manual(), T0));

    ReminderRun run = reminders(ReminderRule.keyAccountSilence(30)).runDue(T0.plus(Duration.ofDays(30)));

    assertThat(run.created()).isEmpty();
    assertThat(world.followUps.all()).containsExactly(manual);
  }

  @Test
  void watchesProspectsOnly() {
    world.person("C-1", "Pro", "Spect", b -> b);
    world.person("C-2", "Act", "Ive", b -> b.stage(LifecycleStage.ACTIVE));

    ReminderRun run = reminders(ReminderRule.prospectSilence(14)).runDue(T0.plus(Duration.ofDays(14)));

    assertThat(run.created()).extracting(id -> task(id).customerId()).containsExactly(CustomerId.of("C-1"));
  }

  @Test
  void checksKeyAccountsInBatchesBeyondTheLookupLimit() {
    for (int i = 0; i < 1_205; i++) {
      world.person(String.format("K-%04d", i), "Key", "Account", b -> b.keyAccount(true));
    }
    contact("I-1", "K-0003", T0.plus(DAY));
    contact("I-2", "K-1204", T0.plus(DAY));

    ReminderRun run = reminders(ReminderRule.keyAccountSilence(30)).runDue(T0.plus(Duration.ofDays(30)));

    assertThat(run.created()).hasSize(1_203);
  }

  @Test
  void thanksEveryDonationAndTheFirstSaleNDaysLater() {
    world.person("C-1", "Do", "Nor", b -> b.owner("agent-1"));
    world.person("C-2", "Bu", "Yer", b -> b);
    Money ten = Money.of("10", "EUR");
    world.purchases.record(Purchase.donation(OrderReference.of("D-1"), CustomerId.of("C-1"), T0, ten));
    world.purchases.record(Purchase.of(OrderReference.of("SO-1"), CustomerId.of("C-2"), T0, ten));
    world.purchases.record(Purchase.of(OrderReference.of("SO-2"), CustomerId.of("C-2"), T0.plus(DAY), ten));
    Reminders reminders = reminders(ReminderRule.thankYou(2));

    assertThat(reminders.runDue(T0.plus(DAY)).created()).isEmpty();
    ReminderRun run = reminders.runDue(T0.plus(Duration.ofDays(2)));
    assertThat(run.created()).extracting(id -> task(id).customerId())
        .containsExactlyInAnyOrder(CustomerId.of("C-1"), CustomerId.of("C-2"));
    assertThat(run.created()).extracting(id -> task(id).purpose()).containsOnly(Purpose.of("thank-you"));
    assertThat(reminders.runDue(T0.plus(Duration.ofDays(3))).created()).isEmpty();
  }

  @Test
  void catchesUpOnPurchasesAMissedRunWouldHaveThanked() {
    world.person("C-1", "Do", "Nor", b -> b);
    world.purchases.record(Purchase.donation(OrderReference.of("D-1"), CustomerId.of("C-1"), T0, Money.of("10", "EUR")));

    assertThat(reminders(ReminderRule.thankYou(2)).runDue(T0.plus(Duration.ofDays(9))).created()).hasSize(1);
    world.purchases.record(Purchase.donation(OrderReference.of("D-2"), CustomerId.of("C-1"), T0, Money.of("10", "EUR")));
    assertThat(reminders(ReminderRule.thankYou(2)).runDue(T0.plus(Duration.ofDays(9)).plusNanos(1)).created()).isEmpty();
  }

  @Test
  void remindsTheOwnerOnceBeforeATaskFallsDueAndAgainAfterRescheduling() {
    world.person("C-1", "A", "B", b -> b);
    FollowUp t = world.followUps.save(FollowUp.open(FollowUpId.of("T-1"), CustomerId.of("C-1"), Purpose.SALES, "Call",
        T0.plus(Duration.ofHours(3)), Priority.NORMAL, "agent-1", Origin.manual(), T0));
    Reminders reminders = reminders(ReminderRule.beforeDue(Duration.ofHours(2)));

    assertThat(reminders.runDue(T0).reminded()).isEmpty();
    assertThat(reminders.runDue(T0.plus(Duration.ofHours(1)).plusNanos(1)).reminded()).containsExactly(t.id());
    assertThat(reminders.runDue(T0.plus(Duration.ofHours(2))).reminded()).isEmpty();
    assertThat(world.events(FollowUpEvent.ReminderDue.class)).containsExactly(new FollowUpEvent.ReminderDue(t.id(),
        t.customerId(), "agent-1", t.due(), T0.plus(Duration.ofHours(1)).plusNanos(1)));

    world.followUps.save(task(t.id()).reschedule(T0.plus(Duration.ofHours(4)), T0));
    assertThat(reminders.runDue(T0.plus(Duration.ofHours(2)).plusNanos(1)).reminded()).containsExactly(t.id());
    assertThat(reminders.runDue(T0.plus(Duration.ofHours(3))).reminded()).isEmpty();
  }

  @Test
  void escalatesAnOverdueTaskToTheOwnersManagerOnce() {
    world.person("C-1", "A", "B", b -> b);
    world.person("C-2", "C", "D", b -> b);
    FollowUp t = world.followUps.save(FollowUp.open(FollowUpId.of("T-1"), CustomerId.of("C-1"), Purpose.SALES, "Call",
        T0, Priority.NORMAL, "agent-1", Origin.manual(), T0));
    world.followUps.save(FollowUp.open(FollowUpId.of("T-2"), CustomerId.of("C-2"), Purpose.SALES, "Call",
        T0, Priority.NORMAL, "agent-9", Origin.manual(), T0));
    Reminders reminders = reminders(ReminderRule.escalateOverdue(DAY));

    assertThat(reminders.runDue(T0.plus(DAY)).escalated()).isEmpty();
    ReminderRun run = reminders.runDue(T0.plus(DAY).plusNanos(1));
    assertThat(run.escalated()).containsExactly(t.id());
    assertThat(task(t.id()).owner()).contains("lead-1");
    assertThat(task(t.id()).priority()).isEqualTo(Priority.HIGH);
    assertThat(reminders.runDue(T0.plus(Duration.ofDays(5))).escalated()).isEmpty();
    assertThat(task(FollowUpId.of("T-2")).owner()).contains("agent-9");
  }

  @Test
  void rejectsRulesWithBadSettings() {
    assertInvalid(() -> ReminderRule.keyAccountSilence(0), "rule.silence", "must be positive");
    assertInvalid(() -> ReminderRule.thankYou(-1), "rule.after", "must not be negative");
    assertInvalid(() -> reminders(ReminderRule.beforeDue(DAY), ReminderRule.beforeDue(Duration.ofHours(1))),
        "rules", "must have distinct ids");
  }
}
