package org.mehrcrm.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.ExternalRef;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.Ids;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.purchase.OrderReference;

/**
 * One contact between the firm and a customer — a call, an e-mail, a visit, a meeting — on a
 * channel, in a direction, for a purpose. A fact: once recorded it never changes; a mistake is
 * put right by recording a correction that {@linkplain #corrects() supersedes} it.
 *
 * <p>Example:
 * <pre>{@code
 * Interaction call = Interaction.builder(id, customerId, Channel.PHONE, Direction.OUTBOUND, Purpose.SALES, at)
 *     .duration(Duration.ofMinutes(7))
 *     .subject("Renewal offer")
 *     .outcome(Outcome.CALLBACK_REQUESTED)
 *     .agent("agent-17")
 *     .build();
 * }</pre>
 * Links to a complaint, a purchase or a host document are optional. Immutable and thread-safe.
 *
 * @param id the identifier
 * @param customerId the customer
 * @param channel the channel, shipped or host-declared ({@link Channel#of})
 * @param direction inbound or outbound
 * @param purpose why the contact happened
 * @param at when it started
 * @param duration how long it lasted, not negative ({@link Duration#ZERO} for a letter)
 * @param subject a one-line subject, at most 200 characters, may be empty
 * @param summary what was said or done, at most 4000 characters, may be empty
 * @param outcome how it ended
 * @param agent the actor id of who handled it on the firm's side
 * @param complaintId the complaint it concerns, or {@code null}
 * @param purchase the order reference of the purchase it concerns, or {@code null}
 * @param document a host document it concerns (a quote, a letter), or {@code null}
 * @param corrects the interaction this one corrects and supersedes, or {@code null}
 */
