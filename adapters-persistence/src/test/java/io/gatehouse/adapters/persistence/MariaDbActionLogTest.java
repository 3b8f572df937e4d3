package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.ActionLogContract;

/** The ActionLog contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbActionLogTest extends ActionLogContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
