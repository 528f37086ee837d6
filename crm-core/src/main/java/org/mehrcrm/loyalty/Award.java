package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The points an activity earns so far while the earning rules run: points per purchase line, a
 * bonus not tied to a line, and how much each cap has been used.
 *
 * <p>Example: a purchase of two lines starts as {@code Award.start(2)} ({@code [0, 0]}, bonus 0);
 * a rule of 1 point per euro makes it {@code [9, 33]}. Immutable and thread-safe.
 *
 * @param linePoints the points per line (one per {@link Purchase#earningLines()}; none for an
 *     engagement), none negative
 * @param bonus points not tied to a line, not negative
 * @param capUsage points counted against caps in this award, by cap key
 * @since 0.1
 */
public record Award(List<Long> linePoints, long bonus, Map<String, Long> capUsage) {

  /**
   * Validates the award.
   *
   * @throws InvalidFieldException if any points are negative
   */
  public Award {
    linePoints = List.copyOf(linePoints);
    capUsage = Map.copyOf(capUsage);
    for (long p : linePoints) {
      if (p < 0) {
        throw new InvalidFieldException("award.linePoints", "must not be negative");
      }
    }
    if (bonus < 0) {
      throw new InvalidFieldException("award.bonus", "must not be negative");
    }
  }

  /**
   * Returns an empty award for an activity with some lines.
   *
   * @param lines the number of lines, 0 for an engagement
   * @return zero points on every line
   */
  public static Award start(int lines) {
    List<Long> zeros = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      zeros.add(0L);
    }
    return new Award(zeros, 0, Map.of());
  }

  /**
   * Returns the total points.
   *
   * @return lines plus bonus
   */
  public long total() {
    long sum = bonus;
    for (long p : linePoints) {
      sum = Math.addExact(sum, p);
    }
    return sum;
  }

  /**
   * Returns this award with one line's points replaced.
   *
   * @param line the line index
   * @param points the new points, not negative
   * @return the changed award
   */
  public Award withLine(int line, long points) {
    List<Long> copy = new ArrayList<>(linePoints);
    copy.set(line, points);
    return new Award(copy, bonus, capUsage);
  }

  /**
   * Returns this award with more bonus points.
   *
   * @param points the points to add, not negative
   * @return the changed award
   */
  public Award plusBonus(long points) {
    return new Award(linePoints, Math.addExact(bonus, points), capUsage);
  }

  /**
   * Returns this award with the bonus replaced.
   *
   * @param points the new bonus, not negative
   * @return the changed award
   */
  public Award withBonus(long points) {
    return new Award(linePoints, points, capUsage);
  }

  /**
   * Returns this award with more usage counted against a cap.
   *
   * @param capKey the cap and its period
   * @param points the points to count
   * @return the changed award
   */
  public Award plusCapUsage(String capKey, long points) {
    requireNonNull(capKey, "capKey");
    Map<String, Long> copy = new HashMap<>(capUsage);
    copy.merge(capKey, points, Long::sum);
    return new Award(linePoints, bonus, copy);
  }
}
