package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.OrganisationStoreContract;

/** The OrganisationStore contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbOrganisationStoreTest extends OrganisationStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
