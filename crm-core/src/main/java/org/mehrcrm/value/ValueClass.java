package org.mehrcrm.value;

/**
 * A Pareto/ABC class: where a customer's value falls in the cohort's cumulative value share.
 *
 * <p>Example: with the default cut-offs 80/15/5, the customers who together make the first 80%
 * of value are {@link #A}.
 */
public enum ValueClass {
  /** The customers making the first share of value (80% by default). */
  A,
  /** The next share (15% by default). */
  B,
  /** The rest, and every customer without positive value. */
  C
}
