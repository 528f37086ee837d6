package org.mehrcrm.interaction;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.CrmException;

/**
 * Thrown when an interaction is appended under an id that is stored with different content.
 *
 * <p>Appending the very same interaction twice is harmless (a host may resend a call record);
 * reusing its id for something else is refused. Example: {@code new DuplicateInteractionException(InteractionId.of("call-93"))}
 * reads {@code "interaction call-93: already recorded with different content"}. Nothing was
 * written.
 */
public final class DuplicateInteractionException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String id;

  /**
   * Creates the exception.
   *
   * @param id the id used twice
   */
  public DuplicateInteractionException(InteractionId id) {
    super("interaction " + requireNonNull(id, "id") + ": already recorded with different content");
    this.id = id.value();
  }

  /**
   * Returns the id used twice.
   *
   * @return the id
   */
  public InteractionId id() {
    return InteractionId.of(id);
  }
}
