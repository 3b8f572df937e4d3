package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.CredentialStoreContract;

/** The CredentialStore contract on the embedded H2 default. */
class H2CredentialStoreTest extends CredentialStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
