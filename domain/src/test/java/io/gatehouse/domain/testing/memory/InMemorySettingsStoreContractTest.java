package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.SettingsStoreContract;

/** The SettingsStore contract on the in-memory stores. */
class InMemorySettingsStoreContractTest extends SettingsStoreContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
