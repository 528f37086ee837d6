package org.mehrcrm.loyalty;

import java.util.List;
import java.util.Optional;
import org.mehrcrm.kernel.ConcurrentUpdateException;

/**
 * The port where programmes are kept; implemented by storage adapters.
 *
 * <p>Example: {@code programmes.findById(ProgrammeId.of("club")).map(Programme::zone)}.
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li><b>Thread-safety:</b> every method may be called from many threads at once.</li>
 *   <li><b>Save and revisions:</b> {@link #save} stores a programme whose
 *       {@link Programme#revision()} equals the stored revision (0 when none is stored) and
 *       returns it at revision + 1 ({@link Programme#atRevision}); otherwise it fails with
 *       {@link ConcurrentUpdateException} and writes nothing.</li>
 *   <li><b>Rule versions</b> are stored whole and in order; a programme's earlier rule versions
 *       must read back exactly as saved, because past earnings were computed with them. Custom
 *       {@link EarningRule} implementations are the host's classes: an adapter that cannot
 *       serialise them may keep programmes in code and implement this port read-only.</li>
 *   <li><b>Lookups</b> never return {@code null}; {@link #findAll} is ordered by id.</li>
 * </ul>
 *
 * @since 0.1
 */
public interface ProgrammeRepository {

  /**
   * Finds a programme.
   *
   * @param id the programme
   * @return the programme, or empty
   */
  Optional<Programme> findById(ProgrammeId id);

  /**
   * Returns every programme, by id.
   *
   * @return the programmes
   */
  List<Programme> findAll();

  /**
   * Stores a new or changed programme with an optimistic revision check.
   *
   * @param programme the programme, at the revision it was read at
   * @return the stored programme at the next revision
   * @throws ConcurrentUpdateException if the stored revision differs
   */
  Programme save(Programme programme);
}
