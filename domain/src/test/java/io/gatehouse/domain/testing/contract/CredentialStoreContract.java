package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.NOW;
import static io.gatehouse.domain.testing.contract.Fixtures.minutesAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.domain.identity.CredentialStore;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link CredentialStore} must do. */
public abstract class CredentialStoreContract extends StoreContract {
    private static final String HASH = "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";

    private CredentialStore credentials() {
        return stores().credentials();
    }

    @Test
    void aUserHasNoPasswordUntilOneIsSet() {
        assertEquals(Optional.empty(), credentials().passwordHash(Fixtures.nextId()));
    }

    @Test
    void theHashIsKeptExactly() {
        long user = Fixtures.nextId();

        credentials().setPassword(Fixtures.nextId(), user, HASH, NOW);

        assertEquals(Optional.of(HASH), credentials().passwordHash(user));
    }

    @Test
    void setPasswordReplacesThePreviousHash() {
        long user = Fixtures.nextId();
        credentials().setPassword(Fixtures.nextId(), user, "old-hash", minutesAgo(10));

        credentials().setPassword(Fixtures.nextId(), user, "new-hash", NOW);
        assertEquals(Optional.of("new-hash"), credentials().passwordHash(user));

        credentials().setPassword(Fixtures.nextId(), user, "NEW-HASH", NOW);
        assertEquals(Optional.of("NEW-HASH"), credentials().passwordHash(user));
    }

    @Test
    void passwordsAreKeptPerUser() {
        long ann = Fixtures.nextId();
        long bob = Fixtures.nextId();

        credentials().setPassword(Fixtures.nextId(), ann, "ann-hash", NOW);
        credentials().setPassword(Fixtures.nextId(), bob, "bob-hash", NOW);

        assertEquals(Optional.of("ann-hash"), credentials().passwordHash(ann));
        assertEquals(Optional.of("bob-hash"), credentials().passwordHash(bob));
    }

    @Test
    void touchingAPasswordKeepsIt() {
        long user = Fixtures.nextId();
        credentials().setPassword(Fixtures.nextId(), user, HASH, minutesAgo(10));

        credentials().touchPassword(user, NOW);
        credentials().touchPassword(Fixtures.nextId(), NOW);

        assertEquals(Optional.of(HASH), credentials().passwordHash(user));
    }
}
