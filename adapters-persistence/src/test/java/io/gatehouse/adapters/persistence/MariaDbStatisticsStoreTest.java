package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.StatisticsStoreContract;

/** The StatisticsStore contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbStatisticsStoreTest extends StatisticsStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
