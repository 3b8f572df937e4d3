package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.identity.CredentialStore;
import io.gatehouse.domain.testing.memory.MemoryState.StoredCredential;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Password credentials in memory; replacing a password soft-deletes the old one. */
public final class InMemoryCredentialStore implements CredentialStore {
    private final MemoryDatabase db;

    InMemoryCredentialStore(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<String> passwordHash(long userId) {
        return db.read(s -> active(s, userId).map(StoredCredential::hash));
    }

    @Override
    public void setPassword(long credentialId, long userId, String hash, Instant now) {
        db.write(s -> {
            if (s.credentials.containsKey(credentialId)) {
                throw new IllegalStateException("duplicate credential id " + credentialId);
            }
            List<StoredCredential> old = s.credentials.values().stream()
                    .filter(c -> c.userId() == userId && c.deletedAt() == null)
                    .toList();
            for (StoredCredential c : old) {
                s.credentials.put(c.id(), new StoredCredential(c.id(), c.userId(), c.hash(), c.createdAt(),
                        c.lastUsedAt(), now));
            }
            s.credentials.put(credentialId, new StoredCredential(credentialId, userId, hash, now, null, null));
            return null;
        });
    }

    @Override
    public void touchPassword(long userId, Instant now) {
        db.write(s -> {
            active(s, userId).ifPresent(c -> s.credentials.put(c.id(),
                    new StoredCredential(c.id(), c.userId(), c.hash(), c.createdAt(), now, c.deletedAt())));
            return null;
        });
    }

    /** When the user's password was last used (for assertions); empty when never or no password. */
    public Optional<Instant> lastUsed(long userId) {
        return db.read(s -> active(s, userId).map(StoredCredential::lastUsedAt));
    }

    private static Optional<StoredCredential> active(MemoryState s, long userId) {
        return s.credentials.values().stream()
                .filter(c -> c.userId() == userId && c.deletedAt() == null)
                .max(Comparator.comparing(StoredCredential::createdAt).thenComparingLong(StoredCredential::id));
    }
}
