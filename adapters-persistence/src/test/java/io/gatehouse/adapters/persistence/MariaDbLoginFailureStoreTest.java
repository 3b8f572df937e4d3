package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.LoginFailureStoreContract;

/** The LoginFailureStore contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbLoginFailureStoreTest extends LoginFailureStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
