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
    Map<String, Integer> byType = events.lines().map(String::strip).filter(l -> l.matches("\\d+ +\\w+"))
        .map(l -> l.split(" +"))
        .collect(Collectors.toMap(p -> p[1], p -> Integer.parseInt(p[0])));
    assertThat(byType).containsEntry("Registered", 7).containsEntry("StageChanged", 5);
    assertThat(byType.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(Integer.parseInt(total.group(1)));
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
