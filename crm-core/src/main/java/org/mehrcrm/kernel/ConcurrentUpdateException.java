package org.mehrcrm.kernel;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when an aggregate is saved from a stale version: somebody else saved it first.
 *
 * <p>Nothing was written. Reload the aggregate, re-apply the command and save again:
 * <pre>{@code
 * // customer C-7 was read at version 3, but version 4 is stored
 * throw new ConcurrentUpdateException("customer", "C-7", 3, 4);
 * }</pre>
 */
public final class ConcurrentUpdateException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param kind the kind of aggregate, e.g. {@code "customer"}
   * @param id the aggregate's identifier
   * @param expectedVersion the version the caller read (0 for a new aggregate)
   * @param actualVersion the version that is stored (0 when none is stored)
   */
  public ConcurrentUpdateException(String kind, String id, long expectedVersion, long actualVersion) {
    super(requireNonNull(kind, "kind") + " " + requireNonNull(id, "id")
        + ": was changed concurrently (expected version " + expectedVersion
        + ", stored version " + actualVersion + ")");
    this.kind = kind;
    this.id = id;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * Returns the kind of aggregate.
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the aggregate's identifier.
   *
   * @return the identifier's string form
   */
  public String id() {
    return id;
  }

  /**
   * Returns the version the caller based its change on.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * Returns the version found in storage.
   *
   * @return the stored version, 0 when nothing is stored
   */
  public long actualVersion() {
    return actualVersion;
  }
}
