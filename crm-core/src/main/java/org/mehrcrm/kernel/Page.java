package org.mehrcrm.kernel;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paged query, with the request for the next page if there is one.
 *
 * <p>Example: {@code if (page.hasNext()) next = repository.search(query, page.next());}.
 * Immutable and thread-safe.
 *
 * @param items the items, in identifier order
 * @param nextRequest the request for the next page, or {@code null} on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, @Nullable PageRequest nextRequest) {

  /** Copies the items. */
  public Page {
    items = List.copyOf(requireNonNull(items, "items"));
  }

  /**
   * Builds a page from a look-ahead fetch: the caller fetched up to {@code request.size() + 1}
   * items in identifier order; an extra item means another page follows.
   *
   * @param fetched up to {@code request.size() + 1} items after {@code request.after()}
   * @param request the request being answered
   * @param keyOf the identifier of an item, as used for {@link PageRequest#after()}
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, String> keyOf) {
    requireNonNull(fetched, "fetched");
    requireNonNull(request, "request");
    requireNonNull(keyOf, "keyOf");
    if (fetched.size() <= request.size()) {
      return new Page<>(fetched, null);
    }
    List<T> items = fetched.subList(0, request.size());
    String last = keyOf.apply(items.get(items.size() - 1));
    return new Page<>(items, new PageRequest(last, request.size()));
  }

  /**
   * Tells whether another page follows.
   *
   * @return true if {@link #next()} may be called
   */
  public boolean hasNext() {
    return nextRequest != null;
  }

  /**
   * Returns the request for the next page.
   *
   * @return the request
   * @throws IllegalStateException on the last page
   */
  public PageRequest next() {
    if (nextRequest == null) {
      throw new IllegalStateException("this is the last page");
    }
    return nextRequest;
  }
}
