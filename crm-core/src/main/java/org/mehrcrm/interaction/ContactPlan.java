package org.mehrcrm.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;

/**
 * The contact planner's answer to "how should we reach this customer for this purpose now": the
 * channel to use, if any, and why every channel before it was passed over.
 *
 * <p>Example: {@code plan.channel()} is {@code email} with {@code plan.skipped()} holding
 * {@code phone: QUIET_HOURS until 04:30Z}; {@link #reason()} says so in one line. Immutable and
 * thread-safe.
 *
 * @param customerId the customer
 * @param purpose the purpose
 * @param at the moment planned for
 * @param zone the zone the customer's local time was judged in
 * @param chosen the channel to use, or {@code null} if none may be used now
 * @param skipped the channels passed over, in the order considered, each with its reason
 */
public record ContactPlan(CustomerId customerId, Purpose purpose, Instant at, ZoneId zone,
    @Nullable Channel chosen, List<Skip> skipped) {

  /** Copies the list. */
  public ContactPlan {
    requireNonNull(customerId, "customerId");
    requireNonNull(purpose, "purpose");
    requireNonNull(at, "at");
    requireNonNull(zone, "zone");
    skipped = List.copyOf(skipped);
  }

  /**
   * Returns the channel to use.
   *
   * @return the channel, or empty if none may be used now
   */
  public Optional<Channel> channel() {
    return Optional.ofNullable(chosen);
  }

  /**
   * Returns the earliest moment a skipped channel becomes usable again for time reasons (quiet
   * hours ending), when no channel may be used now.
   *
   * @return the moment, or empty
   */
  public Optional<Instant> retryAt() {
    if (chosen != null) {
      return Optional.empty();
    }
    return skipped.stream().map(Skip::until).filter(java.util.Objects::nonNull).min(Instant::compareTo);
  }

  /**
   * Explains the answer in one line, e.g. {@code "email: first preferred channel with consent;
   * skipped phone (quiet hours until 2026-03-09T04:30:00Z)"}.
   *
   * @return the explanation
   */
  public String reason() {
    String skips = skipped.stream().map(Skip::toString).collect(Collectors.joining(", "));
    String head = chosen != null ? chosen + ": first preferred channel with consent" : "no channel now";
    return skips.isEmpty() ? head : head + "; skipped " + skips;
  }

  /** Why a channel was passed over. */
  public enum SkipReason {
    /** The customer has not consented to this channel for the purpose. */
    NO_CONSENT,
    /** The customer has no contact point this channel needs (an e-mail address for e-mail). */
    NO_ADDRESS,
    /** It is quiet hours in the customer's zone and the channel interrupts. */
    QUIET_HOURS,
    /** The customer was contacted as often as the cap allows in the period. */
    FREQUENCY_CAP
  }

  /**
   * A channel passed over, and why.
   *
   * @param channel the channel
   * @param reason why
   * @param until when the reason lapses (quiet hours ending), or {@code null}
   */
  public record Skip(Channel channel, SkipReason reason, @Nullable Instant until) {
    /** Checks for nulls. */
    public Skip {
      requireNonNull(channel, "channel");
      requireNonNull(reason, "reason");
    }

    /** Returns e.g. {@code "phone (quiet hours until 2026-03-09T04:30:00Z)"}. */
    @Override
    public String toString() {
      String r = reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      return channel + " (" + r + (until != null ? " until " + until : "") + ")";
    }
  }
}
