package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.TransactionsContract;

/** The Transactions contract on the embedded H2 default. */
class H2TransactionsTest extends TransactionsContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
