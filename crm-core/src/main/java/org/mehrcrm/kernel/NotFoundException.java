package org.mehrcrm.kernel;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when an aggregate that a command needs does not exist.
 *
 * <p>Example: {@code new NotFoundException("customer", "C-1001")} reads
 * {@code "customer C-1001: not found"}. Queries never throw it: they return an empty
 * {@link java.util.Optional}.
 */
public final class NotFoundException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind the kind of aggregate, e.g. {@code "customer"}
   * @param id the identifier that was looked up
   */
  public NotFoundException(String kind, String id) {
    super(requireNonNull(kind, "kind") + " " + requireNonNull(id, "id") + ": not found");
    this.kind = kind;
    this.id = id;
  }

  /**
   * Returns the kind of aggregate that was not found.
   *
   * @return the kind, e.g. {@code "customer"}
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the identifier that was not found.
   *
   * @return the identifier's string form
   */
  public String id() {
    return id;
  }
}
