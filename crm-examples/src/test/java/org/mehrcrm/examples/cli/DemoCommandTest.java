package org.mehrcrm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("crm demo")
class DemoCommandTest {
  private static final String AT = "2026-11-23T10:00:00Z";
  private static Run run;

  @BeforeAll
  static void runDemo() {
    run = Run.of("demo", "--at", AT);
  }

  @Test
  @DisplayName("runs without errors")
  void succeeds() {
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Mehr CRM demo").contains("The story starts 2026-11-23 10:00Z");
  }

  @Test
  @DisplayName("prints every customer's profile with the stage the story left it in")
  void printsCustomersAndStages() {
    Map<String, String> stages = Map.of(
        "علی رضایی", "ACTIVE",
        "Алексей Смирнов", "WON_BACK",
        "Алёша Попов", "PROSPECT",
        "José García", "ACTIVE",
        "Jürgen Weiß", "PROSPECT",
        "شرکت فولاد پارس", "ACTIVE",
        "Müller Maschinenbau GmbH", "ACTIVE");
    stages.forEach((name, stage) -> assertThat(profile(name)).as(name)
        .containsPattern("(?m)^ {6}stage +" + stage + "$"));
    assertThat(run.out()).contains("7 customers stored: 5 persons, 2 organisations.");
  }

  @Test
  @DisplayName("shows the lifecycle history with the churn reason and the win-back")
  void printsLifecycleHistory() {
    assertThat(profile("Алексей Смирнов"))
        .contains("→ PROSPECT", "PROSPECT → ACTIVE", "ACTIVE → AT_RISK",
            "AT_RISK → LOST (neglect)   nobody called him since spring",
            "LOST → WON_BACK")
        .containsPattern("email +primary verified +a\\.smirnov@example\\.com")
        .containsPattern("email +verified +alexei\\.smirnov@example\\.ru")
        .containsPattern("email/marketing +withdrawn");
  }

  @Test
  @DisplayName("shows organisations with contact persons, key account, owner and host references")
  void printsOrganisations() {
    assertThat(profile("شرکت فولاد پارس"))
        .containsPattern("key account +yes")
        .containsPattern("owner +agent-7")
        .containsPattern("external refs +sap:0000104711")
        .containsPattern("contact persons +\\S+ +purchasing manager +علی رضایی")
        .contains("+982188881234");
    assertThat(profile("Müller Maschinenbau GmbH")).containsPattern("head of purchasing +Jürgen Weiß");
    assertThat(profile("علی رضایی"))
        .containsPattern("phone +primary +\\+989121234567")
        .containsPattern("acquisition +instagram-ad, cost IRR 2500000.00");
  }

  @Test
  @DisplayName("refuses a second customer with a verified e-mail address that is taken")
  void refusesDuplicate() {
    assertThat(run.out()).containsPattern("refused: email: already held by customer \\S+");
  }

  @Test
  @DisplayName("finds names typed with other letter forms, without accents or without ё")
  void searchesFoldedNames() {
    assertThat(run.out())
        .containsPattern("\"علي\" .* found 1: علی رضایی")
        .containsPattern("\"алеша\" .* found 1: Алёша Попов")
        .containsPattern("\"Алёша\" .* found 1: Алёша Попов")
        .containsPattern("\"JOSE\" .* found 1: José García");
  }

  @Test
  @DisplayName("counts the events the listener received, by type")
  void countsEvents() {
    Matcher total = Pattern.compile("received (\\d+) domain events").matcher(run.out());
    assertThat(total.find()).isTrue();
    String events = run.out().substring(total.end());
    Map<String, Integer> byType = events.lines().map(String::strip).filter(l -> l.matches("\\d+ +\\w+\\.\\w+"))
        .map(l -> l.split(" +"))
        .collect(Collectors.toMap(p -> p[1], p -> Integer.parseInt(p[0])));
    assertThat(byType).containsEntry("CustomerEvent.Registered", 7).containsEntry("CustomerEvent.StageChanged", 6)
        .containsEntry("PurchaseEvent.PurchaseRecorded", 37).containsEntry("FollowUpEvent.Escalated", 5);
    assertThat(byType.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(Integer.parseInt(total.group(1)));
  }

  @Test
  @DisplayName("refuses an outbound contact without consent and counts a repeated order once")
  void recordsContactsAndPurchases() {
    assertThat(run.out())
        .containsPattern("refused: customer \\S+: no consent to be contacted by email for marketing")
        .contains("SHOP-1001 reported again           already recorded, counted once")
        .contains("José García returns 1 of 2 mug sets (EUR 20.00)");
  }

  @Test
  @DisplayName("runs the reminder rules idempotently, refuses a claimed task until its lease runs out, and escalates")
  void runsRemindersAndLeases() {
    assertThat(run.out())
        .containsPattern("today +created 3,")
        .contains("run again at the same moment: 0 created, 3 already handled")
        .containsPattern("\\+ thank-you Thank and follow up +علی رضایی")
        .containsPattern("agent-12 tries too: follow-up \\S+: claimed by agent-7 until")
        .contains("the lease ran out: agent-12 takes the task over.")
        .containsPattern("! escalated Contact key account: no contact for 30 days \\(Müller Maschinenbau GmbH\\) to lead-1");
  }

  @Test
  @DisplayName("plans no interrupting contact in the customer's quiet hours, in the customer's zone")
  void plansAroundQuietHours() {
    assertThat(run.out())
        .containsPattern("\\(22:30 Tehran\\): no channel now; skipped sms \\(quiet hours until \\S+\\)")
        .contains("(10:30 Tehran): sms: first preferred channel with consent");
  }

  @Test
  @DisplayName("prints the 360° view in full for sales and masked for support, and pages the timeline")
  void printsOverview() {
    assertThat(run.out())
        .contains("as seen by agent-7 (sales)\n", "info@parssteel.example.ir")
        .contains("as seen by support-3 (support), personal fields masked", "i***@p***.ir")
        .containsPattern("p1 .* PURCHASE +SO-77 EUR 24800.00")
        .containsPattern("p2 .* LIFECYCLE +ACTIVE");
  }

  @Test
  @DisplayName("prints the same text on every run with --at")
  void isReproducible() {
    assertThat(Run.of("demo", "--at", AT).out()).isEqualTo(run.out());
  }

  /** Returns the profile block of one customer: from its heading to the next blank line. */
  private static String profile(String name) {
    return Arrays.stream(run.out().split("\\R\\R"))
        .filter(block -> block.startsWith("   ── " + name + "\n") || block.startsWith("   ── " + name + "\r"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no profile of " + name + " in:\n" + run.out()));
  }
}
