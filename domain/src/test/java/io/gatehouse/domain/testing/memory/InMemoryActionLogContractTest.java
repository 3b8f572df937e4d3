package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.ActionLogContract;

/** The ActionLog contract on the in-memory stores. */
class InMemoryActionLogContractTest extends ActionLogContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
