package io.gatehouse.adapters.persistence;

/** Error mapping on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbErrorMappingTest extends ErrorMappingChecks {
    @Override
    JdbcStoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
