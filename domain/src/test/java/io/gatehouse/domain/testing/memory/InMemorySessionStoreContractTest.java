package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.SessionStoreContract;

/** The SessionStore contract on the in-memory stores. */
class InMemorySessionStoreContractTest extends SessionStoreContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
