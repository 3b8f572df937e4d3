package io.gatehouse.adapters.persistence;

/** The migrations on the embedded H2 default. */
class H2MigrationTest extends MigrationChecks {
    @Override
    JdbcStoreSet stores() {
        return TestDatabases.h2();
    }
}
