package org.mehrcrm.customer;

/**
 * Why a customer was lost: one of the common reasons, or a host's own code.
 *
 * <p>Example: {@code ChurnReason.NEGLECT} (the most common reason: customers who feel nobody
 * cares), or {@code ChurnReason.of("branch-closed")}. Immutable and thread-safe.
 *
 * @param code the reason's code
 */
public record ChurnReason(String code) {
  /** The price was too high. */
  public static final ChurnReason PRICE = new ChurnReason("price");
  /** Bad service. */
  public static final ChurnReason SERVICE = new ChurnReason("service");
  /** The customer felt neglected. */
  public static final ChurnReason NEGLECT = new ChurnReason("neglect");
  /** The customer moved away. */
  public static final ChurnReason MOVED = new ChurnReason("moved");
  /** The customer went to a competitor. */
  public static final ChurnReason COMPETITOR = new ChurnReason("competitor");
  /** The product did not meet the need. */
  public static final ChurnReason PRODUCT = new ChurnReason("product");
  /** An unresolved complaint. */
  public static final ChurnReason COMPLAINT = new ChurnReason("complaint");
  /** The customer no longer needs what the firm offers. */
  public static final ChurnReason NO_NEED = new ChurnReason("no-need");
  /** The person died or the organisation closed. */
  public static final ChurnReason DECEASED = new ChurnReason("deceased");
  /** Unknown. */
  public static final ChurnReason UNKNOWN = new ChurnReason("unknown");

  /**
   * Validates the code.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if it is not a lower-case code
   */
  public ChurnReason {
    Codes.requireCode(code, "churnReason");
  }

  /**
   * Returns the reason with this code.
   *
   * @param code the code
   * @return the reason
   */
  public static ChurnReason of(String code) {
    return new ChurnReason(code);
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code;
  }
}