public record Interaction(InteractionId id, CustomerId customerId, Channel channel,
    Direction direction, Purpose purpose, Instant at, Duration duration, String subject,
    String summary, Outcome outcome, String agent, @Nullable String complaintId,
    @Nullable OrderReference purchase, @Nullable ExternalRef document,
    @Nullable InteractionId corrects) {

  /** The longest subject accepted. */
  public static final int MAX_SUBJECT = 200;
  /** The longest summary accepted. */
  public static final int MAX_SUMMARY = 4000;

  /**
   * Validates the parts; text is trimmed.
   *
   * @throws InvalidFieldException if the duration is negative, a text is too long or holds
   *     control characters, an identifier is invalid, or the interaction corrects itself
   */
  public Interaction {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(channel, "channel");
    requireNonNull(direction, "direction");
    requireNonNull(purpose, "purpose");
    requireNonNull(at, "at");
    requireNonNull(duration, "duration");
    requireNonNull(outcome, "outcome");
    if (duration.isNegative()) {
      throw new InvalidFieldException("duration", "must not be negative");
    }
    subject = Texts.optional(subject, "subject", MAX_SUBJECT);
    summary = Texts.optional(summary, "summary", MAX_SUMMARY);
    Ids.requireValid(agent, "agent");
    if (complaintId != null) {
      Ids.requireValid(complaintId, "complaintId");
    }
    if (id.equals(corrects)) {
      throw new InvalidFieldException("corrects", "must not be the interaction itself");
    }
  }

  /**
   * Starts an interaction.
   *
   * @param id the identifier
   * @param customerId the customer
   * @param channel the channel
   * @param direction inbound or outbound
   * @param purpose the purpose
   * @param at when it started
   * @return a builder; {@link Builder#agent} must be set
   */
  public static Builder builder(InteractionId id, CustomerId customerId, Channel channel,
      Direction direction, Purpose purpose, Instant at) {
    return new Builder(id, customerId, channel, direction, purpose, at);
  }

  /**
   * Returns a builder for a correction of this interaction: the same content under a new id,
   * marked as correcting this one; change what was wrong and build.
   *
   * @param newId the correction's identifier
   * @return the builder
   */
  public Builder correction(InteractionId newId) {
    Builder b = new Builder(newId, customerId, channel, direction, purpose, at);
    b.duration = duration;
    b.subject = subject;
    b.summary = summary;
    b.outcome = outcome;
    b.agent = agent;
    b.complaintId = complaintId;
    b.purchase = purchase;
    b.document = document;
    b.corrects = id;
    return b;
  }

  /**
   * Tells whether the firm started the contact.
   *
   * @return true for outbound
   */
  public boolean isOutbound() {
    return direction == Direction.OUTBOUND;
  }

  /**
   * Returns the complaint it concerns.
   *
   * @return the complaint id, or empty
   */
  public Optional<String> complaint() {
    return Optional.ofNullable(complaintId);
  }

  /**
   * Returns the purchase it concerns.
   *
   * @return the order reference, or empty
   */
  public Optional<OrderReference> purchaseRef() {
    return Optional.ofNullable(purchase);
  }

  /**
   * Returns the host document it concerns.
   *
   * @return the reference, or empty
   */
  public Optional<ExternalRef> documentRef() {
    return Optional.ofNullable(document);
  }

  /**
   * Returns the interaction this one corrects.
   *
   * @return its id, or empty if this is not a correction
   */
  public Optional<InteractionId> correctionOf() {
    return Optional.ofNullable(corrects);
  }

  /** Collects an interaction; not thread-safe. */
  public static final class Builder {
    private final InteractionId id;
    private final CustomerId customerId;
    private Channel channel;
    private Direction direction;
    private Purpose purpose;
    private Instant at;
    private Duration duration = Duration.ZERO;
    private String subject = "";
    private String summary = "";
    private Outcome outcome = Outcome.NONE;
    private @Nullable String agent;
    private @Nullable String complaintId;
    private @Nullable OrderReference purchase;
    private @Nullable ExternalRef document;
    private @Nullable InteractionId corrects;

    private Builder(InteractionId id, CustomerId customerId, Channel channel, Direction direction,
        Purpose purpose, Instant at) {
      this.id = requireNonNull(id, "id");
      this.customerId = requireNonNull(customerId, "customerId");
      this.channel = requireNonNull(channel, "channel");
      this.direction = requireNonNull(direction, "direction");
      this.purpose = requireNonNull(purpose, "purpose");
      this.at = requireNonNull(at, "at");
    }

    /**
     * Sets the channel.
     *
     * @param value the channel
     * @return this builder
     */
    public Builder channel(Channel value) {
      this.channel = requireNonNull(value, "channel");
      return this;
    }

    /**
     * Sets the direction.
     *
     * @param value the direction
     * @return this builder
     */
    public Builder direction(Direction value) {
      this.direction = requireNonNull(value, "direction");
      return this;
    }

    /**
     * Sets the purpose.
     *
     * @param value the purpose
     * @return this builder
     */
    public Builder purpose(Purpose value) {
      this.purpose = requireNonNull(value, "purpose");
      return this;
    }

    /**
     * Sets when it started.
     *
     * @param value the moment
     * @return this builder
     */
    public Builder at(Instant value) {
      this.at = requireNonNull(value, "at");
      return this;
    }

    /**
     * Sets how long it lasted; zero unless set.
     *
     * @param value the duration
     * @return this builder
     */
    public Builder duration(Duration value) {
      this.duration = requireNonNull(value, "duration");
      return this;
    }

    /**
     * Sets the subject; empty unless set.
     *
     * @param value the subject
     * @return this builder
     */
    public Builder subject(String value) {
      this.subject = requireNonNull(value, "subject");
      return this;
    }

    /**
     * Sets the summary; empty unless set.
     *
     * @param value the summary
     * @return this builder
     */
    public Builder summary(String value) {
      this.summary = requireNonNull(value, "summary");
      return this;
    }

    /**
     * Sets the outcome; {@link Outcome#NONE} unless set.
     *
     * @param value the outcome
     * @return this builder
     */
    public Builder outcome(Outcome value) {
      this.outcome = requireNonNull(value, "outcome");
      return this;
    }

    /**
     * Sets who handled it; required.
     *
     * @param value the agent's actor id
     * @return this builder
     */
    public Builder agent(String value) {
      this.agent = requireNonNull(value, "agent");
      return this;
    }

    /**
     * Links a complaint.
     *
     * @param value the complaint's id
     * @return this builder
     */
    public Builder complaint(String value) {
      this.complaintId = requireNonNull(value, "complaintId");
      return this;
    }

    /**
     * Links a purchase.
     *
     * @param value the purchase's order reference
     * @return this builder
     */
    public Builder purchase(OrderReference value) {
      this.purchase = requireNonNull(value, "purchase");
      return this;
    }

    /**
     * Links a host document.
     *
     * @param value the document's reference
     * @return this builder
     */
    public Builder document(ExternalRef value) {
      this.document = requireNonNull(value, "document");
      return this;
    }

    /**
     * Builds the interaction.
     *
     * @return the interaction
     * @throws InvalidFieldException if the agent is missing or a part is invalid
     */
    public Interaction build() {
      if (agent == null) {
        throw new InvalidFieldException("agent", "must be set");
      }
      return new Interaction(id, customerId, channel, direction, purpose, at, duration, subject,
          summary, outcome, agent, complaintId, purchase, document, corrects);
    }
  }
}
