package org.mehrcrm.interaction;

import java.util.regex.Pattern;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * How an interaction ended: the shipped outcomes, or one the host declares.
 *
 * <p>Example: {@code Outcome.REACHED}, or {@code Outcome.of("quote-sent")}. Codes are lower-case
 * words. Immutable and thread-safe.
 *
 * @param code the outcome's code, e.g. {@code "reached"}
 */
public record Outcome(String code) {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

  /** The customer was reached and the matter discussed. */
  public static final Outcome REACHED = new Outcome("reached");
  /** Nobody answered. */
  public static final Outcome NO_ANSWER = new Outcome("no-answer");
  /** A message was left (voicemail, a note at the door). */
  public static final Outcome LEFT_MESSAGE = new Outcome("left-message");
  /** The customer asked to be called back. */
  public static final Outcome CALLBACK_REQUESTED = new Outcome("callback-requested");
  /** The matter was resolved. */
  public static final Outcome RESOLVED = new Outcome("resolved");
  /** A sale or donation was agreed. */
  public static final Outcome CONVERTED = new Outcome("converted");
  /** The customer declined. */
  public static final Outcome DECLINED = new Outcome("declined");
  /** Nothing to report: the default. */
  public static final Outcome NONE = new Outcome("none");

  /**
   * Validates the code.
   *
   * @throws InvalidFieldException if it is not a lower-case code
   */
  public Outcome {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidFieldException("outcome",
          "must be 1 to 40 lower-case letters, digits, '-' or '_', starting with a letter");
    }
  }

  /**
   * Returns the outcome with this code.
   *
   * @param code the code
   * @return the outcome
   */
  public static Outcome of(String code) {
    return new Outcome(code);
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
