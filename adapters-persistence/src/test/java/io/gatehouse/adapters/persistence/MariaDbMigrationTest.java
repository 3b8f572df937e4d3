package io.gatehouse.adapters.persistence;

/** The migrations on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbMigrationTest extends MigrationChecks {
    @Override
    JdbcStoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
