package io.gatehouse.adapters.persistence;

import static io.gatehouse.adapters.persistence.SqlQuery.allowedBy;
import static io.gatehouse.adapters.persistence.SqlQuery.contains;
import static io.gatehouse.adapters.persistence.SqlQuery.equal;
import static io.gatehouse.adapters.persistence.SqlQuery.hasText;
import static io.gatehouse.adapters.persistence.SqlQuery.state;

import io.gatehouse.domain.application.Application;
import io.gatehouse.domain.application.ApplicationFilter;
import io.gatehouse.domain.application.ApplicationStore;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Applications in {@code sys_application}. */
@Singleton
final class JdbcApplicationStore implements ApplicationStore {
    static final String COLUMNS = "id, name, rel_owner, enabled, unify, config, created_at, updated_at, deleted_at";
    private static final Set<String> SORTABLE = Set.of("id", "rel_owner", "name", "enabled", "created_at",
            "updated_at", "deleted_at");
    private static final Conflicts CONFLICTS = Conflicts.of("application already exists");

    private final Sql sql;
    private final ApplicationRows rows;

    JdbcApplicationStore(Sql sql, ApplicationRows rows) {
        this.sql = sql;
        this.rows = rows;
    }

    @Override
    public Optional<Application> findById(long id) {
        return sql.first("SELECT " + COLUMNS + " FROM sys_application WHERE id = ?", List.of(id),
                JdbcApplicationStore::application);
    }

    @Override
    public Page<Application> search(ApplicationFilter filter, RowAccess readable, Sort sort, long offset, int limit) {
        SqlQuery query = SqlQuery.select(COLUMNS, "sys_application")
                .where(allowedBy("id", readable))
                .where(state("deleted_at", filter.deleted()));
        if (hasText(filter.name())) {
            query.where(equal("name", filter.name().trim()));
        }
        if (hasText(filter.query())) {
            query.where(contains("name", filter.query().trim()));
        }
        long count = sql.number(query.count());
        List<Application> applications = sql.list(query.page(sort, SORTABLE, offset, limit),
                JdbcApplicationStore::application);
        return new Page<>(applications, count);
    }

    @Override
    public void insert(Application application) {
        sql.guard(CONFLICTS, () -> rows.insert(ApplicationRow.of(application)));
    }

    @Override
    public void update(Application application) {
        sql.guard(CONFLICTS, () -> rows.update(ApplicationRow.of(application)));
    }

    private static Application application(Row row) throws SQLException {
        return new Application(row.getLong("id"), row.getString("name"), row.getLong("rel_owner"),
                row.getBoolean("enabled"), row.getString("unify"), row.getString("config"),
                row.getInstant("created_at"), row.getInstant("updated_at"), row.getInstant("deleted_at"));
    }
}
