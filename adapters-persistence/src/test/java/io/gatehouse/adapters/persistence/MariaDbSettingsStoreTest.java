package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.SettingsStoreContract;

/** The SettingsStore contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbSettingsStoreTest extends SettingsStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
