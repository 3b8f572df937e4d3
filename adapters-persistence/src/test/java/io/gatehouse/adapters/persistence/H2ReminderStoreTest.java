package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.ReminderStoreContract;

/** The ReminderStore contract on the embedded H2 default. */
class H2ReminderStoreTest extends ReminderStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
