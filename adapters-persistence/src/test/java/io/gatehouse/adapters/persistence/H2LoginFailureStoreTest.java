package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.LoginFailureStoreContract;

/** The LoginFailureStore contract on the embedded H2 default. */
class H2LoginFailureStoreTest extends LoginFailureStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
