package org.mehrcrm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("crm demo: the value chapter")
class DemoValueChapterTest {
  private static final String AT = "2026-11-23T10:00:00Z";
  private static Run run;

  @BeforeAll
  static void runDemo() {
    run = Run.of("demo", "--at", AT);
  }

  @Test
  @DisplayName("reports last year's orders through the purchase service, in EUR and in the past")
  void reportsThePurchaseHistory() {
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsPattern("علی رضایی +8 orders +2026-11-26 … 2027-09-07 +EUR 632\\.90")
        .containsPattern("Müller Maschinenbau GmbH +7 orders +2026-09-19 … 2027-03-19 +EUR 29050\\.00")
        .contains("Jürgen Weiß and Алёша Попов have bought nothing yet.");
  }

  @Test
  @DisplayName("says that the models run at the published CDNOW parameters because the cast is too small to fit")
  void explainsThePublishedParameters() {
    assertThat(run.out())
        .contains("far too few to fit the models")
        .contains("BG/NBD r 0.243, α 4.414, a 0.793,", "b 2.426 and Gamma-Gamma p 6.25, q 3.74, γ 15.44");
  }

  @Test
  @DisplayName("prints value so far, RFM segment, Pareto class, the 52-week outlook and churn risk per buyer")
  void printsValueFiguresPerCustomer() {
    assertThat(block("علی رضایی"))
        .contains("revenue EUR 727.90, margin EUR 218.37, 9 purchases, AOV EUR 80.88, tenure 294 days")
        .contains("RFM 452 loyal, Pareto class C")
        .containsPattern("P\\(alive\\) 0\\.90, 6\\.34 purchases expected, .* CLV EUR 144\\.25")
        .contains("churn risk     0.10: P(alive) 0.90");
    assertThat(block("شرکت فولاد پارس")).contains("Pareto class A").doesNotContain("AT RISK");
    assertThat(block("Алексей Смирнов")).contains("Pareto class B");
    assertThat(block("Jürgen Weiß")).contains("no purchases yet");
  }

  @Test
  @DisplayName("explains why the silent key account is at risk and acts once: AT_RISK and a retention follow-up")
  void respondsToTheCrossedThreshold() {
    assertThat(block("Müller Maschinenbau GmbH"))
        .contains("RFM 144 at risk, Pareto class A")
        .contains("churn risk     0.92 AT RISK: P(alive) 0.17; no purchase for 25.9, 6.0 times the usual gap")
        .contains("moved to AT_RISK; retention follow-up for agent-12, high priority, due 2027-09-18 11:51Z")
        .contains("the same risk again: already at risk, nothing created twice");
    assertThat(run.out().split("moved to AT_RISK", -1)).as("only one customer crosses").hasSize(2);
  }

  @Test
  @DisplayName("prints the same chapter on every run with --at")
  void isReproducible() {
    assertThat(block("Müller Maschinenbau GmbH")).isEqualTo(block(Run.of("demo", "--at", AT), "Müller Maschinenbau GmbH"));
  }

  private static String block(String name) {
    return block(run, name);
  }

  /** Returns a customer's block of the value chapter: from its heading to the next blank line. */
  private static String block(Run r, String name) {
    return Arrays.stream(r.out().split("\\R\\R"))
        .filter(b -> b.startsWith("   · " + name + " ("))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no value block of " + name + " in:\n" + r.out()));
  }
}
