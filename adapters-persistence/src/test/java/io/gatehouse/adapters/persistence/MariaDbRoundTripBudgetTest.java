package io.gatehouse.adapters.persistence;

/** The round-trip budget on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbRoundTripBudgetTest extends RoundTripBudgetChecks {
    @Override
    JdbcStoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
