package org.mehrcrm.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;

/** The chunked name-prefix index, against a model of (name, id) pairs. */
class NameIndexTest {
  private static final String[] NAMES = {"ali rezaei", "ali", "alina karimi", "علی رضایی", "علی",
      "иван петров", "ивана", "zoe", "rezaei ali", "karimi alina"};

  private record Pair(String name, CustomerId id) {}

  private static List<CustomerId> expected(List<Pair> model, String prefix) {
    return model.stream().filter(p -> p.name().startsWith(prefix)).map(Pair::id)
        .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.toList());
  }

  private static List<CustomerId> collected(NameIndex index, String prefix) {
    List<CustomerId> hits = new ArrayList<>();
    assertThat(index.collect(prefix, null, Integer.MAX_VALUE - 1, hits)).isTrue();
    return hits.stream().sorted().distinct().collect(Collectors.toList());
  }

  @Test
  void findsExactlyTheIdsUnderEachPrefixThroughAddsAndRemoves() {
    NameIndex index = new NameIndex();
    List<Pair> model = new ArrayList<>();
    Random random = new Random(9);
    for (int step = 0; step < 6_000; step++) {
      Pair pair = new Pair(NAMES[random.nextInt(NAMES.length)] + (random.nextBoolean() ? "" : " " + random.nextInt(20)),
          CustomerId.of("C-" + random.nextInt(300)));
      if (random.nextInt(3) == 0) {
        index.remove(pair.name(), pair.id());
        model.remove(pair);
      } else if (!model.contains(pair)) {
        index.add(pair.name(), pair.id());
        model.add(pair);
      }
    }

    for (String prefix : List.of("a", "ali", "ali ", "ali rezaei 1", "علی", "علی ر", "ив", "иван ", "z", "q", "r")) {
      assertThat(collected(index, prefix)).as(prefix).isEqualTo(expected(model, prefix));
    }
  }

  @Test
  void stopsCollectingBeyondTheLimitAndSkipsIdsUpToAfter() {
    NameIndex index = new NameIndex();
    for (int i = 0; i < 200; i++) {
      index.add("ali", CustomerId.of(String.format("C-%03d", i)));
    }

    assertThat(index.collect("al", null, 150, new ArrayList<>())).isFalse();
    List<CustomerId> hits = new ArrayList<>();
    assertThat(index.collect("al", "C-189", 150, hits)).isTrue();
    assertThat(hits).extracting(CustomerId::value).containsExactlyInAnyOrder(
        "C-190", "C-191", "C-192", "C-193", "C-194", "C-195", "C-196", "C-197", "C-198", "C-199");
  }
}
