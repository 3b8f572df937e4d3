package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.CredentialStoreContract;

/** The CredentialStore contract on the in-memory stores. */
class InMemoryCredentialStoreContractTest extends CredentialStoreContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
