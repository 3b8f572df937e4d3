package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.testing.StoreSet;
import io.gatehouse.domain.testing.contract.MembershipStoreContract;

/** The MembershipStore contract on the in-memory stores. */
class InMemoryMembershipStoreContractTest extends MembershipStoreContract {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    protected StoreSet stores() {
        return stores;
    }
}
