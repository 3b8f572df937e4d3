package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.ActionLogContract;

/** The ActionLog contract on the embedded H2 default. */
class H2ActionLogTest extends ActionLogContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
