package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A recorded consent decision: channel, purpose, status, when and from where.
 *
 * <p>Example: {@code Consent.granted(Channel.EMAIL, Purpose.MARKETING, at, "web-signup-form")}.
 * A customer's consents form a history; the latest entry per channel and purpose is in force.
 * Immutable and thread-safe.
 *
 * @param channel the channel
 * @param purpose the purpose
 * @param status granted, denied or withdrawn
 * @param at when the customer decided
 * @param source where the decision was captured (a form, a call, a signed paper), 1 to 200
 *     characters
 */
public record Consent(Channel channel, Purpose purpose, ConsentStatus status, Instant at, String source) {

  /**
   * Validates the parts.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if the source is blank or too long
   */
  public Consent {
    requireNonNull(channel, "channel");
    requireNonNull(purpose, "purpose");
    requireNonNull(status, "status");
    requireNonNull(at, "at");
    source = Codes.requireText(source, "consent.source", 200);
  }

  /**
   * Returns a granted consent.
   *
   * @param channel the channel
   * @param purpose the purpose
   * @param at when
   * @param source where it was captured
   * @return the consent
   */
  public static Consent granted(Channel channel, Purpose purpose, Instant at, String source) {
    return new Consent(channel, purpose, ConsentStatus.GRANTED, at, source);
  }

  /**
   * Tells whether this consent is for the given channel and purpose.
   *
   * @param channel the channel
   * @param purpose the purpose
   * @return true if both match
   */
  public boolean covers(Channel channel, Purpose purpose) {
    return this.channel.equals(channel) && this.purpose.equals(purpose);
  }
}
