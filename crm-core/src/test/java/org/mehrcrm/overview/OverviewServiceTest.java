package org.mehrcrm.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.testing.Invalid.assertInvalid;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.RoleBasedAccessPolicy;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.ContactKind;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.EmailAddress;
import org.mehrcrm.customer.LifecycleStage;
import org.mehrcrm.customer.Organisation;
import org.mehrcrm.customer.CustomerRegistration;
import org.mehrcrm.customer.PhoneNumber;
import org.mehrcrm.customer.PostalAddress;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.followup.FollowUp;
import org.mehrcrm.followup.FollowUpId;
import org.mehrcrm.followup.FollowUpState;
import org.mehrcrm.followup.Origin;
import org.mehrcrm.followup.Priority;
import org.mehrcrm.interaction.Direction;
import org.mehrcrm.interaction.Interaction;
import org.mehrcrm.interaction.InteractionId;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.Money;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.purchase.OrderReference;
import org.mehrcrm.purchase.Purchase;
import org.mehrcrm.purchase.Return;
import org.mehrcrm.testing.World;

class OverviewServiceTest {
  private static final Instant T0 = World.T0;
  private static final CustomerId ALI = CustomerId.of("C-1");
  private static final Actor MANAGER = Actor.of("lead-1", "manager");
  private static final Actor AGENT = Actor.of("agent-7", "agent");
  private static final Actor CLERK = Actor.of("clerk-1", "clerk");

  private final World world = new World();
  private final AccessPolicy policy = RoleBasedAccessPolicy.builder()
      .grant("manager", "customer:read", "customer:read-personal", "interaction:read", "purchase:read", "followup:read")
      .grant("agent", "customer:read", "interaction:read", "followup:read")
      .grant("clerk", "customer:read")
      .build();
  private final OverviewService overviews = new OverviewService(world.customers, world.interactions,
      world.purchases, world.followUps, policy, world.clock, 2);

  @BeforeEach
  void story() {
    world.person("C-1", "Ali", "Rezaei", b -> b.contact(EmailAddress.of("ali.rezaei@example.com"))
        .contact(PhoneNumber.of("+98 912 123 4567"))
        .contact(new PostalAddress("Valiasr St. 12", "Tehran", null, "1434843", "IR"))
        .timeZone(ZoneId.of("Asia/Tehran")).prefer(Channel.EMAIL).owner("agent-7"));
    world.customers.save(world.customers.findById(ALI).orElseThrow()
        .moveTo(LifecycleStage.ACTIVE, null, "first order", "agent-7", T0.plusSeconds(60)));
    for (int i = 1; i <= 3; i++) {
      world.interactions.append(Interaction.builder(InteractionId.of("I-" + i), ALI, Channel.PHONE, Direction.INBOUND,
          Purpose.SERVICE, T0.plus(Duration.ofHours(i))).agent("agent-7").build());
    }
    world.purchases.record(Purchase.of(OrderReference.of("SO-1"), ALI, T0.plusSeconds(60), Money.of("10", "EUR")));
    world.purchases.storeDirectly(Return.whole(OrderReference.of("R-1"), OrderReference.of("SO-1"), ALI,
        T0.plus(Duration.ofHours(5)), Money.of("10", "EUR")));
    FollowUp task = FollowUp.open(FollowUpId.of("T-1"), ALI, Purpose.SALES, "Call about renewal", T0.plus(Duration.ofDays(1)),
        Priority.NORMAL, "agent-7", Origin.manual(), T0).claim("agent-7", T0, Duration.ofMinutes(30));
    world.followUps.save(task);
  }

  @Test
  void oneCallReturnsTheWholePictureForAManager() {
    CustomerOverview view = overviews.overview(MANAGER, ALI);

    assertThat(view.profile().displayName()).isEqualTo("Ali Rezaei");
    assertThat(view.profile().masked()).isFalse();
    assertThat(view.profile().contacts()).extracting(ContactLine::text)
        .containsExactly("ali.rezaei@example.com", "+989121234567", "Valiasr St. 12, 1434843 Tehran, IR");
    assertThat(view.profile().zone()).contains(ZoneId.of("Asia/Tehran"));
    assertThat(view.stage()).isEqualTo(LifecycleStage.ACTIVE);
    assertThat(view.lifecycle()).hasSize(2);
    assertThat(view.recentInteractions().orElseThrow()).extracting(Interaction::id)
        .containsExactly(InteractionId.of("I-3"), InteractionId.of("I-2"));
    assertThat(view.recentPurchases().orElseThrow()).extracting(Purchase::reference).containsExactly(OrderReference.of("SO-1"));
    assertThat(view.openFollowUps().orElseThrow()).singleElement().satisfies(t -> {
      assertThat(t.state()).isEqualTo(FollowUpState.CLAIMED);
      assertThat(t.holder()).isEqualTo("agent-7");
    });
    assertThat(view.at()).isEqualTo(T0);
  }

