package io.gatehouse.adapters.persistence;

import static io.gatehouse.adapters.persistence.SqlQuery.allowedBy;
import static io.gatehouse.adapters.persistence.SqlQuery.anyOf;
import static io.gatehouse.adapters.persistence.SqlQuery.equal;
import static io.gatehouse.adapters.persistence.SqlQuery.hasText;
import static io.gatehouse.adapters.persistence.SqlQuery.in;
import static io.gatehouse.adapters.persistence.SqlQuery.startsWith;
import static io.gatehouse.adapters.persistence.SqlQuery.state;

import io.gatehouse.domain.identity.Emails;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.identity.UserFilter;
import io.gatehouse.domain.identity.UserStore;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Users in {@code sys_user}; uniqueness is enforced by the unique indexes on the key columns. */
@Singleton
final class JdbcUserStore implements UserStore {
    static final String COLUMNS = "id, email, username, name, handle, kind, meta, rel_organisation, email_confirmed,"
            + " created_at, updated_at, suspended_at, deleted_at";
    private static final Set<String> SORTABLE = Set.of("id", "email", "username", "name", "handle", "meta", "kind",
            "rel_organisation", "email_confirmed", "created_at", "updated_at", "suspended_at", "deleted_at");
    private static final Conflicts CONFLICTS = Conflicts.of("user already exists", Map.of(
            "uq_sys_user_email_key", "email not unique",
            "uq_sys_user_username_key", "username not unique",
            "uq_sys_user_handle_key", "handle not unique"));

    private final Sql sql;
    private final UserRows rows;

    JdbcUserStore(Sql sql, UserRows rows) {
        this.sql = sql;
        this.rows = rows;
    }

    @Override
    public Optional<User> findById(long id) {
        return sql.first("SELECT " + COLUMNS + " FROM sys_user WHERE id = ?", List.of(id), JdbcUserStore::user);
    }

    @Override
    public Optional<User> findValidByEmail(String email) {
        if (!hasText(email)) {
            return Optional.empty();
        }
        // The key column is set for live users only, and unique: one index lookup at most.
        return sql.first("SELECT " + COLUMNS + " FROM sys_user WHERE email_key = ? AND suspended_at IS NULL",
                List.of(Emails.key(email.trim())), JdbcUserStore::user);
    }

    @Override
    public Page<User> search(UserFilter filter, RowAccess readable, RowAccess unmaskableEmail,
                             RowAccess unmaskableName, Sort sort, long offset, int limit) {
        SqlQuery query = SqlQuery.select(COLUMNS, "sys_user")
                .where(allowedBy("id", readable))
                .where(state("deleted_at", filter.deleted()))
                .where(state("suspended_at", filter.suspended()));
        if (!filter.userIds().isEmpty()) {
            query.where(in("id", filter.userIds()));
        }
        if (!filter.roleIds().isEmpty()) {
            query.where(in("rel_role", filter.roleIds())
                    .within("id IN (SELECT rel_user FROM sys_role_member WHERE ", ")"));
        }
        if (hasText(filter.query())) {
            String q = filter.query().trim();
            query.where(anyOf(
                    startsWith("username", q),
                    startsWith("handle", q),
                    startsWith("email", q).and(allowedBy("id", unmaskableEmail)),
                    startsWith("name", q).and(allowedBy("id", unmaskableName))));
        }
        if (hasText(filter.email())) {
            query.where(equal("email", filter.email().trim()).and(allowedBy("id", unmaskableEmail)));
        }
        if (hasText(filter.username())) {
            query.where(equal("username", filter.username().trim()));
        }
        if (hasText(filter.handle())) {
            query.where(equal("handle", filter.handle().trim()));
        }
        if (hasText(filter.kind())) {
            query.where(equal("kind", filter.kind().trim()));
        }
        long count = sql.number(query.count());
        List<User> users = sql.list(query.page(sort, SORTABLE, offset, limit), JdbcUserStore::user);
        return new Page<>(users, count);
    }

    @Override
    public boolean handleTaken(String handle, long exceptUserId) {
        if (!hasText(handle)) {
            return false;
        }
        return sql.first("SELECT id FROM sys_user WHERE handle_key = ? AND id <> ?",
                List.of(UniqueKeys.of(handle.trim(), false), exceptUserId), row -> row.getLong("id")).isPresent();
    }

    @Override
    public long countAll() {
        return sql.number("SELECT COUNT(*) FROM sys_user", List.of());
    }

    @Override
    public void insert(User user) {
        sql.guard(CONFLICTS, () -> rows.insert(UserRow.of(user)));
    }

    @Override
    public void update(User user) {
        sql.guard(CONFLICTS, () -> rows.update(UserRow.of(user)));
    }

    static User user(Row row) throws SQLException {
        return new User(row.getLong("id"), row.getString("username"), row.getString("email"), row.getString("name"),
                row.getString("handle"), row.getString("kind"), row.getString("meta"), row.getLong("rel_organisation"),
                row.getBoolean("email_confirmed"), row.getInstant("created_at"), row.getInstant("updated_at"),
                row.getInstant("suspended_at"), row.getInstant("deleted_at"));
    }
}
