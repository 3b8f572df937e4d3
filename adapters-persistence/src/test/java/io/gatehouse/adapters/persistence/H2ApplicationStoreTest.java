package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.ApplicationStoreContract;

/** The ApplicationStore contract on the embedded H2 default. */
class H2ApplicationStoreTest extends ApplicationStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
