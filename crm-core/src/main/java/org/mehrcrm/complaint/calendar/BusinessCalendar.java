package org.mehrcrm.complaint.calendar;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * When a team works: a time zone, working hours per weekday, and holidays; it adds business time
 * to an instant and measures business time between instants.
 *
 * <p>Example: a Tehran office working Saturday to Wednesday 08:00–16:00 and Thursday 08:00–12:00,
 * closed on Fridays and on 1 April:
 * <pre>{@code
 * BusinessCalendar tehran = BusinessCalendar.builder("tehran-office", ZoneId.of("Asia/Tehran"))
 *     .hours(WorkingHours.of("08:00", "16:00"), SATURDAY, SUNDAY, MONDAY, TUESDAY, WEDNESDAY)
 *     .hours(WorkingHours.of("08:00", "12:00"), THURSDAY)
 *     .holiday(LocalDate.of(2026, 4, 1))
 *     .build();
 * Instant due = tehran.plus(receivedAt, Duration.ofHours(16));
 * }</pre>
 *
 * <p><b>Semantics.</b> Business time is the real time during which the local wall clock shows a
 * time inside a shift. A shift belongs to the local date it starts on; a shift past midnight
 * ({@code 22:00-06:00}) runs into the next date. A holiday cancels the shifts that start on it.
 * Across a daylight-saving change a shift lasts the real time it really lasts: a
 * {@code 00:00-06:00} shift is 5 hours on a spring-forward night and 7 on a fall-back night. {@link #plus} returns the
 * first instant at which the business time is reached, so 8 hours from 09:00 on an 09:00–17:00
 * day is 17:00 the same day, not 09:00 the next. Business time is counted in whole milliseconds;
 * fractions of a millisecond in an instant are ignored.
 *
 * <p><b>Cost.</b> The calendar maps every instant to a position on a "business-time line"
 * ({@link #toBusinessMillis}); the line is built from the weekly profile (closed form), the sorted
 * holiday intervals and the zone's transitions between 1900 and 2300, each with prefix sums and a
 * bucket directory. So {@link #between}, {@link #plus} and {@link #isOpen} cost a few array reads,
 * independent of the span's length, and allocate nothing but their result.
 *
 * <p>Supported instants: from 1900-01-01 to 2300-01-01 UTC. Immutable and thread-safe.
 */
public final class BusinessCalendar {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
  private static final long DAY = 86_400_000L;
  private static final long WEEK = 7 * DAY;
  /** 1970-01-01 was a Thursday: shifting by 3 days makes position 0 a Monday, 00:00. */
  private static final long MONDAY_SHIFT = 3 * DAY;
  private static final Instant MIN = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant MAX = Instant.parse("2300-01-01T00:00:00Z");
  private static final long MIN_MS = MIN.toEpochMilli();
  private static final long MAX_MS = MAX.toEpochMilli();
  private static final long MIN_SECONDS = MIN.getEpochSecond();
  private static final long MAX_SECONDS = MAX.getEpochSecond();

  private final String id;
  private final ZoneId zone;
  private final Map<DayOfWeek, List<WorkingHours>> hours;
  private final SortedSet<LocalDate> holidays;

  // The weekly profile, in milliseconds from Monday 00:00 local: sorted, disjoint intervals.
  private final long[] weekStart;
  private final long[] weekEnd;
  private final long[] weekBefore; // business ms of the week before interval i
  private final long weekTotal;
  // Holiday intervals, in the same shifted local coordinate: sorted, disjoint.
  private final long[] holStart;
  private final long[] holEnd;
  private final long[] holBefore; // length n + 1: removed ms before interval i
  private final long[] holLine; // Lh at holStart[i]
  // Zone transitions in [MIN, MAX).
  private final long[] transAt;
  private final long[] offsetMs; // length n + 1: offset after k transitions
  private final long[] jumpBefore; // length n + 1: sum of the first k jumps
  private final long[] lineAtTrans; // G at transAt[i]
  private final SortedIndex holStartIndex;
  private final SortedIndex holLineIndex;
  private final SortedIndex transIndex;
  private final SortedIndex lineAtTransIndex;

  private BusinessCalendar(String id, ZoneId zone, Map<DayOfWeek, List<WorkingHours>> hours,
      SortedSet<LocalDate> holidays) {
    this.id = id;
    this.zone = zone;
    this.hours = hours;
    this.holidays = holidays;

    List<long[]> week = new ArrayList<>();
    for (Map.Entry<DayOfWeek, List<WorkingHours>> e : hours.entrySet()) {
      long dayStart = (e.getKey().getValue() - 1) * DAY;
      for (WorkingHours h : e.getValue()) {
        long start = dayStart + h.start().toSecondOfDay() * 1000L;
        long end = start + h.length().toMillis();
        if (end <= WEEK) {
          week.add(new long[] {start, end});
        } else {
          week.add(new long[] {start, WEEK});
          week.add(new long[] {0, end - WEEK});
        }
      }
    }
    week.sort((a, b) -> Long.compare(a[0], b[0]));
    int n = week.size();
    weekStart = new long[n];
    weekEnd = new long[n];
    weekBefore = new long[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      long[] iv = week.get(i);
      if (i > 0 && iv[0] < weekEnd[i - 1]) {
        throw new InvalidFieldException("hours", "must not overlap (" + describe(iv[0]) + ")");
      }
      weekStart[i] = iv[0];
      weekEnd[i] = iv[1];
      weekBefore[i] = total;
      total += iv[1] - iv[0];
    }
    weekTotal = total;
    if (weekTotal == 0) {
      throw new InvalidFieldException("hours", "must hold at least one shift");
    }

    List<long[]> off = new ArrayList<>();
    for (LocalDate date : holidays) {
      long dayStart = date.toEpochDay() * DAY + MONDAY_SHIFT;
      for (WorkingHours h : hours.getOrDefault(date.getDayOfWeek(), List.of())) {
        long start = dayStart + h.start().toSecondOfDay() * 1000L;
        off.add(new long[] {start, start + h.length().toMillis()});
      }
    }
    off.sort((a, b) -> Long.compare(a[0], b[0]));
    int m = off.size();
    holStart = new long[m];
    holEnd = new long[m];
    holBefore = new long[m + 1];
    holLine = new long[m];
    long removed = 0;
    for (int i = 0; i < m; i++) {
      holStart[i] = off.get(i)[0];
      holEnd[i] = off.get(i)[1];
      holBefore[i] = removed;
      holLine[i] = weekLine(holStart[i]) - removed;
      removed += holEnd[i] - holStart[i];
    }
    holBefore[m] = removed;
    holStartIndex = new SortedIndex(holStart);
    holLineIndex = new SortedIndex(holLine);

    ZoneRules rules = zone.getRules();
    List<ZoneOffsetTransition> transitions = new ArrayList<>();
    if (!rules.isFixedOffset()) {
      ZoneOffsetTransition t = rules.nextTransition(MIN);
      while (t != null && t.getInstant().isBefore(MAX)) {
        transitions.add(t);
        t = rules.nextTransition(t.getInstant());
      }
    }
    int k = transitions.size();
    transAt = new long[k];
    for (int i = 0; i < k; i++) {
      transAt[i] = transitions.get(i).getInstant().toEpochMilli();
    }
    transIndex = new SortedIndex(transAt);
    offsetMs = new long[k + 1];
    jumpBefore = new long[k + 1];
    lineAtTrans = new long[k];
    offsetMs[0] = rules.getOffset(MIN).getTotalSeconds() * 1000L;
    for (int i = 0; i < k; i++) {
      ZoneOffsetTransition t = transitions.get(i);
      offsetMs[i + 1] = t.getOffsetAfter().getTotalSeconds() * 1000L;
      long before = localLine(transAt[i] + offsetMs[i] + MONDAY_SHIFT);
      long after = localLine(transAt[i] + offsetMs[i + 1] + MONDAY_SHIFT);
      jumpBefore[i + 1] = jumpBefore[i] + (after - before);
      lineAtTrans[i] = after - jumpBefore[i + 1];
    }
    lineAtTransIndex = new SortedIndex(lineAtTrans);
  }

  // ---------------------------------------------------------------- factories

  /**
   * Returns a builder for a calendar.
   *
   * @param id the calendar's code, e.g. {@code "tehran-office"}: lower-case letters, digits,
   *     {@code . _ -}, at most 64 characters
   * @param zone the time zone its working hours are in
   * @return a builder with no working hours yet
   * @throws InvalidFieldException if the id is malformed
   */
  public static Builder builder(String id, ZoneId zone) {
    return new Builder(requireId(id), requireNonNull(zone, "zone"));
  }

  /**
   * Returns a calendar that is always open (24×7): business time equals real time.
   *
   * @param id the calendar's code
   * @param zone the time zone (used only to name local dates)
   * @return the calendar
   * @throws InvalidFieldException if the id is malformed
   */
  public static BusinessCalendar alwaysOpen(String id, ZoneId zone) {
    Builder b = builder(id, zone);
    b.hours(WorkingHours.allDay(), DayOfWeek.values());
    return b.build();
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns the calendar's code.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the time zone of the working hours.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the shifts of a weekday.
   *
   * @param day the weekday
   * @return the shifts, empty for a weekend day
   */
  public List<WorkingHours> hours(DayOfWeek day) {
    return hours.getOrDefault(requireNonNull(day, "day"), List.of());
  }

  /**
   * Returns the holidays.
   *
   * @return the holidays, sorted
   */
  public SortedSet<LocalDate> holidays() {
    return holidays;
  }

  /**
   * Tells whether the instant is inside working hours.
   *
   * @param at the instant
   * @return true if a shift runs at that instant
   * @throws InvalidFieldException if the instant is outside 1900–2300
   */
  public boolean isOpen(Instant at) {
    long t = millis(at, "at");
    long x = t + offsetMs[transitionsUpTo(t)] + MONDAY_SHIFT;
    int h = holStartIndex.countAtOrBelow(x) - 1;
    if (h >= 0 && x < holEnd[h]) {
      return false;
    }
    long inWeek = Math.floorMod(x, WEEK);
    int i = lastAtOrBefore(weekStart, inWeek);
    return i >= 0 && inWeek < weekEnd[i];
  }

  /**
   * Returns the first instant at or after {@code at} that is inside working hours.
   *
   * @param at the instant
   * @return {@code at} if open, else the start of the next shift
   * @throws InvalidFieldException if the instant is outside 1900–2300
   */
  public Instant nextOpening(Instant at) {
    if (isOpen(at)) {
      return at;
    }
    return Instant.ofEpochMilli(fromLine(toLine(millis(at, "at")) + 1) - 1);
  }

  /**
   * Returns the business time between two instants.
   *
   * @param from the earlier instant
   * @param to the later instant
   * @return the working time between them; zero if {@code to} is not after {@code from}
   * @throws InvalidFieldException if an instant is outside 1900–2300
   */
  public Duration between(Instant from, Instant to) {
    long d = toBusinessMillis(to) - toBusinessMillis(from);
    return Duration.ofMillis(Math.max(0, d));
  }

  /**
   * Returns the first instant at which {@code amount} of business time has passed since
   * {@code start}.
   *
   * @param start where counting starts
   * @param amount the business time to add, not negative
   * @return the instant; {@code start} itself for a zero amount
   * @throws InvalidFieldException if the amount is negative or the result is outside 1900–2300
   */
  public Instant plus(Instant start, Duration amount) {
    requireNonNull(start, "start");
    requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new InvalidFieldException("amount", "must not be negative");
    }
    if (amount.isZero()) {
      return start;
    }
    return fromBusinessMillis(toBusinessMillis(start) + amount.toMillis());
  }

  /**
   * Returns the position of an instant on this calendar's business-time line: the business
   * milliseconds from a fixed origin. Differences between positions are business time, so code
   * that measures many spans from one instant can convert it once.
   *
   * @param at the instant
   * @return the position; non-decreasing in {@code at}
   * @throws InvalidFieldException if the instant is outside 1900–2300
   */
  public long toBusinessMillis(Instant at) {
    return toLine(millis(at, "at"));
  }

  /**
   * Returns the first instant whose position on the business-time line is at least the given
   * one; the inverse of {@link #toBusinessMillis}.
   *
   * @param position a position on the line
   * @return the first instant at that position
   * @throws InvalidFieldException if that instant would be outside 1900–2300
   */
  public Instant fromBusinessMillis(long position) {
    long t = fromLine(position);
    if (t < MIN_MS || t >= MAX_MS) {
      throw new InvalidFieldException("instant", "must be between " + MIN + " and " + MAX);
    }
    return Instant.ofEpochMilli(t);
  }

  // ---------------------------------------------------------------- the business-time line

  /** G(t): business ms at epoch ms t; continuous and non-decreasing. */
  long toLine(long t) {
    int k = transitionsUpTo(t);
    return localLine(t + offsetMs[k] + MONDAY_SHIFT) - jumpBefore[k];
  }

  /** The smallest t with G(t) >= v. */
  long fromLine(long v) {
    int k = lineAtTransIndex.countBelow(v);
    long t = localLineInverse(v + jumpBefore[k]) - MONDAY_SHIFT - offsetMs[k];
    return k < transAt.length ? Math.min(t, transAt[k]) : t;
  }

  /** Lh(x): business ms of local-shifted position x, holidays removed. */
  private long localLine(long x) {
    int h = holStartIndex.countAtOrBelow(x) - 1;
    long removed = h < 0 ? 0 : holBefore[h] + Math.min(x, holEnd[h]) - holStart[h];
    return weekLine(x) - removed;
  }

  private long localLineInverse(long v) {
    int j = holLineIndex.countBelow(v);
    return weekLineInverse(v + holBefore[j]);
  }

  /** L(x): the weekly profile repeated forever. */
  private long weekLine(long x) {
    long weeks = Math.floorDiv(x, WEEK);
    long inWeek = x - weeks * WEEK;
    int i = lastAtOrBefore(weekStart, inWeek);
    long within = i < 0 ? 0 : weekBefore[i] + Math.min(inWeek, weekEnd[i]) - weekStart[i];
    return weeks * weekTotal + within;
  }

  /** The smallest x with L(x) >= w. */
  private long weekLineInverse(long w) {
    long q = Math.floorDiv(w, weekTotal);
    long r = w - q * weekTotal;
    if (r == 0) {
      return (q - 1) * WEEK + weekEnd[weekEnd.length - 1];
    }
    int i = countBelow(weekBefore, r) - 1;
    return q * WEEK + weekStart[i] + (r - weekBefore[i]);
  }

  private int transitionsUpTo(long t) {
    return transIndex.countAtOrBelow(t);
  }

  /** Index of the last element {@code <= key}, or -1. */
  private static int lastAtOrBefore(long[] sorted, long key) {
    int lo = 0;
    int hi = sorted.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi;
  }

  /** How many elements are {@code < key}. */
  private static int countBelow(long[] sorted, long key) {
    int lo = 0;
    int hi = sorted.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private static long millis(Instant at, String field) {
    requireNonNull(at, field);
    long seconds = at.getEpochSecond();
    if (seconds < MIN_SECONDS || seconds >= MAX_SECONDS) {
      throw new InvalidFieldException(field, "must be between " + MIN + " and " + MAX);
    }
    return seconds * 1000 + at.getNano() / 1_000_000;
  }

  private static String describe(long weekMillis) {
    return DayOfWeek.of((int) (weekMillis / DAY) + 1) + " "
        + java.time.LocalTime.ofSecondOfDay((weekMillis % DAY) / 1000);
  }

  private static String requireId(String id) {
    if (id == null) {
      throw new InvalidFieldException("calendar.id", "must not be null");
    }
    if (!ID.matcher(id).matches()) {
      throw new InvalidFieldException("calendar.id",
          "must be 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    return id;
  }

  // ---------------------------------------------------------------- identity

  /** Equal when id, zone, hours and holidays are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar c && id.equals(c.id) && zone.equals(c.zone)
        && hours.equals(c.hours) && holidays.equals(c.holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, zone, hours, holidays);
  }

  /** Returns e.g. {@code "BusinessCalendar[tehran-office, Asia/Tehran, 6 working days, 3 holidays]"}. */
  @Override
  public String toString() {
    return "BusinessCalendar[" + id + ", " + zone + ", " + hours.size() + " working days, "
        + holidays.size() + " holidays]";
  }

  /** Collects working hours and holidays; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingHours>> hours = new EnumMap<>(DayOfWeek.class);
    private final SortedSet<LocalDate> holidays = new TreeSet<>();

    private Builder(String id, ZoneId zone) {
      this.id = id;
      this.zone = zone;
    }

    /**
     * Adds a shift to each of the given weekdays; days never given a shift are weekend days.
     *
     * @param shift the shift
     * @param days the weekdays
     * @return this builder
     */
    public Builder hours(WorkingHours shift, DayOfWeek... days) {
      requireNonNull(shift, "shift");
      for (DayOfWeek day : days) {
        hours.computeIfAbsent(requireNonNull(day, "day"), d -> new ArrayList<>()).add(shift);
      }
      return this;
    }

    /**
     * Adds a shift to every weekday except the weekend days.
     *
     * @param shift the shift
     * @param weekend the days off, e.g. {@code FRIDAY}, or {@code SATURDAY, SUNDAY}
     * @return this builder
     */
    public Builder hoursExcept(WorkingHours shift, DayOfWeek... weekend) {
      Set<DayOfWeek> off = Set.of(weekend);
      return hours(shift, Arrays.stream(DayOfWeek.values()).filter(d -> !off.contains(d))
          .toArray(DayOfWeek[]::new));
    }

    /**
     * Adds a holiday: the shifts starting on it do not run.
     *
     * @param date the date
     * @return this builder
     */
    public Builder holiday(LocalDate date) {
      holidays.add(requireNonNull(date, "date"));
      return this;
    }

    /**
     * Adds holidays.
     *
     * @param dates the dates
     * @return this builder
     */
    public Builder holidays(Collection<LocalDate> dates) {
      requireNonNull(dates, "dates").forEach(this::holiday);
      return this;
    }

    /**
     * Builds the calendar and its lookup tables.
     *
     * @return the calendar
     * @throws InvalidFieldException if there are no shifts, shifts overlap, or a holiday is
     *     outside 1900–2299
     */
    public BusinessCalendar build() {
      for (LocalDate d : holidays) {
        if (d.getYear() < 1900 || d.getYear() >= 2300) {
          throw new InvalidFieldException("holidays", "must be between 1900 and 2299");
        }
      }
      Map<DayOfWeek, List<WorkingHours>> copy = new EnumMap<>(DayOfWeek.class);
      hours.forEach((day, list) -> copy.put(day, List.copyOf(list)));
      return new BusinessCalendar(id, zone, java.util.Collections.unmodifiableMap(copy),
          java.util.Collections.unmodifiableSortedSet(new TreeSet<>(holidays)));
    }
  }

}
