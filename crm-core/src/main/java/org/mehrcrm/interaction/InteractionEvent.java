package org.mehrcrm.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.DomainEvent;

/**
 * What happens to the interaction history: a contact was recorded, or a record was corrected.
 *
 * <p>Example:
 * <pre>{@code
 * if (event instanceof InteractionEvent.Recorded r && r.direction() == Direction.INBOUND) sla.onContact(r.customerId());
 * }</pre>
 * Events carry ids and codes, never subjects or summaries.
 */
public sealed interface InteractionEvent extends DomainEvent {

  /**
   * Returns the interaction recorded.
   *
   * @return its id
   */
  InteractionId interactionId();

  /**
   * Returns the customer.
   *
   * @return the customer id
   */
  CustomerId customerId();

  @Override
  default String aggregateId() {
    return interactionId().value();
  }

  /**
   * An interaction was recorded for the first time.
   *
   * @param interactionId the interaction
   * @param customerId the customer
   * @param channel the channel
   * @param direction the direction
   * @param purpose the purpose
   * @param at when the contact happened
   * @param occurredAt when it was recorded
   */
  record Recorded(InteractionId interactionId, CustomerId customerId, Channel channel,
      Direction direction, Purpose purpose, Instant at, Instant occurredAt) implements InteractionEvent {
    /** Checks for nulls. */
    public Recorded {
      requireNonNull(interactionId, "interactionId");
      requireNonNull(customerId, "customerId");
      requireNonNull(channel, "channel");
      requireNonNull(direction, "direction");
      requireNonNull(purpose, "purpose");
      requireNonNull(at, "at");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A correction superseded an earlier interaction.
   *
   * @param interactionId the correction
   * @param corrected the interaction it supersedes
   * @param customerId the customer
   * @param occurredAt when it was recorded
   */
  record Corrected(InteractionId interactionId, InteractionId corrected, CustomerId customerId,
      Instant occurredAt) implements InteractionEvent {
    /** Checks for nulls. */
    public Corrected {
      requireNonNull(interactionId, "interactionId");
      requireNonNull(corrected, "corrected");
      requireNonNull(customerId, "customerId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }
}
