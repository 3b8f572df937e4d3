package io.gatehouse.domain.identity;

import java.time.Instant;
import java.util.Optional;

/** Password credentials (hashes), one active per user. */
public interface CredentialStore {
    Optional<String> passwordHash(long userId);

    /** Replaces the user's password hash (the old one is soft-deleted). */
    void setPassword(long credentialId, long userId, String hash, Instant now);

    void touchPassword(long userId, Instant now);
}
