package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.StatisticsStoreContract;

/** The StatisticsStore contract on the embedded H2 default. */
class H2StatisticsStoreTest extends StatisticsStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
