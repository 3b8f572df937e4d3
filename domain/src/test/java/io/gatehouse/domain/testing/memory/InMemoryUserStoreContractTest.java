package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.UserStoreContract;

/** The UserStore contract on the in-memory stores. */
class InMemoryUserStoreContractTest extends UserStoreContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
