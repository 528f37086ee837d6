package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.InvalidFieldException;

/**
 * One version of a service-level policy, as a case refers to it: a case keeps the version it
 * started with.
 *
 * <p>Example: {@code SlaPolicyRef.of("standard", 3)}; the string form {@code "standard@3"}.
 * Immutable and thread-safe.
 *
 * @param policy the policy
 * @param version the version, from 1
 */
public record SlaPolicyRef(SlaPolicyId policy, int version) {

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the version is below 1
   */
  public SlaPolicyRef {
    requireNonNull(policy, "policy");
    if (version < 1) {
      throw new InvalidFieldException("slaPolicy.version", "must be at least 1");
    }
  }

  /**
   * Returns a reference.
   *
   * @param policy the policy's id
   * @param version the version
   * @return the reference
   */
  public static SlaPolicyRef of(String policy, int version) {
    return new SlaPolicyRef(SlaPolicyId.of(policy), version);
  }

  /** Returns {@code policy@version}. */
  @Override
  public String toString() {
    return policy + "@" + version;
  }
}
