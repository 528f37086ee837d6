package org.mehrcrm.spi.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.mehrcrm.customer.CustomerId;

/** The compact sorted id set behind the in-memory indexes, against a {@link TreeSet} model. */
class SortedIdSetTest {

  private static CustomerId id(int n) {
    return CustomerId.of(String.format("C-%06d", n));
  }

  private static List<CustomerId> drain(Iterator<CustomerId> it) {
    List<CustomerId> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void behavesLikeASortedSetUnderRandomAddsAndRemoves() {
    SortedIdSet set = new SortedIdSet();
    TreeSet<CustomerId> model = new TreeSet<>();
    Random random = new Random(3);
    for (int step = 0; step < 20_000; step++) {
      CustomerId id = id(random.nextInt(3_000));
      if (random.nextInt(3) == 0) {
        assertThat(set.remove(id)).isEqualTo(model.remove(id));
      } else {
        assertThat(set.add(id)).isEqualTo(model.add(id));
      }
    }

    assertThat(set.size()).isEqualTo(model.size());
    assertThat(drain(set.after(null))).containsExactlyElementsOf(model);
    assertThat(drain(set.after("C-001500"))).containsExactlyElementsOf(model.tailSet(id(1500), false));
    assertThat(set.contains(model.first())).isTrue();
  }

  @Test
  void appendingInOrderKeepsChunksFull() {
    SortedIdSet set = new SortedIdSet();
    for (int i = 0; i < 10 * SortedIdSet.MAX_CHUNK; i++) {
      set.add(id(i));
    }

    assertThat(drain(set.after(null))).hasSize(10 * SortedIdSet.MAX_CHUNK).isSorted();
    assertThat(drain(set.after("C-000100"))).first().isEqualTo(id(101));
  }

  @Test
  void iteratorsNeitherRepeatNorMissStableIdsWhileTheSetChanges() throws Exception {
    SortedIdSet set = new SortedIdSet();
    List<CustomerId> stable = new ArrayList<>();
    for (int i = 0; i < 4_000; i += 2) {
      set.add(id(i));
      stable.add(id(i));
    }
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService writer = Executors.newSingleThreadExecutor();
    Future<?> churn = writer.submit(() -> {
      Random random = new Random(5);
      while (!stop.get()) {
        CustomerId odd = id(random.nextInt(2_000) * 2 + 1);
        if (!set.add(odd)) {
          set.remove(odd);
        }
      }
    });
    try {
      for (int pass = 0; pass < 200; pass++) {
        List<CustomerId> seen = drain(set.after(null));

        assertThat(seen).isSorted();
        assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
        assertThat(new HashSet<>(seen).containsAll(stable)).as("every stable id seen").isTrue();
      }
    } finally {
      stop.set(true);
      churn.get(10, TimeUnit.SECONDS);
      writer.shutdown();
    }
  }
}
