package org.mehrcrm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("crm demo: the complaints chapter")
class DemoComplaintChapterTest {
  private static final String AT = "2026-11-23T10:00:00Z";
  private static final Pattern CHAPTER =
      Pattern.compile("\\d+\\. Complaints, service times and satisfaction\\R.*?(?=\\R\\R\\d+\\. |\\z)", Pattern.DOTALL);
  private static Run run;
  private static String chapter;

  @BeforeAll
  static void runDemo() {
    run = Run.of("demo", "--at", AT);
    chapter = chapter(run);
  }

  @Test
  @DisplayName("simulates an office week in Tehran with a Friday weekend and a holiday")
  void tellsTheWeekAndItsCalendar() {
    assertThat(run.exitCode()).isZero();
    assertThat(chapter)
        .contains("Sat–Wed 08:00–16:00, Thu 08:00–12:00, Friday off,")
        .contains("and Tuesday 2029-02-06 is a holiday.")
        .containsPattern("Sat 03 Feb 09:00  files +شرکت فولاد پارس +quality, HIGH, email → agent-7");
  }

  @Test
  @DisplayName("pauses the case that waits on the customer: its resolution clock stops")
  void pausesWhileWaitingOnTheCustomer() {
    assertThat(chapter)
        .containsPattern("asks for the batch numbers; waits on the customer \\(waiting_on_customer\\)")
        .containsPattern("resolve +goal 16h00  elapsed  2h00  due Mon 05 Feb 09:00 paused");
  }

  @Test
  @DisplayName("breaches the neglected case, opens one follow-up task for its owner, defers the warning over the holiday and escalates")
  void breachesAndEscalates() {
    assertThat(chapter)
        .contains("José García: first response target breached at Sun 04 Feb 09:00")
        .contains("follow-up task for agent-12, high priority, due Sun 04 Feb 09:00:"
            + " \"Overdue complaint José García's case: FIRST_RESPONSE target missed\"")
        .containsPattern("resolve +goal 24h00  elapsed 21h00  due Wed 07 Feb 09:00 running, warning")
        .contains("Tue 06 Feb 10:00  scheduler runDue   José García: warn-lead → notify lead-1, deferred: outside office hours")
        .contains("José García: resolve target breached at Wed 07 Feb 09:00")
        .contains("José García: lead-takes-over → reassign to lead-1")
        .contains("José García: raise-priority → raise priority")
        .contains("no second follow-up task: the customer's complaint task is still open")
        .contains("Wed 07 Feb 10:00  scheduler again    same moment, nothing new")
        .contains("· José García: closed, HIGH, round 0, 1 hand-off(s), owner lead-1")
        .containsPattern("resolve +goal 16h00  elapsed 27h00  due - +BREACHED at Wed 07 Feb 09:00");
  }

  @Test
  @DisplayName("surveys the closed cases; the low score opens a call-back task")
  void surveysAndCallsBack() {
    assertThat(chapter)
        .containsPattern("· José García +scored 2")
        .contains("the low score opened a call-back task: \"Call back: scored 2\", high priority, due Thu 08 Feb 09:00");
    assertThat(run.out()).containsPattern("\\b1  SatisfactionEvent\\.FollowUpRequested");
  }

  @Test
  @DisplayName("prints the complaint KPIs of the week")
  void printsTheKpis() {
    assertThat(chapter)
        .contains("Complaint KPIs for the week, as of Thu 08 Feb 12:00 (3 cases, 7 customers):")
        .contains("first response   median 4h00, p90 27h00 business hours")
        .contains("resolution       median 12h30, p90 27h00 business hours")
        .contains("SLA compliance   78% of decided targets met (acknowledge 100%, first response 67%, resolve 67%)")
        .contains("reopen rate      33%")
        .contains("hand-off rate    0% passed on twice or more")
        .contains("per 1,000        428.6 complaints per 1,000 customers")
        .contains("remedy cost      EUR 429.90 (EUR 61.41 per customer)")
        .contains("CSAT after       67% satisfied (4–5), 3 of 3 invited answered, 95% interval 21–94%");
  }

  @Test
  @DisplayName("prints the same chapter on every run with --at")
  void isReproducible() {
    assertThat(chapter(Run.of("demo", "--at", AT))).isEqualTo(chapter);
  }

  private static String chapter(Run r) {
    Matcher m = CHAPTER.matcher(r.out());
    if (!m.find()) {
      throw new AssertionError("no complaints chapter in:\n" + r.out());
    }
    return m.group();
  }
}
