package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.ReminderStoreContract;

/** The ReminderStore contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbReminderStoreTest extends ReminderStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
