package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.ApplicationStoreContract;

/** The ApplicationStore contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbApplicationStoreTest extends ApplicationStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
