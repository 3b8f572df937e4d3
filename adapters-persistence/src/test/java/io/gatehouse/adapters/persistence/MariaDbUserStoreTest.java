package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.UserStoreContract;

/** The UserStore contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbUserStoreTest extends UserStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
