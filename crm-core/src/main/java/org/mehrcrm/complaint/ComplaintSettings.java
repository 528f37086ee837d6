package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Set;
import org.mehrcrm.customer.AttributeSchema;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The host's configuration of complaint handling: its categories, its custom attributes and how
 * long after closing a case may be reopened.
 *
 * <p>Example:
 * <pre>{@code
 * ComplaintSettings settings = ComplaintSettings.of(Set.of(ComplaintCategory.of("billing"),
 *         ComplaintCategory.of("delivery")))
 *     .withAttributes(AttributeSchema.of(AttributeDefinition.of("order-number", AttributeType.TEXT, false)))
 *     .withReopenWindow(Duration.ofDays(30));
 * }</pre>
 * A request to reopen after the window files a new case linked to the old one. Immutable and
 * thread-safe.
 *
 * @param categories the categories cases may have, not empty
 * @param attributes the custom attributes cases may carry (the same declaration style as
 *     customers' attributes)
 * @param reopenWindow how long after closing a case reopens, positive
 */
public record ComplaintSettings(Set<ComplaintCategory> categories, AttributeSchema attributes,
    Duration reopenWindow) {
  /** The default reopen window: 14 days. */
  public static final Duration DEFAULT_REOPEN_WINDOW = Duration.ofDays(14);

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if there are no categories or the window is not positive
   */
  public ComplaintSettings {
    categories = Set.copyOf(requireNonNull(categories, "categories"));
    requireNonNull(attributes, "attributes");
    requireNonNull(reopenWindow, "reopenWindow");
    if (categories.isEmpty()) {
      throw new InvalidFieldException("categories", "must not be empty");
    }
    if (reopenWindow.isNegative() || reopenWindow.isZero()) {
      throw new InvalidFieldException("reopenWindow", "must be positive");
    }
  }

  /**
   * Returns settings with the given categories, no custom attributes and a 14-day reopen window.
   *
   * @param categories the categories
   * @return the settings
   */
  public static ComplaintSettings of(Set<ComplaintCategory> categories) {
    return new ComplaintSettings(categories, AttributeSchema.empty(), DEFAULT_REOPEN_WINDOW);
  }

  /**
   * Returns these settings with a custom attribute schema.
   *
   * @param schema the schema
   * @return the changed settings
   */
  public ComplaintSettings withAttributes(AttributeSchema schema) {
    return new ComplaintSettings(categories, schema, reopenWindow);
  }

  /**
   * Returns these settings with another reopen window.
   *
   * @param window the window
   * @return the changed settings
   */
  public ComplaintSettings withReopenWindow(Duration window) {
    return new ComplaintSettings(categories, attributes, window);
  }

  /**
   * Checks that a category is one of the host's.
   *
   * @param category the category
   * @return the category
   * @throws InvalidFieldException if it is not declared
   */
  public ComplaintCategory requireCategory(ComplaintCategory category) {
    if (!categories.contains(requireNonNull(category, "category"))) {
      throw new InvalidFieldException("category", "must be one of the declared categories (" + category + " is not)");
    }
    return category;
  }
}
