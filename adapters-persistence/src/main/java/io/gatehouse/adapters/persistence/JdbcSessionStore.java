package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.identity.AuthenticatedSession;
import io.gatehouse.domain.identity.Session;
import io.gatehouse.domain.identity.SessionStore;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Sessions in {@code sys_session}. */
@Singleton
final class JdbcSessionStore implements SessionStore {
    /**
     * Every request's authentication in one round trip: the live session, its user's state, one
     * row per membership (role_id is NULL for memberships of deleted or archived roles, and for a
     * user with none) and the current rule version.
     */
    private static final String RESOLVE = "SELECT s.id, s.rel_user, s.created_at, s.expires_at, s.revoked_at,"
            + " s.client_address, s.impersonator, r.id AS role_id,"
            + " (SELECT v.version FROM sys_rbac_version v WHERE v.id = 1) AS rule_version"
            + " FROM sys_session s"
            + " JOIN sys_user u ON u.id = s.rel_user"
            + " LEFT JOIN sys_role_member m ON m.rel_user = s.rel_user"
            + " LEFT JOIN sys_role r ON r.id = m.rel_role AND r.deleted_at IS NULL AND r.archived_at IS NULL"
            + " WHERE s.id = ? AND s.revoked_at IS NULL AND s.expires_at > ?"
            + " AND u.deleted_at IS NULL AND u.suspended_at IS NULL";
    private static final Conflicts CONFLICTS = Conflicts.of("session already exists");

    private final Sql sql;
    private final SessionRows rows;

    JdbcSessionStore(Sql sql, SessionRows rows) {
        this.sql = sql;
        this.rows = rows;
    }

    @Override
    public void insert(Session session) {
        sql.guard(CONFLICTS, () -> rows.insert(SessionRow.of(session)));
    }

    private record ResolvedRow(Session session, Long roleId, long ruleVersion) {
    }

    @Override
    public Optional<AuthenticatedSession> resolve(long sessionId, Instant now) {
        List<ResolvedRow> found = sql.list(RESOLVE, List.of(sessionId, now), row -> new ResolvedRow(
                new Session(row.getLong("id"), row.getLong("rel_user"), row.getInstant("created_at"),
                        row.getInstant("expires_at"), row.getInstant("revoked_at"), row.getString("client_address"),
                        row.getLong("impersonator")),
                row.getNullableLong("role_id"), row.getLong("rule_version")));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> roles = new LinkedHashSet<>();
        for (ResolvedRow r : found) {
            if (r.roleId() != null) {
                roles.add(r.roleId());
            }
        }
        ResolvedRow first = found.get(0);
        return Optional.of(new AuthenticatedSession(first.session(), roles, first.ruleVersion()));
    }

    @Override
    public void extend(long sessionId, Instant expiresAt) {
        sql.update("UPDATE sys_session SET expires_at = ? WHERE id = ?", expiresAt, sessionId);
    }

    @Override
    public void revoke(long sessionId, Instant now) {
        sql.update("UPDATE sys_session SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now, sessionId);
    }

    @Override
    public void revokeAllOf(long userId, long keepSessionId, Instant now) {
        sql.update("UPDATE sys_session SET revoked_at = ?"
                + " WHERE rel_user = ? AND id <> ? AND revoked_at IS NULL AND expires_at > ?",
                now, userId, keepSessionId, now);
    }

    @Override
    public int purgeEndedBefore(Instant cutoff) {
        return sql.update("DELETE FROM sys_session WHERE expires_at < ? OR revoked_at < ?", cutoff, cutoff);
    }
}
