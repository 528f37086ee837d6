package org.mehrcrm.spi.memory;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mehrcrm.loyalty.Programme;
import org.mehrcrm.loyalty.ProgrammeId;
import org.mehrcrm.loyalty.ProgrammeRepository;

/**
 * The in-memory programme repository: programmes saved with revisions, kept in id order. Earning
 * rules are held as the objects given, so host-defined rules read back exactly.
 *
 * <p>Example: {@code provider.programmes().findById(ProgrammeId.of("club"))}. Thread-safe; inside
 * a unit of work it sees that unit's own saves.
 */
final class MemoryProgrammeRepository implements ProgrammeRepository {
  private final MemoryStore store;
  private final MemoryTable<ProgrammeId, Programme> programmes =
      MemoryTable.versioned("programme", Programme::id, Programme::revision, Programme::atRevision);
  private final ConcurrentSkipListMap<ProgrammeId, Programme> byId = new ConcurrentSkipListMap<>();

  MemoryProgrammeRepository(MemoryStore store) {
    this.store = store;
    programmes.index((before, after) -> byId.put(after.id(), after));
  }

  @Override
  public Optional<Programme> findById(ProgrammeId id) {
    return Optional.ofNullable(store.get(programmes, requireNonNull(id, "id")));
  }

  @Override
  public List<Programme> findAll() {
    try (Stream<Programme> all = store.overlay(programmes, byId.values().stream(), p -> true,
        Comparator.comparing(Programme::id))) {
      return all.collect(Collectors.toUnmodifiableList());
    }
  }

  @Override
  public Programme save(Programme programme) {
    return store.save(programmes, requireNonNull(programme, "programme"));
  }
}
