package org.mehrcrm.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;

class FollowUpValuesTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void valuesAreEqualByContent() {
    CustomerId c = CustomerId.of("C-1");
    new EqualsTester()
        .addEqualityGroup(new RuleFiring("r", c, "since:x"), new RuleFiring("r", c, "since:x"))
        .addEqualityGroup(new RuleFiring("r", c, "since:y"))
        .addEqualityGroup(new RuleFiring("s", c, "since:x"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Origin.manual(), new Origin(null))
        .addEqualityGroup(Origin.rule("thank-you"), Origin.rule("thank-you"))
        .testEquals();
    assertThat(Origin.rule("thank-you")).hasToString("rule:thank-you");
    assertThat(Origin.manual()).hasToString("manual");
    assertThat(Origin.manual().rule()).isEmpty();
    assertThat(new Note("a", T0, "  hi ").text()).isEqualTo("hi");
    assertThat(FollowUpId.of("T-1")).hasToString("T-1");
    assertThat(FollowUpState.CLAIMED.isOpen()).isTrue();
    assertThat(FollowUpState.DONE.isOpen()).isFalse();
  }

  @Test
  void factoriesAndConstructorsRejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Duration.class, Duration.ofDays(1))
        .setDefault(Purpose.class, Purpose.SALES).setDefault(CustomerId.class, CustomerId.of("C-1"))
        .setDefault(String.class, "x").setDefault(Instant.class, T0);
    tester.testAllPublicStaticMethods(ReminderRule.class);
    tester.testAllPublicStaticMethods(OrgChart.class);
  }

  @Test
  void orgChartsAnswerManagers() {
    assertThat(OrgChart.of(java.util.Map.of("a", "b")).managerOf("a")).contains("b");
    assertThat(OrgChart.none().managerOf("a")).isEmpty();
  }
}
