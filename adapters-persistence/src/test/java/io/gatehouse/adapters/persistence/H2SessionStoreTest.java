package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.SessionStoreContract;

/** The SessionStore contract on the embedded H2 default. */
class H2SessionStoreTest extends SessionStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
