package org.mehrcrm.customer;

/**
 * Why the firm contacts a customer; consent is given per channel and purpose.
 *
 * <p>Example: {@code Purpose.MARKETING}, or {@code Purpose.of("newsletter")}. Immutable and
 * thread-safe.
 *
 * @param code the purpose's code, e.g. {@code "marketing"}
 */
public record Purpose(String code) {
  /** Offers and advertising. */
  public static final Purpose MARKETING = new Purpose("marketing");
  /** Sales conversations. */
  public static final Purpose SALES = new Purpose("sales");
  /** Service and support about what the customer has. */
  public static final Purpose SERVICE = new Purpose("service");
  /** Satisfaction surveys and research. */
  public static final Purpose SURVEY = new Purpose("survey");
  /** Payment collection. */
  public static final Purpose COLLECTION = new Purpose("collection");
  /** Fund-raising and donations. */
  public static final Purpose DONATION = new Purpose("donation");

  /**
   * Validates the code.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a lower-case code
   */
  public Purpose {
    Codes.requireCode(code, "purpose");
  }

  /**
   * Returns the purpose with this code.
   *
   * @param code the code
   * @return the purpose
   */
  public static Purpose of(String code) {
    return new Purpose(code);
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
