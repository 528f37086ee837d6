package org.mehrcrm.followup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A note on a follow-up task: who wrote what, when.
 *
 * <p>Example: {@code new Note("agent-17", at, "Left a voicemail, will try again tomorrow")}.
 * Immutable and thread-safe.
 *
 * @param author the author's actor id
 * @param at when it was written
 * @param text the text, trimmed, 1 to 2000 characters
 */
public record Note(String author, Instant at, String text) {
  /** The longest note accepted. */
  public static final int MAX_LENGTH = 2000;

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the author is invalid or the text is blank or too long
   */
  public Note {
    Ids.requireValid(author, "note.author");
    requireNonNull(at, "at");
    text = RuleCodes.text(text, "note.text", MAX_LENGTH, false);
  }
}
