package io.gatehouse.domain.identity;

import java.time.Instant;
import java.util.Collection;

/** Issues the signed access token (a JWT on the wire) for a session. */
public interface TokenIssuer {
    String issue(long userId, Collection<Long> roleIds, long sessionId, Instant issuedAt, Instant expiresAt);
}
