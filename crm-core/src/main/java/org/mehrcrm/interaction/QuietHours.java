package org.mehrcrm.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The hours of the customer's local day when interrupting channels must stay silent, possibly
 * across midnight.
 *
 * <p>Example: {@code QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0))} keeps phones silent
 * from 21:00 to 08:00 local time, whatever the customer's zone and its daylight-saving shifts.
 * Immutable and thread-safe.
 *
 * @param start the local time quiet begins, included
 * @param end the local time quiet ends, excluded; before {@code start} when spanning midnight
 */
public record QuietHours(LocalTime start, LocalTime end) {

  /**
   * Validates the parts.
   *
   * @throws InvalidFieldException if start and end are equal
   */
  public QuietHours {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (start.equals(end)) {
      throw new InvalidFieldException("quietHours", "must not start and end at the same time");
    }
  }

  /**
   * Returns quiet hours.
   *
   * @param start when quiet begins
   * @param end when it ends
   * @return the quiet hours
   */
  public static QuietHours of(LocalTime start, LocalTime end) {
    return new QuietHours(start, end);
  }

  /**
   * Tells whether a moment falls in the quiet hours of a zone.
   *
   * @param moment the moment
   * @param zone the customer's zone
   * @return true if quiet
   */
  public boolean isQuietAt(Instant moment, ZoneId zone) {
    LocalTime t = moment.atZone(requireNonNull(zone, "zone")).toLocalTime();
    return start.isBefore(end)
        ? !t.isBefore(start) && t.isBefore(end)
        : !t.isBefore(start) || t.isBefore(end);
  }

  /**
   * Returns when the quiet hours around a moment end.
   *
   * @param moment the moment
   * @param zone the customer's zone
   * @return the first moment after quiet, or empty if the moment is not quiet
   */
  public Optional<Instant> endAfter(Instant moment, ZoneId zone) {
    if (!isQuietAt(moment, zone)) {
      return Optional.empty();
    }
    ZonedDateTime local = moment.atZone(zone);
    ZonedDateTime endToday = ZonedDateTime.of(local.toLocalDate(), end, zone);
    ZonedDateTime result = endToday.isAfter(local) ? endToday
        : ZonedDateTime.of(local.toLocalDate().plusDays(1), end, zone);
    return Optional.of(result.toInstant());
  }
}
