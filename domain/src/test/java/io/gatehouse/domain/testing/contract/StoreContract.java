package io.gatehouse.domain.testing.contract;

import io.gatehouse.domain.testing.StoreSet;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every port contract: a test class names the persistence implementation by
 * returning its {@link StoreSet}; every test starts from the provisioned state.
 */
public abstract class StoreContract {
    protected abstract StoreSet stores();

    @BeforeEach
    void startFromTheProvisionedState() {
        stores().reset();
    }
}
