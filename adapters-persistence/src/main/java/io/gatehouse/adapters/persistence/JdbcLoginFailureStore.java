package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.identity.LoginFailureStore;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** Failed logins in {@code sys_login_failure}, shared by every instance on the same database. */
@Singleton
final class JdbcLoginFailureStore implements LoginFailureStore {
    /** Entries older than this are dropped whenever their key fails again; no limit looks further back. */
    static final Duration RETENTION = Duration.ofDays(1);
    static final int MAX_KEY_LENGTH = 320;

    private final Sql sql;
    private final LoginFailureRows rows;

    JdbcLoginFailureStore(Sql sql, LoginFailureRows rows) {
        this.sql = sql;
        this.rows = rows;
    }

    @Override
    public void record(String key, Instant at) {
        String k = storedKey(key);
        sql.atomically(() -> {
            sql.guard(Conflicts.UNEXPECTED, () -> rows.insert(new LoginFailureRow(null, k, UtcTime.toColumn(at))));
            sql.update("DELETE FROM sys_login_failure WHERE fkey = ? AND at < ?", k, at.minus(RETENTION));
        });
    }

    @Override
    public Recent recent(String key, Instant since) {
        return sql.first("SELECT COUNT(*) AS failures, MIN(at) AS oldest FROM sys_login_failure WHERE fkey = ? AND at >= ?",
                        List.of(storedKey(key), since),
                        row -> new Recent(row.getInt("failures"), row.getInstant("oldest")))
                .orElse(new Recent(0, null));
    }

    @Override
    public void clear(String key) {
        sql.update("DELETE FROM sys_login_failure WHERE fkey = ?", storedKey(key));
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return sql.update("DELETE FROM sys_login_failure WHERE at < ?", cutoff);
    }

    /**
     * Keys embed client input (an address); one too long for the column is stored as its digest,
     * the same way every time, instead of failing the login that produced it.
     */
    static String storedKey(String key) {
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
