package org.mehrcrm.spi.memory;

import org.mehrcrm.spi.StorageProvider;
import org.mehrcrm.tck.StorageProviderContract;

/** Runs the whole TCK against the in-memory reference provider. */
class InMemoryStorageProviderTest extends StorageProviderContract {

  @Override
  protected StorageProvider newProvider() {
    return new InMemoryStorageProvider();
  }
}
