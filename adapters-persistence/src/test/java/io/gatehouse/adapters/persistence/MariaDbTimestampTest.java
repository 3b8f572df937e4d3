package io.gatehouse.adapters.persistence;

/** Timestamps on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbTimestampTest extends TimestampChecks {
    @Override
    JdbcStoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
