package org.mehrcrm.customer;

import java.util.Locale;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A handle on a messenger or social network.
 *
 * <p>Example: {@code SocialHandle.of("telegram", "@AliRezaei")} has handle {@code "alirezaei"}.
 * A leading {@code @} is dropped and the handle is kept in lower case. Immutable and
 * thread-safe.
 *
 * @param network the network's code, e.g. {@code "telegram"}, {@code "whatsapp"}, {@code "linkedin"}
 * @param handle the handle, 1 to 100 characters without white space
 */
public record SocialHandle(String network, String handle) implements ContactAddress {

  /**
   * Normalises and validates the parts.
   *
   * @throws InvalidFieldException if the network is not a code or the handle is blank, too long
   *     or holds white space
   */
  public SocialHandle {
    Codes.requireCode(network, "social.network");
    // Lower-cased before the length check: lower-casing can lengthen a handle ("İ" becomes two chars).
    handle = Codes.requireText(handle, "social.handle", Integer.MAX_VALUE).toLowerCase(Locale.ROOT);
    if (handle.startsWith("@")) {
      handle = handle.substring(1);
    }
    if (handle.isEmpty() || handle.length() > 100) {
      throw new InvalidFieldException("social.handle", "must be 1 to 100 characters");
    }
    if (handle.codePoints().anyMatch(Character::isWhitespace)) {
      throw new InvalidFieldException("social.handle", "must not contain white space");
    }
  }

  /**
   * Returns a handle.
   *
   * @param network the network's code
   * @param handle the handle, with or without a leading {@code @}
   * @return the handle
   */
  public static SocialHandle of(String network, String handle) {
    return new SocialHandle(network, handle);
  }

  @Override
  public ContactKind kind() {
    return ContactKind.SOCIAL;
  }

  @Override
  public String canonical() {
    return network + ":" + handle;
  }

  /** Returns {@code network:handle}. */
  @Override
  public String toString() {
    return canonical();
  }
}
