package org.mehrcrm.complaint;

/**
 * What a complaint is about, from the host's own list ({@link ComplaintSettings#categories()}).
 *
 * <p>Example: {@code ComplaintCategory.of("billing")}, {@code ComplaintCategory.of("late-delivery")}.
 * Codes are lower-case words. Immutable and thread-safe.
 *
 * @param code the category's code
 */
public record ComplaintCategory(String code) {

  /**
   * Validates the code.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a lower-case code
   */
  public ComplaintCategory {
    Texts.requireCode(code, "category");
  }

  /**
   * Returns the category with this code.
   *
   * @param code the code
   * @return the category
   */
  public static ComplaintCategory of(String code) {
    return new ComplaintCategory(code);
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
