package org.mehrcrm.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ScoresProperties {

  @Property(tries = 300)
  void npsStaysWithinItsScaleAndItsIntervalHoldsIt(
      @ForAll @Size(min = 1, max = 200) List<@IntRange(max = 10) Integer> answers) {
    Score s = Scores.compute(ScoreKind.NPS, histogram(answers), answers.size());
    assertThat(s.value()).isBetween(-100.0, 100.0);
    assertThat(s.lower()).isLessThanOrEqualTo(s.value());
    assertThat(s.upper()).isGreaterThanOrEqualTo(s.value());
    long promoters = answers.stream().filter(a -> a >= 9).count();
    long detractors = answers.stream().filter(a -> a <= 6).count();
    assertThat(s.value()).isCloseTo(100.0 * (promoters - detractors) / answers.size(),
        org.assertj.core.api.Assertions.within(1e-9));
  }

  @Property(tries = 300)
  void csatAndCesIntervalsHoldTheirValueAndStayOnTheScale(
      @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 1, max = 5) Integer> answers) {
    Score csat = Scores.compute(ScoreKind.CSAT, histogram(answers), answers.size() * 2);
    assertThat(csat.lower()).isBetween(0.0, csat.value() + 1e-9);
    assertThat(csat.upper()).isBetween(csat.value() - 1e-9, 100.0 + 1e-9);
    assertThat(csat.responseRate()).isEqualTo(0.5);
    Score ces = Scores.compute(ScoreKind.CES, histogram(answers), answers.size());
    assertThat(ces.lower()).isBetween(1.0, ces.value() + 1e-9);
    assertThat(ces.upper()).isBetween(ces.value() - 1e-9, 7.0);
  }

  private static int[] histogram(List<Integer> answers) {
    int[] h = new int[11];
    answers.forEach(a -> h[a]++);
    return h;
  }
}
