package org.mehrcrm.loyalty;

import org.mehrcrm.kernel.Ids;

/**
 * The identifier of a loyalty programme.
 *
 * <p>Example: {@code ProgrammeId.of("bonus-club")}. Opaque; see {@link Ids} for the rule it follows.
 * Immutable and thread-safe.
 *
 * @param value the identifier's string form
 * @since 0.1
 */
public record ProgrammeId(String value) implements Comparable<ProgrammeId> {

  /**
   * Validates the value.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public ProgrammeId {
    Ids.requireValid(value, "programmeId");
  }

  /**
   * Returns the identifier with the given string form.
   *
   * @param value the string form
   * @return the identifier
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a valid identifier
   */
  public static ProgrammeId of(String value) {
    return new ProgrammeId(value);
  }

  @Override
  public int compareTo(ProgrammeId other) {
    return value.compareTo(other.value);
  }

  /** Returns the string form, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return value;
  }
}
