package org.mehrcrm.kernel;

import org.jspecify.annotations.Nullable;

/**
 * A request for one page of a keyset-paged query: the page size and where the last page ended.
 *
 * <p>Pages are ordered by identifier; {@code after} is the identifier of the last item already
 * seen (exclusive), or {@code null} for the first page:
 * <pre>{@code
 * Page<Customer> page = customers.search(actor, query, PageRequest.first(50));
 * while (page.hasNext()) { page = customers.search(actor, query, page.next()); }
 * }</pre>
 * Keyset paging stays stable when items are added while a caller pages through. Immutable and
 * thread-safe.
 *
 * @param after the identifier after which the page starts, or {@code null} for the first page
 * @param size the most items on the page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(@Nullable String after, int size) {
  /** The largest page size accepted. */
  public static final int MAX_SIZE = 1000;

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the size is out of range
   */
  public PageRequest {
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidFieldException("size", "must be between 1 and " + MAX_SIZE);
    }
  }

  /**
   * Returns the request for the first page.
   *
   * @param size the most items on the page
   * @return the request
   */
  public static PageRequest first(int size) {
    return new PageRequest(null, size);
  }
}
