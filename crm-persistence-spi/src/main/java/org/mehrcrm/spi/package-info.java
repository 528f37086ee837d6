/**
 * The storage provider contract: what a persistence adapter implements.
 *
 * <p>A {@link org.mehrcrm.spi.StorageProvider} hands out the repositories of every feature, the
 * transaction boundary and the event outbox. Wire one explicitly with
 * {@code Crm.builder().storage(provider)}, or register it in
 * {@code META-INF/services/org.mehrcrm.spi.StorageProvider} to be found by
 * {@link java.util.ServiceLoader}. The in-memory reference provider is in
 * {@code org.mehrcrm.spi.memory}; the TCK that proves an adapter is in this module's
 * {@code tests} jar.
 */
@NullMarked
package org.mehrcrm.spi;

import org.jspecify.annotations.NullMarked;
