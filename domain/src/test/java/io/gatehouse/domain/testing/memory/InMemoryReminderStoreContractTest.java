package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.ReminderStoreContract;

/** The ReminderStore contract on the in-memory stores. */
class InMemoryReminderStoreContractTest extends ReminderStoreContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
