package org.mehrcrm.interaction;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.CrmException;

/**
 * Thrown when an outbound contact is recorded without the customer's consent for its channel and
 * purpose.
 *
 * <p>Example: {@code new ConsentMissingException(CustomerId.of("C-1"), Channel.SMS, Purpose.MARKETING)}
 * reads {@code "customer C-1: no consent to be contacted by sms for marketing"}. Nothing was
 * recorded.
 */
public final class ConsentMissingException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String customerId;
  private final String channel;
  private final String purpose;

  /**
   * Creates the exception.
   *
   * @param customerId the customer
   * @param channel the channel
   * @param purpose the purpose
   */
  public ConsentMissingException(CustomerId customerId, Channel channel, Purpose purpose) {
    super("customer " + requireNonNull(customerId, "customerId") + ": no consent to be contacted by "
        + requireNonNull(channel, "channel") + " for " + requireNonNull(purpose, "purpose"));
    this.customerId = customerId.value();
    this.channel = channel.code();
    this.purpose = purpose.code();
  }

  /**
   * Returns the customer.
   *
   * @return the customer id
   */
  public CustomerId customerId() {
    return CustomerId.of(customerId);
  }

  /**
   * Returns the channel without consent.
   *
   * @return the channel
   */
  public Channel channel() {
    return Channel.of(channel);
  }

  /**
   * Returns the purpose without consent.
   *
   * @return the purpose
   */
  public Purpose purpose() {
    return Purpose.of(purpose);
  }
}
