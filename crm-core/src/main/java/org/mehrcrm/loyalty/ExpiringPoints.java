package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * Points that will expire at a moment unless spent first; for reminder messages.
 *
 * <p>Example: {@code new ExpiringPoints(Instant.parse("2026-12-01T00:00:00Z"), 320)} — "320 points
 * expire at the end of 30 November". Immutable and thread-safe.
 *
 * @param expiresAt when they expire
 * @param points how many, at least 1
 * @since 0.1
 */
public record ExpiringPoints(Instant expiresAt, long points) {

  /**
   * Validates the entry.
   *
   * @throws InvalidFieldException if the points are below 1
   */
  public ExpiringPoints {
    requireNonNull(expiresAt, "expiresAt");
    if (points < 1) {
      throw new InvalidFieldException("points", "must be at least 1");
    }
  }
}
