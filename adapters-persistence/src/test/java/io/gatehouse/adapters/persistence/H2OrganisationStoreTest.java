package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.OrganisationStoreContract;

/** The OrganisationStore contract on the embedded H2 default. */
class H2OrganisationStoreTest extends OrganisationStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
