/**
 * The in-memory reference storage provider, the embedded default.
 *
 * <p>{@link org.mehrcrm.spi.memory.InMemoryStorageProvider} is the only public type: it keeps
 * customers, their secondary indexes and the event outbox in memory, with per-thread units of work
 * committed atomically under a commit lock. Storage adapter authors can read it as a worked
 * example of the specification the TCK checks.
 */
@NullMarked
package org.mehrcrm.spi.memory;

import org.jspecify.annotations.NullMarked;
