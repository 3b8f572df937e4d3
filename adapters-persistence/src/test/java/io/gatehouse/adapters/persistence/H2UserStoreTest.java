package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.UserStoreContract;

/** The UserStore contract on the embedded H2 default. */
class H2UserStoreTest extends UserStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
