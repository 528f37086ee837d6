package org.mehrcrm.purchase;

import static java.util.Objects.requireNonNull;

/**
 * What an idempotent report led to: the stored record, and whether this report stored it or an
 * identical earlier report had.
 *
 * <p>Example: {@code boolean firstReport = repository.record(purchase).created();}.
 * Immutable and thread-safe.
 *
 * @param stored the record as stored (the first report's, when repeated)
 * @param created true if this call stored it, false if it was already there
 * @param <T> the record type
 */
public record RecordOutcome<T>(T stored, boolean created) {

  /** Checks for null. */
  public RecordOutcome {
    requireNonNull(stored, "stored");
  }
}
