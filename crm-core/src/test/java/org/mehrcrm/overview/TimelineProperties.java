package org.mehrcrm.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.interaction.Direction;
import org.mehrcrm.interaction.Interaction;
import org.mehrcrm.interaction.InteractionId;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.purchase.OrderReference;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.testing.World;

class TimelineProperties {
  private static final CustomerId ALI = CustomerId.of("C-1");

  /** An entry to add: interaction or purchase, and its minute offset (few distinct minutes, many ties). */
  record Event(boolean interaction, int minute) {}

  @Property(tries = 200)
  void pagingYieldsEveryEntryOnceInStrictlyDescendingKeyOrder(@ForAll("events") List<Event> events,
      @ForAll @IntRange(min = 1, max = 7) int pageSize) {
    World world = new World();
    world.person("C-1", "Ali", "Rezaei", b -> b);
    int n = 0;
    for (Event e : events) {
      Instant at = World.T0.plus(Duration.ofMinutes(e.minute()));
      if (e.interaction()) {
        world.interactions.append(Interaction.builder(InteractionId.of("I-" + n++), ALI, Channel.PHONE,
            Direction.INBOUND, Purpose.SERVICE, at).agent("a").build());
      } else {
        world.purchases.record(Purchase.of(OrderReference.of("SO-" + n++), ALI, at, Money.of("1", "EUR")));
      }
    }
    OverviewService overviews = new OverviewService(world.customers, world.interactions, world.purchases,
        world.followUps, AccessPolicy.allowAll(), world.clock);

    List<TimelineEntry> seen = new ArrayList<>();
    TimelinePage page = overviews.timeline(Actor.of("a"), ALI, null, pageSize);
    seen.addAll(page.entries());
    while (page.next().isPresent()) {
      assertThat(page.entries()).hasSize(pageSize);
      page = overviews.timeline(Actor.of("a"), ALI, page.next().get(), pageSize);
      seen.addAll(page.entries());
    }

    assertThat(seen).hasSize(events.size() + 1); // plus the registration's lifecycle entry
    assertThat(new HashSet<>(seen.stream().map(TimelineEntry::cursor).toList())).hasSize(seen.size());
    assertThat(seen.stream().map(TimelineEntry::cursor).toList())
        .isSortedAccordingTo(Comparator.<TimelineCursor>naturalOrder().reversed());
  }

  @Provide
  Arbitrary<List<Event>> events() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(-3, 3))
        .as(Event::new).list().ofMaxSize(20);
  }
}
