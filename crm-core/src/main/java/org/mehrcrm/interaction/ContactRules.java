package org.mehrcrm.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The host's rules for reaching customers: quiet hours for interrupting channels, a cap on
 * outbound contacts per period, and the zone assumed when a customer has none.
 *
 * <p>Example: {@code ContactRules.defaults(ZoneId.of("Asia/Tehran"))} keeps phone, SMS, messenger
 * and visits quiet from 21:00 to 08:00 local time and allows at most 3 outbound contacts in 7
 * days. Immutable and thread-safe.
 *
 * @param quietHours the quiet hours
 * @param interrupting the channels quiet hours apply to
 * @param maxContacts the most outbound contacts allowed per {@code capPeriod}, at least 1
 * @param capPeriod the period the cap counts over, positive, ending now
 * @param fallbackZone the zone used for customers without a time zone
 */
public record ContactRules(QuietHours quietHours, Set<Channel> interrupting, int maxContacts,
    Duration capPeriod, ZoneId fallbackZone) {

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if the cap is below 1 or its period is not positive
   */
  public ContactRules {
    requireNonNull(quietHours, "quietHours");
    interrupting = Set.copyOf(interrupting);
    if (maxContacts < 1) {
      throw new InvalidFieldException("maxContacts", "must be at least 1");
    }
    requireNonNull(capPeriod, "capPeriod");
    if (capPeriod.isNegative() || capPeriod.isZero()) {
      throw new InvalidFieldException("capPeriod", "must be positive");
    }
    requireNonNull(fallbackZone, "fallbackZone");
  }

  /**
   * Returns the default rules: quiet 21:00 to 08:00 for phone, SMS, messenger and visits; at most
   * 3 outbound contacts in 7 days.
   *
   * @param fallbackZone the zone used for customers without one
   * @return the rules
   */
  public static ContactRules defaults(ZoneId fallbackZone) {
    return new ContactRules(QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0)),
        Set.of(Channel.PHONE, Channel.SMS, Channel.MESSENGER, Channel.VISIT), 3, Duration.ofDays(7), fallbackZone);
  }
}
