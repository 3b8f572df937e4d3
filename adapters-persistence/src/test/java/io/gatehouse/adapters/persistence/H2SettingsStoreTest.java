package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.SettingsStoreContract;

/** The SettingsStore contract on the embedded H2 default. */
class H2SettingsStoreTest extends SettingsStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
