package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.RuleStoreContract;

/** The RuleStore contract on the embedded H2 default. */
class H2RuleStoreTest extends RuleStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
