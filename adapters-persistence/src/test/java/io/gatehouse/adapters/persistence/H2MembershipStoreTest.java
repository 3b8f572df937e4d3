package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.MembershipStoreContract;

/** The MembershipStore contract on the embedded H2 default. */
class H2MembershipStoreTest extends MembershipStoreContract {
    @Override
    protected StoreSet stores() {
        return TestDatabases.h2();
    }
}
