package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.StatisticsStoreContract;

/** The StatisticsStore contract on the in-memory stores. */
class InMemoryStatisticsStoreContractTest extends StatisticsStoreContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
