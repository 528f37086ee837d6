package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;

/**
 * What is recorded when a complaint arrives (ISO 10002 "receipt"): who, through which channel,
 * about what, the customer's own description and the remedy they seek.
 *
 * <p>Example:
 * <pre>{@code
 * ComplaintIntake intake = ComplaintIntake.of(customerId, Channel.EMAIL, ComplaintCategory.of("billing"),
 *         "Charged twice for order 7731")
 *     .withSoughtRemedy("refund of the second charge")
 *     .withPriority(Priority.HIGH)
 *     .withSegment("key-account");
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param customerId who complains
 * @param channel how the complaint arrived
 * @param category what it is about, one of the host's categories
 * @param description the customer's words, up to 10,000 characters
 * @param soughtRemedy what the customer asks for, or {@code null} if they did not say
 * @param priority the initial priority
 * @param segment the customer's segment or tier code used to pick service-time targets (for
 *     example {@code "key-account"} or {@code "gold"}), or {@code null}
 * @param attributes host-declared custom attributes, as text by name
 */
public record ComplaintIntake(CustomerId customerId, Channel channel, ComplaintCategory category,
    String description, @Nullable String soughtRemedy, Priority priority, @Nullable String segment,
    Map<String, String> attributes) {

  /**
   * Validates the parts.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if the description is blank or too long,
   *     the sought remedy is blank or too long, or the segment is not a code
   */
  public ComplaintIntake {
    requireNonNull(customerId, "customerId");
    requireNonNull(channel, "channel");
    requireNonNull(category, "category");
    description = Texts.requireText(description, "description", 10_000);
    if (soughtRemedy != null) {
      soughtRemedy = Texts.requireText(soughtRemedy, "soughtRemedy", 1_000);
    }
    requireNonNull(priority, "priority");
    if (segment != null) {
      Texts.requireCode(segment, "segment");
    }
    attributes = Map.copyOf(requireNonNull(attributes, "attributes"));
  }

  /**
   * Returns an intake at {@link Priority#NORMAL} with no sought remedy, segment or attributes.
   *
   * @param customerId who complains
   * @param channel how it arrived
   * @param category what it is about
   * @param description the customer's words
   * @return the intake
   */
  public static ComplaintIntake of(CustomerId customerId, Channel channel, ComplaintCategory category,
      String description) {
    return new ComplaintIntake(customerId, channel, category, description, null, Priority.NORMAL,
        null, Map.of());
  }

  /**
   * Returns this intake with the remedy the customer seeks.
   *
   * @param remedy the remedy, in the customer's words
   * @return the changed intake
   */
  public ComplaintIntake withSoughtRemedy(String remedy) {
    return new ComplaintIntake(customerId, channel, category, description,
        requireNonNull(remedy, "remedy"), priority, segment, attributes);
  }

  /**
   * Returns this intake with another initial priority.
   *
   * @param newPriority the priority
   * @return the changed intake
   */
  public ComplaintIntake withPriority(Priority newPriority) {
    return new ComplaintIntake(customerId, channel, category, description, soughtRemedy,
        newPriority, segment, attributes);
  }

  /**
   * Returns this intake with the customer's segment or tier code.
   *
   * @param newSegment the code, e.g. {@code "key-account"}
   * @return the changed intake
   */
  public ComplaintIntake withSegment(String newSegment) {
    return new ComplaintIntake(customerId, channel, category, description, soughtRemedy, priority,
        requireNonNull(newSegment, "newSegment"), attributes);
  }

  /**
   * Returns this intake with custom attribute values.
   *
   * @param newAttributes the values, as text by name
   * @return the changed intake
   */
  public ComplaintIntake withAttributes(Map<String, String> newAttributes) {
    return new ComplaintIntake(customerId, channel, category, description, soughtRemedy, priority,
        segment, newAttributes);
  }
}
