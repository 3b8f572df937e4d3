package io.gatehouse.domain.identity;

import java.time.Instant;

/** A login session; every issued token names one (its {@code jti}). Revoked or expired sessions are dead. */
public record Session(long id, long userId, Instant createdAt, Instant expiresAt, Instant revokedAt,
                      String clientAddress, long impersonatorId) {

    public boolean isLiveAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
