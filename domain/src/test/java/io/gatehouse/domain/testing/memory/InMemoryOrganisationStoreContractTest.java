package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.OrganisationStoreContract;

/** The OrganisationStore contract on the in-memory stores. */
class InMemoryOrganisationStoreContractTest extends OrganisationStoreContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
