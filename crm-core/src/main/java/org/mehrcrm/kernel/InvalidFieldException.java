package org.mehrcrm.kernel;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when an argument breaks a rule; names the field and the rule.
 *
 * <p>The message reads {@code "<field>: <rule>"}, for example {@code "email: must contain '@'"}:
 * <pre>{@code
 * throw new InvalidFieldException("email", "must contain '@'");
 * }</pre>
 * The operation that throws it has changed nothing.
 */
public final class InvalidFieldException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the name of the offending field, dotted for nested fields ({@code "name.given"})
   * @param rule the rule it breaks, phrased as "must …" or "must not …"
   */
  public InvalidFieldException(String field, String rule) {
    super(requireNonNull(field, "field") + ": " + requireNonNull(rule, "rule"));
    this.field = field;
    this.rule = rule;
  }

  /**
   * Returns the name of the offending field.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rule the field breaks.
   *
   * @return the rule, e.g. {@code "must contain '@'"}
   */
  public String rule() {
    return rule;
  }
}
