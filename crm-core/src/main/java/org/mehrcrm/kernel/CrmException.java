package org.mehrcrm.kernel;

/**
 * The root of every exception Mehr CRM throws on purpose.
 *
 * <p>Catch it to handle any domain failure at once, or catch a subclass such as
 * {@link InvalidFieldException} to react to one kind:
 * <pre>{@code
 * try {
 *   customers.register(actor, registration);
 * } catch (CrmException e) {
 *   log.warn("registration refused: {}", e.getMessage());
 * }
 * }</pre>
 * All subclasses are unchecked; their messages never contain personal data beyond what the
 * caller passed in.
 */
public abstract class CrmException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, in one line
   */
  protected CrmException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, in one line
   * @param cause the underlying failure
   */
  protected CrmException(String message, Throwable cause) {
    super(message, cause);
  }
}
