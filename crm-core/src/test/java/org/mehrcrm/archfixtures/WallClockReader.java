package org.mehrcrm.archfixtures;

import java.time.Instant;
import java.time.LocalDate;

/** Breaks the clock rule: reads the wall clock instead of an injected clock. */
public final class WallClockReader {
  private WallClockReader() {}

  public static Instant stamp() {
    return Instant.now();
  }

  public static LocalDate today() {
    return LocalDate.now();
  }

  public static long millis() {
    return System.currentTimeMillis();
  }
}
