package io.gatehouse.domain.identity;

import java.time.Instant;
import java.util.Optional;

/** Sessions back every token so that logout and revocation hold on every instance at once. */
public interface SessionStore {
    void insert(Session session);

    /**
     * The session with that id if it is live at {@code now} and its user is neither deleted
     * nor suspended; in one round trip.
     */
    Optional<AuthenticatedSession> resolve(long sessionId, Instant now);

    void extend(long sessionId, Instant expiresAt);

    void revoke(long sessionId, Instant now);

    /** Revokes every live session of the user except {@code keepSessionId} (0 keeps none). */
    void revokeAllOf(long userId, long keepSessionId, Instant now);

    /** Removes sessions that ended before {@code cutoff}; returns how many. */
    int purgeEndedBefore(Instant cutoff);
}
