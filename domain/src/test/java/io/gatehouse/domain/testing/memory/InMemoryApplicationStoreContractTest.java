package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.ApplicationStoreContract;

/** The ApplicationStore contract on the in-memory stores. */
class InMemoryApplicationStoreContractTest extends ApplicationStoreContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
