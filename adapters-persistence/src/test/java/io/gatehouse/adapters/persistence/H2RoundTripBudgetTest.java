package io.gatehouse.adapters.persistence;

/** The round-trip budget on the embedded H2 default. */
class H2RoundTripBudgetTest extends RoundTripBudgetChecks {
    @Override
    JdbcStoreSet stores() {
        return TestDatabases.h2();
    }
}
