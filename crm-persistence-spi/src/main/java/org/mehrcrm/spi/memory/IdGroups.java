package org.mehrcrm.spi.memory;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;

/**
 * Operations on the compact id groups held as index values where most keys belong to one customer
 * (contact addresses, search names): a lone {@link CustomerId}, or a sorted {@code CustomerId[]}
 * of two or more.
 *
 * <p>Example: {@code Object group = IdGroups.with(null, id); group = IdGroups.with(group, other);}
 * A group is never changed in place, so readers may use it without a lock.
 */
final class IdGroups {
  private IdGroups() {}

  /**
   * Returns the group with an id added.
   *
   * @param group the group, or {@code null} for none
   * @param id the id to add
   * @return the new group (the same one if the id was present)
   */
  static Object with(@Nullable Object group, CustomerId id) {
    if (group == null) {
      return id;
    }
    if (group instanceof CustomerId single) {
      int order = single.compareTo(id);
      if (order == 0) {
        return single;
      }
      return order < 0 ? new CustomerId[] {single, id} : new CustomerId[] {id, single};
    }
    CustomerId[] ids = (CustomerId[]) group;
    int found = Arrays.binarySearch(ids, id);
    if (found >= 0) {
      return ids;
    }
    int at = -found - 1;
    CustomerId[] grown = new CustomerId[ids.length + 1];
    System.arraycopy(ids, 0, grown, 0, at);
    grown[at] = id;
    System.arraycopy(ids, at, grown, at + 1, ids.length - at);
    return grown;
  }

  /**
   * Returns the group with an id removed.
   *
   * @param group the group
   * @param id the id to remove
   * @return the new group, or {@code null} if it became empty
   */
  static @Nullable Object without(Object group, CustomerId id) {
    if (group instanceof CustomerId single) {
      return single.equals(id) ? null : single;
    }
    CustomerId[] ids = (CustomerId[]) group;
    int at = Arrays.binarySearch(ids, id);
    if (at < 0) {
      return ids;
    }
    if (ids.length == 2) {
      return ids[1 - at];
    }
    CustomerId[] shrunk = new CustomerId[ids.length - 1];
    System.arraycopy(ids, 0, shrunk, 0, at);
    System.arraycopy(ids, at + 1, shrunk, at, shrunk.length - at);
    return shrunk;
  }

  /**
   * Returns the ids of a group, in id order.
   *
   * @param group the group, or {@code null} for none
   * @return the ids
   */
  static List<CustomerId> ids(@Nullable Object group) {
    if (group == null) {
      return List.of();
    }
    if (group instanceof CustomerId single) {
      return List.of(single);
    }
    return List.of((CustomerId[]) group);
  }
}
