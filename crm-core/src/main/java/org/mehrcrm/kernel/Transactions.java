package org.mehrcrm.kernel;

import java.util.function.Supplier;

/**
 * The transaction boundary: runs a unit of work so that all of its writes happen, or none.
 *
 * <p>Services run every multi-write change through it, so a host can bind it to its own
 * transaction manager:
 * <pre>{@code
 * Customer saved = transactions.inTransaction(() -> {
 *   Customer c = repository.save(customer);
 *   outbox.record(customer.pendingEvents());
 *   return c;
 * });
 * }</pre>
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li>If {@code work} returns, every write it made through the provider's repositories and
 *       outbox is committed together; if it throws, none is, and the exception propagates
 *       unchanged.</li>
 *   <li>A nested call joins the enclosing unit of work.</li>
 *   <li>Reads inside the unit of work see its own writes; other threads do not see them before
 *       commit.</li>
 *   <li>Implementations are thread-safe.</li>
 * </ul>
 */
@FunctionalInterface
public interface Transactions {

  /**
   * Runs work as one atomic unit.
   *
   * @param work the work; it may throw any runtime exception to roll back
   * @param <T> the result type
   * @return what the work returned
   */
  <T> T inTransaction(Supplier<T> work);
}