  @Test
  void masksPersonalFieldsWithoutReadPersonal() {
    Profile p = overviews.overview(AGENT, ALI).profile();

    assertThat(p.masked()).isTrue();
    assertThat(p.displayName()).isEqualTo("A*** R***");
    assertThat(p.contacts()).extracting(ContactLine::text)
        .containsExactly("a***@e***.com", "+98*******567", "***, Tehran, IR");
    assertThat(p.contacts()).extracting(ContactLine::kind)
        .containsExactly(ContactKind.EMAIL, ContactKind.PHONE, ContactKind.POSTAL);
  }

  @Test
  void anOrganisationsLegalNameIsNotMasked() {
    world.customers.save(org.mehrcrm.customer.Customer.register(CustomerId.of("ORG-1"),
        CustomerRegistration.organisation(new Organisation("Pars Steel", null, List.of())).build(),
        org.mehrcrm.customer.AttributeSchema.empty(), "setup", T0));

    assertThat(overviews.overview(AGENT, CustomerId.of("ORG-1")).profile().displayName()).isEqualTo("Pars Steel");
  }

  @Test
  void sectionsTheActorMayNotReadAreAbsentNotFaked() {
    CustomerOverview agentView = overviews.overview(AGENT, ALI);
    CustomerOverview clerkView = overviews.overview(CLERK, ALI);

    assertThat(agentView.recentPurchases()).isEmpty();
    assertThat(agentView.recentInteractions()).isPresent();
    assertThat(clerkView.recentInteractions()).isEmpty();
    assertThat(clerkView.openFollowUps()).isEmpty();
    assertThat(clerkView.lifecycle()).hasSize(2);
  }

  @Test
  void anExpiredClaimShowsAsOpen() {
    world.clock.advance(Duration.ofHours(1));

    assertThat(overviews.overview(MANAGER, ALI).openFollowUps().orElseThrow()).singleElement()
        .satisfies(t -> {
          assertThat(t.state()).isEqualTo(FollowUpState.OPEN);
          assertThat(t.holder()).isNull();
        });
  }

  @Test
  void theTimelineMergesEveryKindNewestFirstAcrossPages() {
    List<TimelineEntry> all = new ArrayList<>();
    TimelinePage page = overviews.timeline(MANAGER, ALI, null, 2);
    all.addAll(page.entries());
    while (page.next().isPresent()) {
      page = overviews.timeline(MANAGER, ALI, TimelineCursor.parse(page.next().get().toString()), 2);
      all.addAll(page.entries());
    }

    assertThat(all).extracting(TimelineEntry::kind, TimelineEntry::id).containsExactly(
        org.assertj.core.groups.Tuple.tuple(EntryKind.RETURN, "R-1"),
        org.assertj.core.groups.Tuple.tuple(EntryKind.INTERACTION, "I-3"),
        org.assertj.core.groups.Tuple.tuple(EntryKind.INTERACTION, "I-2"),
        org.assertj.core.groups.Tuple.tuple(EntryKind.INTERACTION, "I-1"),
        org.assertj.core.groups.Tuple.tuple(EntryKind.PURCHASE, "SO-1"),
        org.assertj.core.groups.Tuple.tuple(EntryKind.LIFECYCLE, "0000000001"),
        org.assertj.core.groups.Tuple.tuple(EntryKind.LIFECYCLE, "0000000000"));
  }

  @Test
  void theTimelineLeavesOutKindsTheActorMayNotRead() {
    assertThat(overviews.timeline(CLERK, ALI, null, 50).entries()).extracting(TimelineEntry::kind)
        .containsOnly(EntryKind.LIFECYCLE);
    assertThat(overviews.timeline(CLERK, ALI, null, 50).next()).isEmpty();
  }

  @Test
  void refusesUnknownCustomersMissingPermissionAndBadSizes() {
    assertThatThrownBy(() -> overviews.overview(MANAGER, CustomerId.of("C-404")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> overviews.timeline(Actor.of("x", "none"), ALI, null, 10))
        .isInstanceOf(AccessDeniedException.class);
    assertInvalid(() -> overviews.timeline(MANAGER, ALI, null, 0), "size", "must be between 1 and 1000");
    assertInvalid(() -> TimelineCursor.parse("nonsense"), "cursor", "must read 'instant|KIND|id'");
    assertInvalid(() -> TimelineCursor.parse("2026-01-01T00:00:00Z|NOPE|x"), "cursor", "must read 'instant|KIND|id'");
  }
}
