package org.mehrcrm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("crm demo: the loyalty chapter")
class DemoLoyaltyChapterTest {
  private static final String AT = "2026-11-23T10:00:00Z";
  private static Run run;
  private static String chapter;

  @BeforeAll
  static void runDemo() {
    run = Run.of("demo", "--at", AT);
    chapter = chapter(run);
  }

  @Test
  @DisplayName("earns on reported purchases with the coffee multiplier, once per order, and a review bonus")
  void earnsOnPurchases() {
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(chapter)
        .containsPattern("EARN +\\+197 +balance 197 +earned \\(BEANS-500G 72, GRINDER-C2 125\\)")
        .contains("SHOP-2001 earned again         same key: the first receipt, nothing posted twice")
        .containsPattern("EARN +\\+50 +balance 247 +earned\\n");
  }

  @Test
  @DisplayName("moves the member up to Gold at once and down to Silver at the review she falls short at")
  void upgradesAndDowngradesTiers() {
    assertThat(chapter)
        .contains("tier Silver → Gold at once (667 qualifying points ≥ 500); next review 2028-10-04")
        .contains("stays Gold until the review (247 qualifying points)")
        .containsPattern("2028-10-31 23:00Z  end of 2028-10: .*\\n +علی رضایی +review of 2028-10-04: "
            + "360 qualifying points < 500, Gold → Silver");
  }

  @Test
  @DisplayName("takes back what is left of a partly spent order's points and records the rest as arrears")
  void returnsAPartlySpentOrder() {
    assertThat(chapter)
        .containsPattern("REDEEM +-450 +balance 217 +Barista course")
        .containsPattern("REVERSAL +-217 +balance 0 +returned, shortfall 203")
        .contains("balance 0, arrears 203.")
        .contains("a 100-point voucher is refused:")
        .containsPattern("EARN +\\+360 +balance 360 .*\\n +SETTLEMENT +-203 +balance 157 +arrears settled");
  }

  @Test
  @DisplayName("expires the lots of a month at that month's end in Berlin, after a reminder")
  void expiresAtMonthEnd() {
    assertThat(chapter)
        .containsPattern("2028-09-30 22:00Z  end of 2028-09: .*\\n +José García +96 points expire; balance 0")
        .contains("reminder for علی رضایی: 157 points expire 2028-11-30 23:00Z")
        .containsPattern("2028-11-30 23:00Z  end of 2028-11: .*\\n +علی رضایی +157 points expire; balance 0");
  }

  @Test
  @DisplayName("prints a statement whose closing balance is the opening plus the postings")
  void printsAStatementThatAddsUp() {
    Matcher statement = Pattern.compile("(?s)Statement of علی رضایی.*?opening +(-?\\d+)\\s*\\n(.*?)\\n +closing +(-?\\d+)")
        .matcher(chapter);
    assertThat(statement.find()).as("statement printed").isTrue();
    long opening = Long.parseLong(statement.group(1));
    long closing = Long.parseLong(statement.group(3));
    Matcher posting = Pattern.compile("(?m)^ +\\S+ \\S+ +[A-Z]+ +([+-]\\d+) +(-?\\d+)").matcher(statement.group(2));
    long sum = 0;
    int count = 0;
    while (posting.find()) {
      sum += Long.parseLong(posting.group(1));
      assertThat(Long.parseLong(posting.group(2))).as("running balance").isEqualTo(opening + sum);
      count++;
    }
    assertThat(count).isEqualTo(6);
    assertThat(opening).isEqualTo(247);
    assertThat(closing).isEqualTo(opening + sum).isZero();
    assertThat(chapter).contains("opening 247 + credits 780 − debits 1027 = closing 0");
  }

  @Test
  @DisplayName("prints the programme KPIs")
  void printsKpis() {
    assertThat(chapter)
        .contains("per tier Silver 7, Gold 0")
        .contains("earned 1156, redeemed 450, expired 503, arrears 0")
        .contains("outstanding 0 points, liability EUR 0.00; breakage 0.4351, redemption rate 0.3893");
    assertThat(run.out()).containsPattern("\\d+ +LoyaltyEvent\\.TierChanged");
  }

  @Test
  @DisplayName("prints the same chapter on every run with --at")
  void isReproducible() {
    assertThat(chapter(Run.of("demo", "--at", AT))).isEqualTo(chapter);
  }

  private static String chapter(Run r) {
    String out = r.out();
    int start = out.indexOf(". A loyalty programme");
    int end = out.indexOf(". Events", start);
    assertThat(start).as("chapter printed").isNotNegative();
    return out.substring(start, end);
  }
}
