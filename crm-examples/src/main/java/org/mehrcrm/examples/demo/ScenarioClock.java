package org.mehrcrm.examples.demo;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that the story moves forward: a base clock plus the time the story has advanced.
 *
 * <p>Example: {@code clock.advance(Duration.ofDays(30))} makes every later change a month later.
 * With a fixed base clock, every run sees the same instants. Thread-safe.
 */
final class ScenarioClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> elapsed;

  ScenarioClock(Clock base) {
    this(base, new AtomicReference<>(Duration.ZERO));
  }

  private ScenarioClock(Clock base, AtomicReference<Duration> elapsed) {
    this.base = requireNonNull(base, "base");
    this.elapsed = elapsed;
  }

  /** Moves the clock forward. */
  void advance(Duration by) {
    requireNonNull(by, "by");
    elapsed.updateAndGet(e -> e.plus(by));
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ScenarioClock(base.withZone(zone), elapsed);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(elapsed.get());
  }
}
