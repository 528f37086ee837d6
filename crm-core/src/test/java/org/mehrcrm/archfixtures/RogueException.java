package org.mehrcrm.archfixtures;

/** Breaks the exception rule: does not extend CrmException. */
public final class RogueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RogueException(String message) {
    super(message);
  }
}
