package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.customer.Invalid.assertInvalid;
import static org.mehrcrm.customer.TestCustomers.AGENT;
import static org.mehrcrm.customer.TestCustomers.ALI_MOBILE;
import static org.mehrcrm.customer.TestCustomers.ALI_WORK_MAIL;
import static org.mehrcrm.customer.TestCustomers.at;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CustomerSnapshotTest {
  private final CustomerSnapshot valid = TestCustomers.richAli()
      .moveTo(LifecycleStage.AT_RISK, null, "no order for 90 days", AGENT, at(1)).snapshot();

  @Test
  void aValidSnapshotRestoresToAnEqualCustomer() {
    CustomerSnapshot copy = rebuilt(s -> s);

    assertThat(copy).isEqualTo(valid);
    assertThat(Customer.restore(copy).snapshot()).isEqualTo(valid);
  }

  @Test
  void twoPrimariesOfOneKindAreCorrupt() {
    assertInvalid(() -> rebuilt(s -> s.contactPoints(replace(s.contactPoints,
        new ContactPoint(ALI_WORK_MAIL, false, false), new ContactPoint(ALI_WORK_MAIL, true, false)))),
        "contactPoints", "must have one primary per kind");
  }

  @Test
  void aKindWithoutPrimaryIsCorrupt() {
    assertInvalid(() -> rebuilt(s -> s.contactPoints(replace(s.contactPoints,
        new ContactPoint(ALI_MOBILE, true, true), new ContactPoint(ALI_MOBILE, false, true)))),
        "contactPoints", "must have one primary per kind");
  }

  @Test
  void aRepeatedAddressIsCorrupt() {
    assertInvalid(() -> rebuilt(s -> {
      List<ContactPoint> points = new ArrayList<>(s.contactPoints);
      points.add(new ContactPoint(EmailAddress.of("ALI.REZAEI@example.com"), false, false));
      return s.contactPoints(points);
    }), "contactPoints", "must not repeat an address");
  }

  @Test
  void stageOtherThanTheLastHistoryEntryIsCorrupt() {
    assertInvalid(() -> rebuilt(s -> s.stage(LifecycleStage.ACTIVE)), "stage", "must equal the last lifecycle change");
  }

  @Test
  void emptyHistoryIsCorrupt() {
    assertInvalid(() -> rebuilt(s -> s.lifecycleHistory(List.of())), "lifecycleHistory", "must not be empty");
  }

  @Test
  void historyThatDoesNotChainIsCorrupt() {
    LifecycleChange first = valid.lifecycleHistory().get(0);
    LifecycleChange skipping = new LifecycleChange(LifecycleStage.LAPSED, LifecycleStage.AT_RISK, null, "", AGENT, at(1));
    assertInvalid(() -> rebuilt(s -> s.lifecycleHistory(List.of(first, skipping))), "lifecycleHistory",
        "must chain each change from the previous stage");
  }

  @Test
  void historyWithAMoveOutsideTheTableIsCorrupt() {
    LifecycleChange first = new LifecycleChange(null, LifecycleStage.PROSPECT, null, "", AGENT, at(0));
    LifecycleChange illegal = new LifecycleChange(LifecycleStage.PROSPECT, LifecycleStage.AT_RISK, null, "", AGENT, at(1));
    assertInvalid(() -> rebuilt(s -> s.lifecycleHistory(List.of(first, illegal))), "lifecycleHistory",
        "must hold only allowed moves");
  }

  @Test
  void historyOutOfTimeOrderIsCorrupt() {
    List<LifecycleChange> history = valid.lifecycleHistory();
    LifecycleChange last = history.get(history.size() - 1);
    LifecycleChange early = new LifecycleChange(last.from(), last.to(), last.reason(), last.note(), last.actorId(),
        history.get(0).at().minusSeconds(1));
    List<LifecycleChange> reordered = new ArrayList<>(history.subList(0, history.size() - 1));
    reordered.add(early);
    assertInvalid(() -> rebuilt(s -> s.lifecycleHistory(reordered)), "lifecycleHistory", "must be in time order");
  }

  @Test
  void unsortedTagsAreCorrupt() {
    assertInvalid(() -> rebuilt(s -> s.tags(List.of(Tag.of("vip"), Tag.of("b2b")))), "tags",
        "must be distinct and sorted");
  }

  @Test
  void repeatedTagsAreCorrupt() {
    assertInvalid(() -> rebuilt(s -> s.tags(List.of(Tag.of("vip"), Tag.of("VIP")))), "tags",
        "must be distinct and sorted");
  }

  @Test
  void repeatedPreferredChannelIsCorrupt() {
    assertInvalid(() -> rebuilt(s -> s.preferredChannels(List.of(Channel.SMS, Channel.EMAIL, Channel.SMS))),
        "preferredChannels", "must not repeat a channel");
  }

  @Test
  void twoReferencesInOneSystemAreCorrupt() {
    assertInvalid(() -> rebuilt(s -> s.externalRefs(List.of(ExternalRef.of("sap", "1"), ExternalRef.of("sap", "2")))),
        "externalRefs", "must hold one reference per system");
  }

  @Test
  void negativeVersionIsCorrupt() {
    assertInvalid(() -> valid.withVersion(-1), "version", "must not be negative");
  }

  @Test
  void invalidOwnerIsCorrupt() {
    assertInvalid(() -> rebuilt(s -> s.owner("agent 3")), "owner",
        "must not contain whitespace or control characters");
  }

  @Test
  void snapshotKeepsItsOwnUnmodifiableCopies() {
    List<Tag> tags = new ArrayList<>(List.of(Tag.of("b2b")));
    Map<String, String> attributes = new HashMap<>(Map.of("note", "x"));
    CustomerSnapshot snapshot = rebuilt(s -> s.tags(tags).attributes(attributes));

    tags.add(Tag.of("zzz"));
    attributes.clear();

    assertThat(snapshot.tags()).containsExactly(Tag.of("b2b"));
    assertThat(snapshot.attributes()).containsEntry("note", "x");
    assertThatThrownBy(() -> snapshot.contactPoints().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  private CustomerSnapshot rebuilt(UnaryOperator<Parts> edit) {
    return edit.apply(new Parts(valid)).build();
  }

  private static List<ContactPoint> replace(List<ContactPoint> points, ContactPoint old, ContactPoint replacement) {
    List<ContactPoint> out = new ArrayList<>(points);
    assertThat(out).contains(old);
    out.set(out.indexOf(old), replacement);
    return out;
  }

  /** The snapshot's parts, each replaceable, as a storage adapter would read them. */
  private static final class Parts {
    private final CustomerSnapshot base;
    private LifecycleStage stage;
    private List<LifecycleChange> lifecycleHistory;
    private List<ContactPoint> contactPoints;
    private List<Channel> preferredChannels;
    private List<Tag> tags;
    private String owner;
    private Map<String, String> attributes;
    private List<ExternalRef> externalRefs;

    Parts(CustomerSnapshot s) {
      base = s;
      stage = s.stage();
      lifecycleHistory = s.lifecycleHistory();
      contactPoints = s.contactPoints();
      preferredChannels = s.preferredChannels();
      tags = s.tags();
      owner = s.owner();
      attributes = s.attributes();
      externalRefs = s.externalRefs();
    }

    Parts stage(LifecycleStage v) {
      stage = v;
      return this;
    }

    Parts lifecycleHistory(List<LifecycleChange> v) {
      lifecycleHistory = v;
      return this;
    }

    Parts contactPoints(List<ContactPoint> v) {
      contactPoints = v;
      return this;
    }

    Parts preferredChannels(List<Channel> v) {
      preferredChannels = v;
      return this;
    }

    Parts tags(List<Tag> v) {
      tags = v;
      return this;
    }

    Parts owner(String v) {
      owner = v;
      return this;
    }

    Parts attributes(Map<String, String> v) {
      attributes = v;
      return this;
    }

    Parts externalRefs(List<ExternalRef> v) {
      externalRefs = v;
      return this;
    }

    CustomerSnapshot build() {
      return new CustomerSnapshot(base.id(), base.version(), base.party(), stage, lifecycleHistory, contactPoints,
          preferredChannels, base.consents(), tags, owner, base.keyAccount(), base.acquisition(), attributes,
          externalRefs, base.registeredAt());
    }
  }
}
