package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.RuleStoreContract;

/** The RuleStore contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbRuleStoreTest extends RuleStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
