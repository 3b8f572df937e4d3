package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.RoleStoreContract;

/** The RoleStore contract on the embedded H2 default. */
class H2RoleStoreTest extends RoleStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
