package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.LoginFailureStoreContract;

/** The LoginFailureStore contract on the in-memory stores. */
class InMemoryLoginFailureStoreContractTest extends LoginFailureStoreContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
