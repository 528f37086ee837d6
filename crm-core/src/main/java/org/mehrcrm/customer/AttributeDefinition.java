package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The declaration of a custom attribute on customer profiles: name, type, whether it is
 * required and, for {@link AttributeType#CHOICE}, the allowed values.
 *
 * <p>Example: {@code AttributeDefinition.choice("industry", true, List.of("retail", "banking"))}.
 * Lets a host extend the profile without forking the library. Immutable and thread-safe.
 *
 * @param name the attribute's code
 * @param type the value type
 * @param required whether every customer must have a value
 * @param allowedValues the allowed values for {@code CHOICE}; empty for other types
 */
public record AttributeDefinition(String name, AttributeType type, boolean required,
    List<String> allowedValues) {
  private static final int MAX_DECIMAL_DIGITS = 500;

  /**
   * Validates the declaration.
   *
   * @throws InvalidFieldException if the name is not a code, allowed values are missing for a
   *     choice or given for another type, or an allowed value is blank, padded or repeated
   */
  public AttributeDefinition {
    Codes.requireCode(name, "attribute.name");
    requireNonNull(type, "type");
    allowedValues = List.copyOf(requireNonNull(allowedValues, "allowedValues"));
    if (type == AttributeType.CHOICE && allowedValues.isEmpty()) {
      throw new InvalidFieldException("attribute.allowedValues", "must not be empty for a choice");
    }
    if (type != AttributeType.CHOICE && !allowedValues.isEmpty()) {
      throw new InvalidFieldException("attribute.allowedValues", "must be empty unless the type is CHOICE");
    }
    if (Set.copyOf(allowedValues).size() != allowedValues.size()) {
      throw new InvalidFieldException("attribute.allowedValues", "must not repeat a value");
    }
    for (String allowed : allowedValues) {
      if (allowed.isBlank() || !allowed.equals(allowed.strip())) {
        throw new InvalidFieldException("attribute.allowedValues", "must hold non-blank values without surrounding white space");
      }
    }
  }

  /**
   * Declares an attribute of a type other than {@code CHOICE}.
   *
   * @param name the code
   * @param type the type
   * @param required whether it is required
   * @return the definition
   */
  public static AttributeDefinition of(String name, AttributeType type, boolean required) {
    return new AttributeDefinition(name, type, required, List.of());
  }

  /**
   * Declares a choice attribute.
   *
   * @param name the code
   * @param required whether it is required
   * @param allowedValues the allowed values
   * @return the definition
   */
  public static AttributeDefinition choice(String name, boolean required, List<String> allowedValues) {
    return new AttributeDefinition(name, AttributeType.CHOICE, required, allowedValues);
  }

  /**
   * Checks a value against the type and returns its canonical text form.
   *
   * @param value the value as text
   * @return the canonical form
   * @throws InvalidFieldException naming {@code attributes.<name>} if the value does not fit
   */
  public String canonicalise(String value) {
    String field = "attributes." + name;
    if (value == null) {
      throw new InvalidFieldException(field, "must not be null");
    }
    String v = value.strip();
    try {
      return switch (type) {
        case TEXT -> Codes.requireText(v, field, 500);
        case INTEGER -> Long.toString(Long.parseLong(SearchNames.asciiDigits(v)));
        case DECIMAL -> decimal(v, field);
        case BOOLEAN -> bool(v, field);
        case DATE -> LocalDate.parse(v).toString();
        case CHOICE -> {
          if (!allowedValues.contains(v)) {
            throw new InvalidFieldException(field, "must be one of " + allowedValues);
          }
          yield v;
        }
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new InvalidFieldException(field, (type == AttributeType.INTEGER ? "must be an " : "must be a ")
          + type.name().toLowerCase(Locale.ROOT));
    }
  }

  private static String decimal(String v, String field) {
    BigDecimal d = new BigDecimal(SearchNames.asciiDigits(v)).stripTrailingZeros();
    // Digits of the plain form, computed before building it: "1e999999999" would be a 1 GB string.
    long digits = d.scale() <= 0
        ? d.precision() - (long) d.scale()
        : Math.max(d.precision(), d.scale() + 1L);
    if (digits > MAX_DECIMAL_DIGITS) {
      throw new InvalidFieldException(field,
          "must be a decimal of at most " + MAX_DECIMAL_DIGITS + " digits");
    }
    return d.toPlainString();
  }

  private static String bool(String v, String field) {
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return v.toLowerCase(Locale.ROOT);
    }
    throw new InvalidFieldException(field, "must be true or false");
  }
}
