package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.CredentialStoreContract;

/** The CredentialStore contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbCredentialStoreTest extends CredentialStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
