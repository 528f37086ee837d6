package org.mehrcrm.value.internal;

import org.mehrcrm.kernel.CrmException;

/**
 * Thrown by the minimiser when it cannot reach a minimum: it names the reason and the iterations
 * spent. The public API wraps it in {@code org.mehrcrm.value.ModelFitException}.
 *
 * <p>Example: {@code throw new NoConvergenceException("the line search found no decrease", 17)}.
 */
public final class NoConvergenceException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int iterations;

  /**
   * Creates the exception.
   *
   * @param reason why the minimisation stopped
   * @param iterations the iterations it spent
   */
  public NoConvergenceException(String reason, int iterations) {
    super(reason + " after " + iterations + " iterations");
    this.reason = reason;
    this.iterations = iterations;
  }

  /**
   * Returns why the minimisation stopped.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the iterations spent.
   *
   * @return the count
   */
  public int iterations() {
    return iterations;
  }
}
