package org.mehrcrm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mehrcrm.customer.Channel;
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

class ReminderProperties {
  private static final Instant T0 = World.T0;

  /** A customer: key account or prospect, contacted and paying on some days. */
  record Shape(boolean keyAccount, List<Integer> contactDays, List<Integer> donationDays) {}

  @Property(tries = 100)
  void runningTheRulesTwiceAtTheSameMomentCreatesNothingTwice(@ForAll("customers") List<Shape> shapes,
      @ForAll("days") List<Integer> runDays) {
    World world = new World();
    int n = 0;
    for (int i = 0; i < shapes.size(); i++) {
      Shape s = shapes.get(i);
      String id = "C-" + i;
      world.person(id, "A", "B", b -> s.keyAccount()
          ? b.keyAccount(true).owner("agent-1").stage(LifecycleStage.ACTIVE) : b.owner("agent-1"));
      for (int day : s.contactDays()) {
        world.interactions.append(Interaction.builder(InteractionId.of("I-" + n++), CustomerId.of(id), Channel.PHONE,
            Direction.INBOUND, Purpose.SERVICE, T0.plus(Duration.ofDays(day))).agent("a").build());
      }
      for (int day : s.donationDays()) {
        world.purchases.record(Purchase.donation(OrderReference.of("D-" + n++), CustomerId.of(id),
            T0.plus(Duration.ofDays(day)), Money.of("5", "EUR")));
      }
    }
    Reminders reminders = new Reminders(world.followUps, world.customers, world.interactions, world.purchases,
        OrgChart.of(Map.of("agent-1", "lead-1")), world.unitOfWork, world.ids,
        List.of(ReminderRule.keyAccountSilence(10), ReminderRule.prospectSilence(5), ReminderRule.thankYou(2),
            ReminderRule.beforeDue(Duration.ofDays(1)), ReminderRule.escalateOverdue(Duration.ofDays(1))));

    for (int day : runDays.stream().sorted().toList()) {
      Instant now = T0.plus(Duration.ofDays(day));
      reminders.runDue(now);
      int tasks = world.followUps.all().size();
      int firings = world.followUps.firingCount();
      int events = world.delivered.size();

      ReminderRun again = reminders.runDue(now);

      assertThat(again.created()).isEmpty();
      assertThat(again.reminded()).isEmpty();
      assertThat(again.escalated()).isEmpty();
      assertThat(world.followUps.all()).hasSize(tasks);
      assertThat(world.followUps.firingCount()).isEqualTo(firings);
      assertThat(world.delivered).hasSize(events);
      Map<String, Long> openPerCustomerAndPurpose = world.followUps.all().stream().filter(FollowUp::isOpen)
          .collect(Collectors.groupingBy(t -> t.customerId() + "/" + t.purpose(), Collectors.counting()));
      assertThat(openPerCustomerAndPurpose.values()).allMatch(count -> count == 1);
    }
  }

  @Provide
  Arbitrary<List<Shape>> customers() {
    Arbitrary<List<Integer>> days = Arbitraries.integers().between(0, 30).list().ofMaxSize(3);
    return Combinators.combine(Arbitraries.of(true, false), days, days).as(Shape::new).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<Integer>> days() {
    return Arbitraries.integers().between(0, 45).list().ofMinSize(1).ofMaxSize(6);
  }
}
