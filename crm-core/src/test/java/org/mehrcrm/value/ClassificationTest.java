package org.mehrcrm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.InvalidFieldException;

class ClassificationTest {
  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");

  private static CustomerId id(int n) {
    return CustomerId.of("C" + n);
  }

  @Test
  @DisplayName("RFM levels are quantiles: each of 5 bins holds a fifth of 10 customers, recent is best")
  void rfmLevelsAreQuantiles() {
    double[] since = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] purchases = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    double[] value = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    List<RfmScore> scores = RfmScoring.withBins(5).score(since, purchases, value);
    assertThat(scores).extracting(RfmScore::toString)
        .containsExactly("551", "551", "442", "442", "333", "333", "224", "224", "115", "115");
    assertThat(scores.get(0).segment()).isEqualTo(RfmSegment.CHAMPIONS);
    assertThat(scores.get(9).segment()).isEqualTo(RfmSegment.LOST);
  }

  @Test
  @DisplayName("tied values share an RFM level")
  void tiesShareALevel() {
    List<RfmScore> scores = RfmScoring.withBins(4).score(new double[] {3, 3, 3, 1}, new double[] {1, 1, 1, 1},
        new double[] {5, 5, 6, 7});
    assertThat(scores).extracting(RfmScore::recency).containsExactly(1, 1, 1, 4);
    assertThat(scores).extracting(RfmScore::frequency).containsExactly(1, 1, 1, 1);
  }

  @Test
  @DisplayName("the R x F grid names the segments; other bin counts are rescaled to five levels")
  void segmentsFollowTheGrid() {
    assertThat(RfmSegment.of(5, 1)).isEqualTo(RfmSegment.NEW);
    assertThat(RfmSegment.of(4, 1)).isEqualTo(RfmSegment.PROMISING);
    assertThat(RfmSegment.of(1, 5)).isEqualTo(RfmSegment.CANNOT_LOSE);
    assertThat(RfmSegment.of(2, 4)).isEqualTo(RfmSegment.AT_RISK);
    assertThat(RfmSegment.of(2, 1)).isEqualTo(RfmSegment.HIBERNATING);
    assertThat(RfmSegment.of(3, 3)).isEqualTo(RfmSegment.NEED_ATTENTION);
    assertThat(RfmSegment.of(3, 2)).isEqualTo(RfmSegment.ABOUT_TO_SLEEP);
    assertThat(RfmSegment.of(4, 5)).isEqualTo(RfmSegment.LOYAL);
    assertThat(RfmSegment.of(5, 3)).isEqualTo(RfmSegment.POTENTIAL_LOYALISTS);
    assertThat(new RfmScore(10, 10, 1, 10).segment()).isEqualTo(RfmSegment.CHAMPIONS);
    assertThat(new RfmScore(10, 10, 1, 10)).hasToString("XX1");
    assertThatThrownBy(() -> new RfmScore(6, 1, 1, 5)).isInstanceOf(InvalidFieldException.class)
        .hasMessage("recency: must lie between 1 and 5");
    assertThatThrownBy(() -> RfmScoring.withBins(1)).isInstanceOf(InvalidFieldException.class)
        .hasMessage("bins: must lie between 2 and 10");
  }

  @Test
  @DisplayName("RFM scores are values")
  void rfmScoresAreValues() {
    new EqualsTester()
        .addEqualityGroup(new RfmScore(5, 4, 3, 5), new RfmScore(5, 4, 3, 5))
        .addEqualityGroup(new RfmScore(5, 4, 3, 6))
        .testEquals();
  }

  @Test
  @DisplayName("Pareto classes follow the cumulative share 80/15/5; no positive value is always C")
  void paretoClassesByCumulativeShare() {
    Map<CustomerId, Double> value = new LinkedHashMap<>();
    value.put(id(1), 70.0);
    value.put(id(2), 15.0);
    value.put(id(3), 10.0);
    value.put(id(4), 5.0);
    value.put(id(5), 0.0);
    value.put(id(6), -3.0);
    Map<CustomerId, ValueClass> classes = ParetoClassification.standard().classify(value);
    // Before C1 0% -> A; before C2 70% -> A; before C3 85% -> B; before C4 95% -> C.
    assertThat(classes).containsExactly(
        Map.entry(id(1), ValueClass.A), Map.entry(id(2), ValueClass.A), Map.entry(id(3), ValueClass.B),
        Map.entry(id(4), ValueClass.C), Map.entry(id(5), ValueClass.C), Map.entry(id(6), ValueClass.C));
    assertThat(ParetoClassification.of(0.5, 0.3).classify(value).get(id(2))).isEqualTo(ValueClass.B);
    assertThatThrownBy(() -> ParetoClassification.of(0.9, 0.2)).isInstanceOf(InvalidFieldException.class)
        .hasMessage("bShare: must be >= 0 and leave aShare + bShare <= 1");
  }

  @Test
  @DisplayName("the class history keeps changes only, in time order, and answers what the class was then")
  void classHistoryKeepsChanges() {
    ClassHistory history = ClassHistory.empty(id(1))
        .record(ValueClass.B, JAN)
        .record(ValueClass.B, JAN.plusSeconds(60))
        .record(ValueClass.A, FEB);
    assertThat(history.changes()).extracting(ClassHistory.Change::valueClass).containsExactly(ValueClass.B, ValueClass.A);
    assertThat(history.current()).contains(ValueClass.A);
    assertThat(history.at(JAN.plusSeconds(3600))).contains(ValueClass.B);
    assertThat(history.at(JAN.minusSeconds(1))).isEmpty();
    assertThatThrownBy(() -> history.record(ValueClass.C, JAN)).isInstanceOf(InvalidFieldException.class)
        .hasMessage("at: must not lie before the last change");
  }

  @Test
  @DisplayName("key-account candidates are A by value or by potential, highest potential first")
  void keyAccountCandidates() {
    Map<CustomerId, Double> value = Map.of(id(1), 80.0, id(2), 10.0, id(3), 10.0);
    Map<CustomerId, Double> potential = Map.of(id(1), 5.0, id(2), 90.0, id(3), 5.0);
    List<KeyAccountCandidate> candidates = KeyAccountCandidate.select(value, potential,
        ParetoClassification.standard());
    assertThat(candidates).extracting(KeyAccountCandidate::customer, KeyAccountCandidate::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(id(2), "A by potential"),
            org.assertj.core.groups.Tuple.tuple(id(1), "A by value"));
  }
}
