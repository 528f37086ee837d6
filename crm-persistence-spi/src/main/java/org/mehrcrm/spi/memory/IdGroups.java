package org.mehrcrm.spi.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;

/**
 * Operations on the values of the contact index, where almost every address belongs to one
 * customer: that customer itself (its committed version, so a lookup needs no second map read), or
 * a sorted {@code CustomerId[]} of two or more holders.
 *
 * <p>Example: {@code Object group = IdGroups.with(null, ali); group = IdGroups.with(group, sara);}
 * A group is never changed in place, so readers may use it without a lock.
 */
final class IdGroups {
  private IdGroups() {}

  /**
   * Returns the group with a holder added, or refreshed to its new version.
   *
   * @param group the group, or {@code null} for none
   * @param holder the holder's committed version
   * @return the new group
   */
  static Object with(@Nullable Object group, Customer holder) {
    CustomerId id = holder.id();
    if (group == null) {
      return holder;
    }
    if (group instanceof Customer single) {
      int order = single.id().compareTo(id);
      if (order == 0) {
        return holder;
      }
      return order < 0 ? new CustomerId[] {single.id(), id} : new CustomerId[] {id, single.id()};
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
   * Returns the group with a holder removed.
   *
   * @param group the group
   * @param id the holder to remove
   * @param current the committed version of a remaining holder, for a group shrinking to one
   * @return the new group, or {@code null} if it became empty
   */
  static @Nullable Object without(Object group, CustomerId id, Function<CustomerId, Customer> current) {
    if (group instanceof Customer single) {
      return single.id().equals(id) ? null : single;
    }
    CustomerId[] ids = (CustomerId[]) group;
    int at = Arrays.binarySearch(ids, id);
    if (at < 0) {
      return ids;
    }
    if (ids.length == 2) {
      return current.apply(ids[1 - at]);
    }
    CustomerId[] shrunk = new CustomerId[ids.length - 1];
    System.arraycopy(ids, 0, shrunk, 0, at);
    System.arraycopy(ids, at + 1, shrunk, at, shrunk.length - at);
    return shrunk;
  }

  /**
   * Returns the holders of a group, in id order.
   *
   * @param group the group, or {@code null} for none
   * @param current the committed version of a holder, or {@code null} if it is gone
   * @return the holders
   */
  static List<Customer> holders(@Nullable Object group, Function<CustomerId, @Nullable Customer> current) {
    if (group == null) {
      return List.of();
    }
    if (group instanceof Customer single) {
      return List.of(single);
    }
    CustomerId[] ids = (CustomerId[]) group;
    List<Customer> holders = new ArrayList<>(ids.length);
    for (CustomerId id : ids) {
      Customer c = current.apply(id);
      if (c != null) {
        holders.add(c);
      }
    }
    return holders;
  }
}
