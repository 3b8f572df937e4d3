package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.RoleStoreContract;

/** The RoleStore contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbRoleStoreTest extends RoleStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
