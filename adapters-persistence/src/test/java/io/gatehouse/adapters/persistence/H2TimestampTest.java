package io.gatehouse.adapters.persistence;

/** Timestamps on the embedded H2 default. */
class H2TimestampTest extends TimestampChecks {
    @Override
    JdbcStoreSet stores() {
        return TestDatabases.h2();
    }
}
