package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.SessionStoreContract;

/** The SessionStore contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbSessionStoreTest extends SessionStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
