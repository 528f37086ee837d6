package org.mehrcrm.complaint;

import org.mehrcrm.kernel.Ids;

/**
 * The identifier of a service-level policy, shared by all of its versions.
 *
 * <p>Example: {@code SlaPolicyId.of("standard")}. Immutable and thread-safe.
 *
 * @param value the identifier's string form
 */
public record SlaPolicyId(String value) implements Comparable<SlaPolicyId> {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public SlaPolicyId {
    Ids.requireValid(value, "slaPolicyId");
  }

  /**
   * Returns the identifier with the given string form.
   *
   * @param value the string form
   * @return the identifier
   */
  public static SlaPolicyId of(String value) {
    return new SlaPolicyId(value);
  }

  @Override
  public int compareTo(SlaPolicyId other) {
    return value.compareTo(other.value);
  }

  /** Returns the string form. */
  @Override
  public String toString() {
    return value;
  }
}
