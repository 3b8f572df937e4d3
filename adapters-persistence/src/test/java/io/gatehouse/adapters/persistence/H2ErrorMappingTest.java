package io.gatehouse.adapters.persistence;

/** Error mapping on the embedded H2 default. */
class H2ErrorMappingTest extends ErrorMappingChecks {
    @Override
    JdbcStoreSet stores() {
        return TestDatabases.h2();
    }
}
