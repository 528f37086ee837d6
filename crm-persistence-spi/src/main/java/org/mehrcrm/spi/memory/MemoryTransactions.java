package org.mehrcrm.spi.memory;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.mehrcrm.kernel.Transactions;

/**
 * The in-memory transaction boundary: buffers a unit of work's writes per thread and commits them
 * at once; a nested call joins the open unit and, if it throws, undoes only its own writes.
 *
 * <p>Example: {@code transactions.inTransaction(() -> repository.save(customer))}. Thread-safe.
 */
final class MemoryTransactions implements Transactions {
  private final MemoryStore store;

  MemoryTransactions(MemoryStore store) {
    this.store = store;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return store.inUnit(requireNonNull(work, "work"));
  }
}
