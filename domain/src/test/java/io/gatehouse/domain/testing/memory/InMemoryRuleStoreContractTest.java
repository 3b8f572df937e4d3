package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.RuleStoreContract;

/** The RuleStore contract on the in-memory stores. */
class InMemoryRuleStoreContractTest extends RuleStoreContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
