package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.TransactionsContract;

/** The Transactions contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbTransactionsTest extends TransactionsContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
