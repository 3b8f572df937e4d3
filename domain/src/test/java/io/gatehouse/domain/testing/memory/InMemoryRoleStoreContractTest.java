package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.RoleStoreContract;

/** The RoleStore contract on the in-memory stores. */
class InMemoryRoleStoreContractTest extends RoleStoreContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
