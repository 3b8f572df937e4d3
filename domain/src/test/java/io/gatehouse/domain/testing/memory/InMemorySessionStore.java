package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.identity.AuthenticatedSession;
import io.gatehouse.domain.identity.Session;
import io.gatehouse.domain.identity.SessionStore;
import io.gatehouse.domain.identity.User;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Sessions in memory; resolving one also reads the user, their active roles and the rule version. */
public final class InMemorySessionStore implements SessionStore {
    private final MemoryDatabase db;

    InMemorySessionStore(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void insert(Session session) {
        db.write(s -> {
            if (s.sessions.containsKey(session.id())) {
                throw new IllegalStateException("duplicate session id " + session.id());
            }
            s.sessions.put(session.id(), session);
            return null;
        });
    }

    @Override
    public Optional<AuthenticatedSession> resolve(long sessionId, Instant now) {
        return db.read(s -> {
            Session session = s.sessions.get(sessionId);
            if (session == null || !session.isLiveAt(now)) {
                return Optional.empty();
            }
            User user = s.users.get(session.userId());
            if (user == null || !user.isValid()) {
                return Optional.empty();
            }
            return Optional.of(new AuthenticatedSession(session, new HashSet<>(s.activeRolesOf(user.id())),
                    s.ruleVersion));
        });
    }

    @Override
    public void extend(long sessionId, Instant expiresAt) {
        db.write(s -> {
            Session x = s.sessions.get(sessionId);
            if (x != null) {
                s.sessions.put(sessionId, new Session(x.id(), x.userId(), x.createdAt(), expiresAt, x.revokedAt(),
                        x.clientAddress(), x.impersonatorId()));
            }
            return null;
        });
    }

    @Override
    public void revoke(long sessionId, Instant now) {
        db.write(s -> {
            Session x = s.sessions.get(sessionId);
            if (x != null && x.revokedAt() == null) {
                s.sessions.put(sessionId, revoked(x, now));
            }
            return null;
        });
    }

    @Override
    public void revokeAllOf(long userId, long keepSessionId, Instant now) {
        db.write(s -> {
            List<Session> live = s.sessions.values().stream()
                    .filter(x -> x.userId() == userId && x.id() != keepSessionId && x.isLiveAt(now))
                    .toList();
            live.forEach(x -> s.sessions.put(x.id(), revoked(x, now)));
            return null;
        });
    }

    @Override
    public int purgeEndedBefore(Instant cutoff) {
        return db.write(s -> {
            List<Long> ended = s.sessions.values().stream()
                    .filter(x -> endedAt(x).isBefore(cutoff))
                    .map(Session::id)
                    .toList();
            ended.forEach(s.sessions::remove);
            return ended.size();
        });
    }

    /** The stored session, dead or alive (for assertions). */
    public Optional<Session> find(long sessionId) {
        return db.read(s -> Optional.ofNullable(s.sessions.get(sessionId)));
    }

    private static Instant endedAt(Session x) {
        return x.revokedAt() != null && x.revokedAt().isBefore(x.expiresAt()) ? x.revokedAt() : x.expiresAt();
    }

    private static Session revoked(Session x, Instant now) {
        return new Session(x.id(), x.userId(), x.createdAt(), x.expiresAt(), now, x.clientAddress(),
                x.impersonatorId());
    }
}
