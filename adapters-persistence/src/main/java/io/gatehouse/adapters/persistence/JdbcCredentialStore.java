package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.identity.CredentialStore;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Password hashes in {@code sys_credentials} (kind {@code password}); replaced ones are soft-deleted. */
@Singleton
final class JdbcCredentialStore implements CredentialStore {
    static final String PASSWORD = "password";
    private static final Conflicts CONFLICTS = Conflicts.of("credentials already exist");

    private final Sql sql;
    private final CredentialRows rows;

    JdbcCredentialStore(Sql sql, CredentialRows rows) {
        this.sql = sql;
        this.rows = rows;
    }

    @Override
    public Optional<String> passwordHash(long userId) {
        return sql.first("SELECT credentials FROM sys_credentials"
                        + " WHERE rel_owner = ? AND kind = ? AND deleted_at IS NULL"
                        + " ORDER BY created_at DESC, id DESC LIMIT 1",
                List.of(userId, PASSWORD), row -> row.getString("credentials"));
    }

    @Override
    public void setPassword(long credentialId, long userId, String hash, Instant now) {
        sql.atomically(() -> {
            sql.update("UPDATE sys_credentials SET deleted_at = ?, updated_at = ?"
                    + " WHERE rel_owner = ? AND kind = ? AND deleted_at IS NULL", now, now, userId, PASSWORD);
            sql.guard(CONFLICTS, () -> rows.insert(new CredentialRow(credentialId, userId, PASSWORD, hash,
                    UtcTime.toColumn(now), null, null, null, null)));
        });
    }

    @Override
    public void touchPassword(long userId, Instant now) {
        sql.update("UPDATE sys_credentials SET last_used_at = ?"
                + " WHERE rel_owner = ? AND kind = ? AND deleted_at IS NULL", now, userId, PASSWORD);
    }
}
