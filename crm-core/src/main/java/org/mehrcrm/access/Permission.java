package org.mehrcrm.access;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The right to perform one action on one feature, written {@code feature:action}.
 *
 * <p>Example: {@code Permission.parse("customer:register")}. Features and actions are lower-case
 * words joined by hyphens; {@code *} as the action stands for every action of the feature, and as
 * the feature for every feature. Immutable and thread-safe.
 *
 * @param feature the feature, e.g. {@code "customer"}, or {@code "*"}
 * @param action the action, e.g. {@code "register"}, or {@code "*"}
 */
public record Permission(String feature, String action) {
  private static final Pattern WORD = Pattern.compile("\\*|[a-z][a-z0-9-]{0,39}");

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if a part is not a lower-case word or {@code *}
   */
  public Permission {
    requireNonNull(feature, "feature");
    requireNonNull(action, "action");
    if (!WORD.matcher(feature).matches()) {
      throw new InvalidFieldException("permission.feature", "must be a lower-case word or '*'");
    }
    if (!WORD.matcher(action).matches()) {
      throw new InvalidFieldException("permission.action", "must be a lower-case word or '*'");
    }
  }

  /**
   * Returns a permission.
   *
   * @param feature the feature
   * @param action the action
   * @return the permission
   */
  public static Permission of(String feature, String action) {
    return new Permission(feature, action);
  }

  /**
   * Parses the {@code feature:action} form produced by {@link #toString()}.
   *
   * @param text the text
   * @return the permission
   * @throws InvalidFieldException if the text has no colon or a part is malformed
   */
  public static Permission parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString();
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw new InvalidFieldException("permission", "must read 'feature:action'");
    }
    return new Permission(s.substring(0, colon), s.substring(colon + 1));
  }

  /**
   * Tells whether this permission, possibly a wildcard, covers another.
   *
   * @param requested the permission a call needs
   * @return true if holding this permission grants {@code requested}
   */
  public boolean covers(Permission requested) {
    requireNonNull(requested, "requested");
    return (feature.equals("*") || feature.equals(requested.feature))
        && (action.equals("*") || action.equals(requested.action));
  }

  /** Returns {@code feature:action}. */
  @Override
  public String toString() {
    return feature + ":" + action;
  }
}
