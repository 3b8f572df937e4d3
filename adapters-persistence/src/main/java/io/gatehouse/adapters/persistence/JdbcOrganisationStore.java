package io.gatehouse.adapters.persistence;

import static io.gatehouse.adapters.persistence.SqlQuery.allowedBy;
import static io.gatehouse.adapters.persistence.SqlQuery.hasText;
import static io.gatehouse.adapters.persistence.SqlQuery.startsWith;
import static io.gatehouse.adapters.persistence.SqlQuery.state;

import io.gatehouse.domain.organisation.Organisation;
import io.gatehouse.domain.organisation.OrganisationStore;
import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.Tristate;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Organisations in {@code sys_organisation}. */
@Singleton
final class JdbcOrganisationStore implements OrganisationStore {
    static final String COLUMNS = "id, fqn, name, created_at, updated_at, archived_at, deleted_at";
    private static final Conflicts CONFLICTS = Conflicts.of("organisation already exists");

    private final Sql sql;
    private final OrganisationRows rows;

    JdbcOrganisationStore(Sql sql, OrganisationRows rows) {
        this.sql = sql;
        this.rows = rows;
    }

    @Override
    public Optional<Organisation> findById(long id) {
        return sql.first("SELECT " + COLUMNS + " FROM sys_organisation WHERE id = ?", List.of(id),
                JdbcOrganisationStore::organisation);
    }

    @Override
    public List<Organisation> list(String query, RowAccess readable, int limit) {
        SqlQuery select = SqlQuery.select(COLUMNS, "sys_organisation")
                .where(state("deleted_at", Tristate.EXCLUDE))
                .where(state("archived_at", Tristate.EXCLUDE))
                .where(allowedBy("id", readable));
        if (hasText(query)) {
            select.where(startsWith("name", query.trim()));
        }
        return sql.list(select.ordered("name ASC, id ASC", limit), JdbcOrganisationStore::organisation);
    }

    @Override
    public void insert(Organisation organisation) {
        sql.guard(CONFLICTS, () -> rows.insert(OrganisationRow.of(organisation)));
    }

    @Override
    public void update(Organisation organisation) {
        sql.guard(CONFLICTS, () -> rows.update(OrganisationRow.of(organisation)));
    }

    private static Organisation organisation(Row row) throws SQLException {
        return new Organisation(row.getLong("id"), row.getString("fqn"), row.getString("name"),
                row.getInstant("created_at"), row.getInstant("updated_at"), row.getInstant("archived_at"),
                row.getInstant("deleted_at"));
    }
}
