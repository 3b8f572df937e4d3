package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.NOW;
import static io.gatehouse.domain.testing.contract.Fixtures.minutesAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.domain.identity.LoginFailureStore;
import io.gatehouse.domain.identity.LoginFailureStore.Recent;
import org.junit.jupiter.api.Test;

/** What every {@link LoginFailureStore} must do. */
public abstract class LoginFailureStoreContract extends StoreContract {
    private static final String ANN = "account:ann@example.com";
    private static final String ADDRESS = "address:203.0.113.9";

    private LoginFailureStore failures() {
        return stores().loginFailures();
    }

    @Test
    void anUnknownKeyHasNoRecentFailures() {
        assertEquals(new Recent(0, null), failures().recent("account:nobody@example.com", minutesAgo(15)));
    }

    @Test
    void recentCountsFailuresSinceAGivenTimeAndReportsTheOldest() {
        failures().record(ANN, minutesAgo(20));
        failures().record(ANN, minutesAgo(10));
        failures().record(ANN, minutesAgo(5));
        failures().record(ANN, NOW);

        assertEquals(new Recent(3, minutesAgo(10)), failures().recent(ANN, minutesAgo(15)));
        assertEquals(new Recent(3, minutesAgo(10)), failures().recent(ANN, minutesAgo(10)));
        assertEquals(new Recent(2, minutesAgo(5)), failures().recent(ANN, minutesAgo(9)));
        assertEquals(new Recent(1, NOW), failures().recent(ANN, minutesAgo(1)));
    }

    @Test
    void keysAreCountedApart() {
        failures().record(ANN, NOW);
        failures().record(ADDRESS, NOW);
        failures().record(ADDRESS, NOW);

        assertEquals(1, failures().recent(ANN, minutesAgo(15)).count());
        assertEquals(2, failures().recent(ADDRESS, minutesAgo(15)).count());
    }

    @Test
    void clearForgetsOnlyThatKey() {
        failures().record(ANN, NOW);
        failures().record(ADDRESS, NOW);

        failures().clear(ANN);

        assertEquals(new Recent(0, null), failures().recent(ANN, minutesAgo(15)));
        assertEquals(new Recent(1, NOW), failures().recent(ADDRESS, minutesAgo(15)));
    }

    @Test
    void recordingDropsTheKeysFailuresOlderThanADay() {
        failures().record(ANN, minutesAgo(2 * 24 * 60));
        failures().record(ADDRESS, minutesAgo(2 * 24 * 60));
        failures().record(ANN, minutesAgo(60));

        assertEquals(new Recent(1, minutesAgo(60)), failures().recent(ANN, minutesAgo(30 * 24 * 60)));
        assertEquals(1, failures().recent(ADDRESS, minutesAgo(30 * 24 * 60)).count());
    }

    @Test
    void purgeForgetsOldFailuresOfEveryKeyAndKeepsRecentOnes() {
        failures().record(ADDRESS, minutesAgo(10));
        failures().record(ADDRESS, minutesAgo(2 * 24 * 60));
        failures().record(ANN, minutesAgo(3 * 24 * 60));

        assertEquals(2, failures().purgeBefore(minutesAgo(24 * 60)));

        assertEquals(0, failures().recent(ANN, minutesAgo(30 * 24 * 60)).count());
        assertEquals(new Recent(1, minutesAgo(10)), failures().recent(ADDRESS, minutesAgo(30 * 24 * 60)));
    }

    @Test
    void veryLongKeysWork() {
        String key = "address:" + "f".repeat(2000);

        failures().record(key, NOW);
        failures().record(key, NOW);

        assertEquals(2, failures().recent(key, minutesAgo(1)).count());
        assertEquals(0, failures().recent("address:" + "f".repeat(1999), minutesAgo(1)).count());
        failures().clear(key);
        assertEquals(0, failures().recent(key, minutesAgo(1)).count());
    }
}
