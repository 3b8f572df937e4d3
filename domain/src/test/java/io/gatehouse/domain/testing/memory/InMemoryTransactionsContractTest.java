package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.TransactionsContract;

/** The Transactions contract on the in-memory stores. */
class InMemoryTransactionsContractTest extends TransactionsContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
