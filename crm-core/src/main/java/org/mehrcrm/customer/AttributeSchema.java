package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The set of custom attributes a host declares for customer profiles.
 *
 * <p>Example:
 * <pre>{@code
 * AttributeSchema schema = AttributeSchema.of(
 *     AttributeDefinition.of("credit-limit", AttributeType.DECIMAL, false),
 *     AttributeDefinition.choice("industry", true, List.of("retail", "banking")));
 * }</pre>
 * Values of undeclared attributes are refused. Immutable and thread-safe.
 */
public final class AttributeSchema {
  private static final AttributeSchema EMPTY = new AttributeSchema(Map.of());

  private final Map<String, AttributeDefinition> definitions;

  private AttributeSchema(Map<String, AttributeDefinition> definitions) {
    this.definitions = definitions;
  }

  /**
   * Returns the schema with no attributes.
   *
   * @return the empty schema
   */
  public static AttributeSchema empty() {
    return EMPTY;
  }

  /**
   * Returns a schema of the given definitions.
   *
   * @param definitions the definitions, with distinct names
   * @return the schema
   * @throws InvalidFieldException if two definitions share a name
   */
  public static AttributeSchema of(AttributeDefinition... definitions) {
    return copyOf(List.of(definitions));
  }

  /**
   * Returns a schema of the given definitions.
   *
   * @param definitions the definitions, with distinct names
   * @return the schema
   * @throws InvalidFieldException if two definitions share a name
   */
  public static AttributeSchema copyOf(Collection<AttributeDefinition> definitions) {
    Map<String, AttributeDefinition> map = new LinkedHashMap<>();
    for (AttributeDefinition d : requireNonNull(definitions, "definitions")) {
      if (map.put(d.name(), d) != null) {
        throw new InvalidFieldException("attribute.name", "must be unique (" + d.name() + ")");
      }
    }
    return new AttributeSchema(Map.copyOf(map));
  }

  /**
   * Returns the definition of an attribute.
   *
   * @param name the attribute's name
   * @return the definition, or empty if not declared
   */
  public Optional<AttributeDefinition> definition(String name) {
    return Optional.ofNullable(definitions.get(requireNonNull(name, "name")));
  }

  /**
   * Returns all definitions.
   *
   * @return the definitions
   */
  public Collection<AttributeDefinition> definitions() {
    return definitions.values();
  }

  /**
   * Checks a full set of values: each declared and well-typed, every required one present.
   *
   * @param values attribute values by name, as text
   * @return the values in canonical form
   * @throws InvalidFieldException naming the first offending attribute in name order
   */
  public Map<String, String> validate(Map<String, String> values) {
    requireNonNull(values, "values");
    Map<String, String> out = new LinkedHashMap<>();
    new TreeMap<>(values).forEach((name, value) -> out.put(name, canonicalise(name, value)));
    for (AttributeDefinition d : definitions.values()) {
      if (d.required() && !out.containsKey(d.name())) {
        throw new InvalidFieldException("attributes." + d.name(), "is required");
      }
    }
    return Map.copyOf(out);
  }

  String canonicalise(String name, String value) {
    AttributeDefinition d = definitions.get(requireNonNull(name, "name"));
    if (d == null) {
      throw new InvalidFieldException("attributes." + name, "must be declared in the attribute schema");
    }
    return d.canonicalise(value);
  }
}
