/**
 * The technology compatibility kit (TCK) for storage adapters, published as the
 * {@code crm-persistence-spi} {@code tests} jar.
 *
 * <p>An adapter author extends {@link org.mehrcrm.tck.StorageProviderContract} with one factory
 * method returning a fresh adapter; the inherited {@code @Nested} groups check every clause of the
 * "Specification for implementors" of the storage provider, the customer repository, the
 * transaction boundary and the event outbox. {@link org.mehrcrm.tck.CustomerFixtures} builds the
 * customers the contract uses and is free for adapters' own tests.
 */
@NullMarked
package org.mehrcrm.tck;

import org.jspecify.annotations.NullMarked;
