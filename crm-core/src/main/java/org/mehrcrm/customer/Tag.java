package org.mehrcrm.customer;

import java.text.Normalizer;
import java.util.Locale;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A free label on a customer, in any script, compared without regard to case.
 *
 * <p>Example: {@code Tag.of("VIP")} equals {@code Tag.of(" vip ")}; its value is {@code "vip"}.
 * Immutable and thread-safe.
 *
 * @param value the normalised label: trimmed, NFC, lower case; 1 to 50 characters
 */
public record Tag(String value) implements Comparable<Tag> {

  /**
   * Normalises and validates the label.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is blank, too long or holds control
   *     characters
   */
  public Tag {
    if (value == null) {
      throw new InvalidFieldException("tag", "must not be null");
    }
    // Lower case first, then NFC (lower-casing "İ" yields a combining dot that NFC must reorder),
    // and the length is checked last: lower-casing can lengthen a label.
    String normalised = Normalizer.normalize(value.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    value = Codes.requireText(normalised, "tag", 50);
  }

  /**
   * Returns the tag for a label.
   *
   * @param value the label
   * @return the tag
   */
  public static Tag of(String value) {
    return new Tag(value);
  }

  @Override
  public int compareTo(Tag other) {
    return value.compareTo(other.value);
  }

  /** Returns the normalised label. */
  @Override
  public String toString() {
    return value;
  }
}
