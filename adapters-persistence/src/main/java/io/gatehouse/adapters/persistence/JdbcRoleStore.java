package io.gatehouse.adapters.persistence;

import static io.gatehouse.adapters.persistence.SqlQuery.allowedBy;
import static io.gatehouse.adapters.persistence.SqlQuery.anyOf;
import static io.gatehouse.adapters.persistence.SqlQuery.hasText;
import static io.gatehouse.adapters.persistence.SqlQuery.startsWith;
import static io.gatehouse.adapters.persistence.SqlQuery.state;

import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.role.Role;
import io.gatehouse.domain.role.RoleFilter;
import io.gatehouse.domain.role.RoleStore;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Roles in {@code sys_role}; name and handle uniqueness is enforced by unique indexes on the key columns. */
@Singleton
final class JdbcRoleStore implements RoleStore {
    static final String COLUMNS = "id, name, handle, rel_organisation, created_at, updated_at, archived_at, deleted_at";
    private static final Set<String> SORTABLE = Set.of("id", "name", "handle", "created_at", "updated_at",
            "archived_at", "deleted_at");
    private static final Conflicts CONFLICTS = Conflicts.of("role already exists", Map.of(
            "uq_sys_role_name_key", "role name not unique",
            "uq_sys_role_handle_key", "role handle not unique"));

    private final Sql sql;
    private final RoleRows rows;

    JdbcRoleStore(Sql sql, RoleRows rows) {
        this.sql = sql;
        this.rows = rows;
    }

    @Override
    public Optional<Role> findById(long id) {
        return sql.first("SELECT " + COLUMNS + " FROM sys_role WHERE id = ?", List.of(id), JdbcRoleStore::role);
    }

    @Override
    public Page<Role> search(RoleFilter filter, RowAccess readable, Sort sort, long offset, int limit) {
        SqlQuery query = SqlQuery.select(COLUMNS, "sys_role")
                .where(allowedBy("id", readable))
                .where(state("deleted_at", filter.deleted()))
                .where(state("archived_at", filter.archived()));
        if (hasText(filter.query())) {
            String q = filter.query().trim();
            query.where(anyOf(startsWith("name", q), startsWith("handle", q)));
        }
        long count = sql.number(query.count());
        List<Role> roles = sql.list(query.page(sort, SORTABLE, offset, limit), JdbcRoleStore::role);
        return new Page<>(roles, count);
    }

    @Override
    public void insert(Role role) {
        sql.guard(CONFLICTS, () -> rows.insert(RoleRow.of(role)));
    }

    @Override
    public void update(Role role) {
        sql.guard(CONFLICTS, () -> rows.update(RoleRow.of(role)));
    }

    static Role role(Row row) throws SQLException {
        return new Role(row.getLong("id"), row.getString("name"), row.getString("handle"),
                row.getLong("rel_organisation"), row.getInstant("created_at"), row.getInstant("updated_at"),
                row.getInstant("archived_at"), row.getInstant("deleted_at"));
    }
}
