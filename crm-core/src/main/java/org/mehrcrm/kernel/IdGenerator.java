package org.mehrcrm.kernel;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;

/**
 * Mints new identifiers for aggregates the host did not number itself.
 *
 * <p>The shipped generator is time-ordered: identifiers sort by creation time, so keyset pages
 * and streams come out in registration order.
 * <pre>{@code
 * IdGenerator ids = IdGenerator.timeOrdered(clock);
 * String id = ids.nextId(); // e.g. "01JD3Q4X5M7N8P9R0S1T2V3W4X"
 * }</pre>
 *
 * <h2>Specification for implementors</h2>
 * Implementations must be thread-safe and never return the same identifier twice in one JVM;
 * each identifier must satisfy {@link Ids#requireValid(String, String)}.
 */
@FunctionalInterface
public interface IdGenerator {

  /**
   * Returns a new, unique identifier.
   *
   * @return the identifier
   */
  String nextId();

  /**
   * Returns a generator of 26-character, lexicographically time-ordered identifiers (48 bits of
   * milliseconds and 80 random bits, in Crockford base 32), monotonic within a millisecond.
   *
   * @param clock the clock that dates each identifier
   * @return the generator
   */
  static IdGenerator timeOrdered(Clock clock) {
    return new TimeOrderedIdGenerator(clock, new SecureRandom());
  }

  /**
   * Returns a time-ordered generator drawing its random bits from the given source; use a seeded
   * source for reproducible tests.
   *
   * @param clock the clock that dates each identifier
   * @param random the source of the random bits
   * @return the generator
   */
  static IdGenerator timeOrdered(Clock clock, Random random) {
    return new TimeOrderedIdGenerator(clock, random);
  }
}
