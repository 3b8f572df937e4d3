package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.MembershipStoreContract;

/** The MembershipStore contract on MariaDB (GATEHOUSE_TEST_DB_URL). */
class MariaDbMembershipStoreTest extends MembershipStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.mariaDb();
    }
}
